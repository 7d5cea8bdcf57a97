// SPDX-License-Identifier: GPL-3.0-or-later
// Demo data a clerk would accept, over a store the demo filled with the
// shipped calendar: decisions on working days (R-WORKDAY), passports issued
// before they are shown, full phone numbers, places that are places (not
// country codes), and every district with its own issuing body, head and
// police body, which its permits print.
#include "CaseFactory.h"
#include "TestStores.h"
#include "domain/WorkCalendar.h"
#include "printing/FormFields.h"
#include "printing/FormLoader.h"
#include "store/CalendarRepository.h"
#include "store/Query.h"
#include "store/ReferenceRepository.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <map>

using namespace ruqsat;

namespace {

// Two years back from here cross Nauryz, the May holidays and two New Years.
const QDate kToday(2026, 6, 15);

QDate localDay(const store::Database &db, const QVariant &utc)
{
    return db.dialect().timeFrom(utc).toTimeZone(QTimeZone("Asia/Almaty")).date();
}

// Every row of a query of `columns` columns, as text.
QList<QStringList> rows(const store::Database &db, const QString &sql, int columns)
{
    store::Query q(db, sql);
    q.exec();
    QList<QStringList> all;
    while (q.next()) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << q.value(c).toString();
        all << row;
    }
    return all;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

    const store::Database &db(const QString &backend) const { return *m_dbs.at(backend); }

private slots:
    void initTestCase()
    {
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            m_scratch[backend] = std::make_unique<test::ScratchStore>(backend);
            m_dbs[backend] = m_scratch[backend]->open();
            test::CaseFactory(*m_dbs[backend]).writeDemoPeople(400, 21, kToday);
        }
    }

    void R_WORKDAY_decisionsFallOnWorkingDays_data() { test::addBackendRows(); }
    void R_WORKDAY_decisionsFallOnWorkingDays()
    {
        QFETCH(QString, backend);
        const store::Database &d = db(backend);
        const domain::WorkCalendar calendar(store::CalendarRepository(d).all());
        int decisions = 0;
        for (const QString &sql : {QStringLiteral("SELECT decided_at FROM decisions"),
                                   QStringLiteral("SELECT issued_at FROM permits")}) {
            store::Query q(d, sql);
            q.exec();
            while (q.next()) {
                const QDate day = localDay(d, q.value(0));
                QVERIFY2(calendar.isWorkingDay(day), qPrintable(sql + u' ' + day.toString(Qt::ISODate)));
                ++decisions;
            }
        }
        store::Query revoked(d, QStringLiteral("SELECT revoked_on FROM revocations"));
        revoked.exec();
        while (revoked.next()) {
            QVERIFY(calendar.isWorkingDay(store::SqlDialect::dateFrom(revoked.value(0))));
            ++decisions;
        }
        QVERIFY(decisions > 300);
        // Decisions are taken, none is dated in the future.
        store::Query last(d, QStringLiteral("SELECT max(decided_at) FROM decisions"));
        QVERIFY(localDay(d, last.scalar()) <= kToday);
    }

    void passportIssuedBeforeApplicationAndPermit_data() { test::addBackendRows(); }
    void passportIssuedBeforeApplicationAndPermit()
    {
        QFETCH(QString, backend);
        const store::Database &d = db(backend);
        store::Query q(d, QStringLiteral(
                              "SELECT i.passport_issued_on, i.passport_expires_on, a.received_at, p.issued_at, "
                              "c.issued_on, e.id_doc_issued_on FROM applications a "
                              "JOIN immigrants i ON i.id = a.immigrant_id JOIN employers e ON e.id = a.employer_id "
                              "LEFT JOIN permits p ON p.application_id = a.id "
                              "LEFT JOIN checklist_items c ON c.application_id = a.id AND c.doc_code = 'passport'"));
        q.exec();
        int checked = 0;
        while (q.next()) {
            const QDate issued = store::SqlDialect::dateFrom(q.value(0));
            const QDate received = localDay(d, q.value(2));
            QVERIFY2(issued < received, qPrintable(issued.toString(Qt::ISODate) + u" / " + received.toString(Qt::ISODate)));
            QVERIFY(store::SqlDialect::dateFrom(q.value(1)) > received); // still valid when shown
            if (!q.value(3).isNull())
                QVERIFY(issued < localDay(d, q.value(3)));
            if (!q.value(4).isNull()) // the checklist shows the same passport
                QCOMPARE(store::SqlDialect::dateFrom(q.value(4)), issued);
            QVERIFY(store::SqlDialect::dateFrom(q.value(5)) < received); // the employer's identity card too
            ++checked;
        }
        QVERIFY(checked >= 400);
    }

    void phonesHaveTheirFullLength_data() { test::addBackendRows(); }
    void phonesHaveTheirFullLength()
    {
        QFETCH(QString, backend);
        static const QRegularExpression mobile(QStringLiteral("^\\+7 7[0-9]{2} [0-9]{3} [0-9]{2} [0-9]{2}$"));
        int phones = 0;
        for (const QString &sql : {QStringLiteral("SELECT phone FROM immigrants"), QStringLiteral("SELECT phone FROM employers")}) {
            for (const QStringList &row : rows(db(backend), sql, 1)) {
                QVERIFY2(mobile.match(row.first()).hasMatch(), qPrintable(row.first()));
                ++phones;
            }
        }
        QCOMPARE(phones, 800);
    }

    // A clerk types places, not codes: a town or village of the immigrant's
    // country, and in Kazakhstan a street and a house of the district's city.
    void placesAreNotCountryCodes_data() { test::addBackendRows(); }
    void placesAreNotCountryCodes()
    {
        QFETCH(QString, backend);
        static const QRegularExpression code(QStringLiteral("\\b[A-Z]{3}\\b"));
        static const QRegularExpression place(QStringLiteral("^(г|с)\\. \\S"));
        // Town or village, street, house (the forms print the citizenship before it).
        static const QRegularExpression home(QStringLiteral("^(г|с)\\. [^,]+, [^,]+, д\\. [0-9]+$"));
        for (const QStringList &row : rows(db(backend), QStringLiteral(
                 "SELECT birth_place, permanent_address, passport_issuer FROM immigrants"), 3)) {
            QVERIFY2(place.match(row.at(0)).hasMatch(), qPrintable(row.at(0)));
            for (int c = 0; c < 3; ++c)
                QVERIFY2(!code.match(row.at(c)).hasMatch(), qPrintable(row.at(c)));
            QVERIFY2(home.match(row.at(1)).hasMatch(), qPrintable(row.at(1)));
        }
        for (const QStringList &row : rows(db(backend), QStringLiteral(
                 "SELECT a.work_address, i.temporary_address, e.residential_address, r.name_ru FROM applications a "
                 "JOIN immigrants i ON i.id = a.immigrant_id JOIN employers e ON e.id = a.employer_id "
                 "JOIN districts d ON d.id = a.district_id JOIN regions r ON r.id = d.region_id"), 4)) {
            for (int c = 0; c < 3; ++c) {
                QVERIFY2(row.at(c).startsWith(QStringLiteral("г. ") + row.at(3) + QStringLiteral(", ")),
                         qPrintable(row.at(c) + u" / " + row.at(3)));
                QVERIFY2(row.at(c).contains(QStringLiteral(", д. ")), qPrintable(row.at(c)));
            }
        }
    }

    void everyDistrictHasItsOwnBodies_data() { test::addBackendRows(); }
    void everyDistrictHasItsOwnBodies()
    {
        QFETCH(QString, backend);
        const auto districts = store::ReferenceRepository(db(backend)).allDistricts();
        QCOMPARE(districts.size(), 18); // those of Almaty, Astana and Shymkent
        QSet<QString> akimats, heads;
        std::map<int, QSet<QString>> policeByRegion;
        for (const store::District &d : districts) {
            for (const records::DistrictBodyField &field : records::districtBodyFields())
                QVERIFY2(!(d.bodies.*field.member).trimmed().isEmpty(), qPrintable(d.nameRu + u' ' + field.key));
            akimats << d.bodies.issuingBodyKk << d.bodies.issuingBodyRu << d.bodies.issuingBodyEn;
            heads << d.bodies.headName;
            policeByRegion[d.regionId] << d.bodies.policeBodyRu;
            // The akimat is the district's own, in each language.
            QVERIFY2(d.bodies.issuingBodyKk.contains(d.nameKk.section(u' ', 0, 0)), qPrintable(d.bodies.issuingBodyKk));
            QVERIFY2(d.bodies.issuingBodyEn.contains(d.nameEn), qPrintable(d.bodies.issuingBodyEn));
        }
        QCOMPARE(akimats.size(), 3 * 18);
        QCOMPARE(heads.size(), 18);
        QCOMPARE(int(policeByRegion.size()), 3);
        for (const auto &[region, police] : policeByRegion)
            QCOMPARE(police.size(), 1); // one police department per city
    }

    // R-RESULT: the permit of a district names that district's akimat and
    // head, in each language it is printed in.
    void permitNamesItsDistrictsAkimat_data() { test::addBackendRows(); }
    void permitNamesItsDistrictsAkimat()
    {
        QFETCH(QString, backend);
        const store::Database &d = db(backend);
        const store::ReferenceRepository refs(d);
        QSet<int> seen;
        for (const QStringList &row : rows(d, QStringLiteral("SELECT number, district_id FROM permits ORDER BY number"), 2)) {
            const int districtId = row.at(1).toInt();
            if (seen.contains(districtId))
                continue;
            seen << districtId;
            const records::DistrictBodies bodies = refs.district(districtId)->bodies;
            const auto items = printing::FormLoader(d).load(printing::Form::Permit, row.at(0),
                                                            {domain::Language::Kazakh, domain::Language::Russian});
            const auto kk = printing::formContext(items.at(0).form, items.at(0).language, items.at(0).record, {});
            const auto ru = printing::formContext(items.at(1).form, items.at(1).language, items.at(1).record, {});
            QCOMPARE(kk.fields.value(QStringLiteral("issuing_body_name")).text, bodies.issuingBodyKk);
            QCOMPARE(ru.fields.value(QStringLiteral("issuing_body_name")).text, bodies.issuingBodyRu);
            QCOMPARE(ru.fields.value(QStringLiteral("signatory_full_name")).text, bodies.headName);
            QCOMPARE(ru.fields.value(QStringLiteral("signatory_position")).text, bodies.headPositionRu);
        }
        QVERIFY2(seen.size() >= 10, qPrintable(QString::number(seen.size()))); // districts of all three cities
    }

private:
    std::map<QString, std::unique_ptr<test::ScratchStore>> m_scratch;
    std::map<QString, std::unique_ptr<store::Database>> m_dbs;
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demo_data.moc"
