// SPDX-License-Identifier: GPL-3.0-or-later
// The permit register: each state filter at its edges, each kind of search,
// the district filter, sorting both ways with keyset paging in every order,
// on both backends; and its item model (urgency of the days left).
#include "CaseFactory.h"
#include "PermitFixture.h"
#include "ModelSupport.h"
#include "TestStores.h"
#include "itemmodels/PermitRegisterModel.h"
#include "records/CodeLabels.h"
#include "store/Binding.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRegisterRepository.h"
#include "store/Query.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace ruqsat;
using records::PermitStatus;
using store::PermitRegisterColumn;
using store::PermitRegisterFilter;
using store::PermitRegisterSort;
using State = PermitRegisterFilter::State;

namespace {

const QDate kToday(2026, 11, 24);

// A store with demo people, written with the real rules.
void fillDemo(const store::Database &db, int people)
{
    test::CaseFactory(db).writeDemoPeople(people, 7, kToday);
}

QStringList ids(const QList<store::PermitRegisterRow> &rows)
{
    QStringList list;
    for (const auto &r : rows)
        list << r.id;
    return list;
}

QSet<QString> idSet(const QList<store::PermitRegisterRow> &rows)
{
    const QStringList list = ids(rows);
    return {list.begin(), list.end()};
}

QSet<QString> idSet(std::initializer_list<records::Permit> permits)
{
    QSet<QString> set;
    for (const auto &p : permits)
        set << p.id;
    return set;
}

// Every permit with what each sort column orders by, read from the tables
// themselves: the name key is made here from the immigrant's names, so the
// column the migration's triggers keep is checked too.
struct Expected
{
    QString id, number, nameKey, from, to;
};

QList<Expected> allPermits(const store::Database &db)
{
    store::Query q(
        db, QStringLiteral("SELECT p.id, p.number, i.surname_lat, i.given_names_lat, p.valid_from, "
                           "p.valid_to FROM permits p JOIN immigrants i ON i.id = p.immigrant_id"));
    q.exec();
    QList<Expected> list;
    while (q.next())
        list << Expected{q.value(0).toString(), q.value(1).toString(),
                         store::immigrantSortKey(q.value(2).toString(), q.value(3).toString()),
                         store::SqlDialect::dateFrom(q.value(4)).toString(Qt::ISODate),
                         store::SqlDialect::dateFrom(q.value(5)).toString(Qt::ISODate)};
    return list;
}

QStringList expectedOrder(QList<Expected> list, PermitRegisterColumn c, Qt::SortOrder order)
{
    auto key = [c](const Expected &e) {
        switch (c) {
        case PermitRegisterColumn::Number:
            return e.number;
        case PermitRegisterColumn::Immigrant:
            return e.nameKey;
        case PermitRegisterColumn::ValidFrom:
            return e.from;
        case PermitRegisterColumn::ValidTo:
            return e.to;
        }
        return QString();
    };
    std::sort(list.begin(), list.end(), [&](const Expected &a, const Expected &b) {
        const int byKey = key(a).compare(key(b));
        const bool less = byKey != 0 ? byKey < 0 : a.id < b.id;
        const bool greater = byKey != 0 ? byKey > 0 : a.id > b.id;
        return order == Qt::AscendingOrder ? less : greater;
    });
    QStringList order_;
    for (const auto &e : list)
        order_ << e.id;
    return order_;
}

const QList<PermitRegisterColumn> kColumns{
    PermitRegisterColumn::Number, PermitRegisterColumn::Immigrant, PermitRegisterColumn::ValidFrom,
    PermitRegisterColumn::ValidTo};

} // namespace

class TestPermitRegister : public QObject
{
    Q_OBJECT
private slots:
    void pagingMatchesOrder_data() { test::addBackendRows(); }
    void pagingMatchesOrder()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        fillDemo(*db, 500);
        store::PermitRegisterRepository reg(*db);
        const PermitRegisterFilter all;
        const QList<Expected> permits = allPermits(*db);
        QVERIFY2(permits.size() > 200, qPrintable(QString::number(permits.size())));
        QCOMPARE(reg.count(all), qint64(permits.size()));
        for (PermitRegisterColumn c : kColumns) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const PermitRegisterSort sort{c, order};
                const QStringList expected = expectedOrder(permits, c, order);
                // Forward by keyset, page by page: every permit once, in order.
                QStringList seen;
                auto page = reg.firstPage(all, sort, 37);
                while (!page.isEmpty()) {
                    seen << ids(page);
                    page = reg.pageAfter(all, sort, page.last(), 37);
                }
                QCOMPARE(seen, expected);
                // Backwards from the last row to the first, by keyset too.
                QStringList back;
                page = reg.pageAt(all, sort, expected.size() - 1, 1);
                QCOMPARE(ids(page), QStringList{expected.last()});
                back = ids(page);
                while (!(page = reg.pageBefore(all, sort, page.first(), 41)).isEmpty())
                    back = ids(page) + back;
                QCOMPARE(back, expected);
                // A jump by offset lands where the order says.
                QCOMPARE(ids(reg.pageAt(all, sort, 150, 10)), expected.mid(150, 10));
            }
        }
    }

    // The state filter counts by the permit's days as of "today".
    void stateFilters_data() { test::addBackendRows(); }
    void stateFilters()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::PermitFixture fixture(*db);
        const test::Scenario s = fixture.buildScenario(kToday);
        QCOMPARE(s.endedYesterday.status,
                 PermitStatus::InForce); // as stored: not yet expired by the job
        QCOMPARE(s.expiredByJob.status, PermitStatus::Expired);
        QCOMPARE(s.extended.status, PermitStatus::Extended);
        store::PermitRegisterRepository reg(*db);
        auto found = [&](State state) {
            PermitRegisterFilter f;
            f.today = kToday;
            f.state = state;
            return reg.firstPage(f, {}, 1000);
        };
        QCOMPARE(idSet(found(State::Any)),
                 idSet({s.endsToday, s.endsIn30, s.endsIn31, s.endedYesterday, s.expiredByJob,
                        s.revoked, s.revokedPast, s.terminated, s.extended, s.extension}));
        QCOMPARE(idSet(found(State::InForce)),
                 idSet({s.endsToday, s.endsIn30, s.endsIn31, s.extension}));
        QCOMPARE(idSet(found(State::ExpiringWithin30Days)), idSet({s.endsToday, s.endsIn30}));
        QCOMPARE(idSet(found(State::Expired)), idSet({s.endedYesterday, s.expiredByJob}));
        QCOMPARE(idSet(found(State::Revoked)), idSet({s.revoked, s.revokedPast}));
        QCOMPARE(idSet(found(State::Terminated)), idSet({s.terminated}));
        for (State state : {State::Any, State::InForce, State::ExpiringWithin30Days, State::Expired,
                            State::Revoked, State::Terminated}) {
            PermitRegisterFilter f;
            f.today = kToday;
            f.state = state;
            QCOMPARE(reg.count(f), qint64(found(state).size()));
        }
        // A day later the permit ending today has expired, and the one ending
        // in 31 days now ends within 30.
        PermitRegisterFilter tomorrow;
        tomorrow.today = kToday.addDays(1);
        tomorrow.state = State::ExpiringWithin30Days;
        QCOMPARE(idSet(reg.firstPage(tomorrow, {}, 100)), idSet({s.endsIn30, s.endsIn31}));
        tomorrow.state = State::Expired;
        QCOMPARE(idSet(reg.firstPage(tomorrow, {}, 100)),
                 idSet({s.endsToday, s.endedYesterday, s.expiredByJob}));
        // The district filter, alone and with a state.
        PermitRegisterFilter district;
        district.today = kToday;
        district.districtId = fixture.otherDistrict();
        QCOMPARE(idSet(reg.firstPage(district, {}, 100)),
                 idSet({s.revoked, s.revokedPast, s.terminated}));
        QCOMPARE(reg.count(district), qint64(3));
        district.state = State::Terminated;
        QCOMPARE(idSet(reg.firstPage(district, {}, 100)), idSet({s.terminated}));
        district.districtId = fixture.district();
        QCOMPARE(reg.count(district), qint64(0));
    }

    void rowContents_data() { test::addBackendRows(); }
    void rowContents()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::PermitFixture fixture(*db);
        const test::Scenario s = fixture.buildScenario(kToday);
        store::PermitRegisterRepository reg(*db);
        PermitRegisterFilter f;
        f.search = s.extension.number;
        const auto rows = reg.firstPage(f, {}, 10);
        QCOMPARE(rows.size(), 1);
        const store::PermitRegisterRow &r = rows.first();
        QCOMPARE(r.id, s.extension.id);
        QCOMPARE(r.number, s.extension.number);
        QCOMPARE(r.immigrantLatin, QStringLiteral("KARIMOV RUSTAM"));
        QCOMPARE(r.immigrantCyrillic, QStringLiteral("Каримов Рустам"));
        QCOMPARE(r.iin, QStringLiteral("900417350011"));
        QCOMPARE(r.employerName, QStringLiteral("Қасымов Ерлан"));
        QCOMPARE(r.validFrom, kToday.addDays(11));
        QCOMPARE(r.validTo, kToday.addDays(200));
        QCOMPARE(r.status, PermitStatus::InForce);
        QCOMPARE(r.extendsPermitNumber, s.extended.number);
        QCOMPARE(r.applicationId, s.extension.applicationId);
        QCOMPARE(r.copiesIssued, 0);
        f.search = s.endsIn31.number;
        const auto copied = reg.firstPage(f, {}, 10);
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied.first().copiesIssued, 2); // R-DUPLICATE: two copies recorded
        QVERIFY(copied.first().extendsPermitNumber.isEmpty());
        QCOMPARE(copied.first().iin, QStringLiteral("880101350022"));
    }

    // A person renamed is found by the new name on their permits and no
    // longer by the old one (on a server the permits keep copies of their
    // people's text, schema 25, which triggers keep in step).
    void searchFollowsARenamedPerson_data() { test::addBackendRows(); }
    void searchFollowsARenamedPerson()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::PermitFixture fixture(*db);
        const test::Scenario s = fixture.buildScenario(kToday);
        store::PermitRegisterRepository reg(*db);
        auto found = [&](const QString &term) {
            PermitRegisterFilter f;
            f.search = term;
            f.today = kToday;
            return idSet(reg.firstPage(f, {}, 1000));
        };
        QVERIFY(found(QStringLiteral("tursunbaeva")).isEmpty());
        store::ImmigrantRepository immigrants(*db);
        records::Immigrant person = *immigrants.find(s.revoked.immigrantId);
        const QString before = person.surnameLat.toLower();
        QVERIFY(found(before).contains(s.revoked.id));
        person.surnameLat = QStringLiteral("TURSUNBAEVA");
        person.surnameCyr = QStringLiteral("Турсунбаева");
        immigrants.update(person, QStringLiteral("test"));
        QVERIFY(found(QStringLiteral("tursunbaeva")).contains(s.revoked.id));
        QVERIFY(!found(before).contains(s.revoked.id));
    }

    void searchBox_data() { test::addBackendRows(); }
    void searchBox()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::PermitFixture fixture(*db);
        const test::Scenario s = fixture.buildScenario(kToday);
        store::PermitRegisterRepository reg(*db);
        QStringList miscounted; // the count must be the true number of rows, for every term
        auto found = [&](const QString &term) {
            PermitRegisterFilter f;
            f.search = term;
            f.today = kToday;
            const auto rows = reg.firstPage(f, {}, 1000);
            if (reg.count(f) != rows.size())
                miscounted << term;
            return idSet(rows);
        };
        const QSet<QString> karimov = idSet({s.endsToday, s.extended, s.extension});
        // A whole permit number finds that permit.
        QCOMPARE(found(s.revoked.number), idSet({s.revoked}));
        // The start of a number: all of them for the region, then fewer.
        QCOMPARE(found(QStringLiteral("75-")).size(), s.all().size());
        QCOMPARE(found(QStringLiteral("75-2026")).size(), s.all().size());
        QCOMPARE(found(QStringLiteral("76-2026")), QSet<QString>());
        const QString start = s.extension.number.left(13); // "75-2026-0000" and one more digit
        QSet<QString> byStart;
        for (const auto &p : s.all())
            if (p.number.startsWith(start))
                byStart << p.id;
        QVERIFY(!byStart.isEmpty());
        QVERIFY(byStart.size() < s.all().size());
        QCOMPARE(found(start), byStart);
        // The immigrant's IIN: every permit of theirs; the employer's IIN:
        // every permit of that employer.
        QCOMPARE(found(QStringLiteral("900417350011")), karimov);
        QCOMPARE(found(QStringLiteral("850312300156")), karimov + idSet({s.endsIn30}));
        QCOMPARE(found(QStringLiteral("111111111111")), QSet<QString>());
        // The registry number of a case finds the permit issued on it.
        QCOMPARE(found(fixture.registryNumberOf(s.terminated)), idSet({s.terminated}));
        // A passport number in any case, and its start.
        QCOMPARE(found(QStringLiteral("fa1234567")), karimov);
        QCOMPARE(found(QStringLiteral("FA123")), karimov + idSet({s.terminated}));
        QCOMPARE(found(QStringLiteral("AC 555")), idSet({s.revoked, s.revokedPast}));
        // Surnames and given names by their start, Latin or Cyrillic, any
        // case, Kazakh letters included.
        QCOMPARE(found(QStringLiteral("karim")), karimov);
        QCOMPARE(found(QStringLiteral("KARIMOV")), karimov);
        QCOMPARE(found(QStringLiteral("кари")), karimov);
        QCOMPARE(found(QStringLiteral("ғани")), idSet({s.endsIn30, s.endedYesterday}));
        QCOMPARE(found(QStringLiteral("Ғаниева")), idSet({s.endsIn30, s.endedYesterday}));
        QCOMPARE(found(QStringLiteral("dilno")), idSet({s.endsIn30, s.endedYesterday}));
        QCOMPARE(found(QStringLiteral("бобур")), idSet({s.endsIn31, s.expiredByJob}));
        // Surname, then the start of a given name.
        QCOMPARE(found(QStringLiteral("karimov rus")), karimov);
        QCOMPARE(found(QStringLiteral("Каримов Р")), karimov);
        QCOMPARE(found(QStringLiteral("karimov bob")), QSet<QString>());
        QCOMPARE(found(QStringLiteral("Жжжжжж")), QSet<QString>());
        // Any three letters of a name, in any usual spelling, words in any
        // order; any four characters of a passport number.
        QCOMPARE(found(QStringLiteral("arimo")), karimov);
        QCOMPARE(found(QStringLiteral("rustam karim")), karimov);
        QCOMPARE(found(QStringLiteral("Yoldashev")), idSet({s.terminated}));
        QCOMPARE(found(QStringLiteral("ldash")), idSet({s.terminated}));
        QCOMPARE(found(QStringLiteral("лдаш")), idSet({s.terminated}));
        QCOMPARE(found(QStringLiteral("5000")), idSet({s.revoked, s.revokedPast}));
        QCOMPARE(found(QStringLiteral("234567")), karimov);
        // The employer's name, in either register.
        const QString employerSurname =
            store::Query(*db, QStringLiteral("SELECT e.surname FROM permits p JOIN employers e ON "
                                             "e.id = p.employer_id WHERE p.id = :id"))
                .bind(QStringLiteral(":id"), s.endsIn30.id)
                .scalar()
                .toString();
        QVERIFY(!employerSurname.isEmpty());
        QVERIFY(found(employerSurname.mid(1)).contains(s.endsIn30.id));
        // Search and state together.
        PermitRegisterFilter f;
        f.search = QStringLiteral("karimov");
        f.today = kToday;
        f.state = State::InForce;
        QCOMPARE(idSet(reg.firstPage(f, {}, 100)), idSet({s.endsToday, s.extension}));
        QCOMPARE(reg.count(f), qint64(2));
        QCOMPARE(miscounted, QStringList());
    }

    // Renaming an immigrant moves their permits in the name order (the
    // sort key the migration's triggers keep).
    void renameMovesInNameOrder_data() { test::addBackendRows(); }
    void renameMovesInNameOrder()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::PermitFixture fixture(*db);
        const test::Scenario s = fixture.buildScenario(kToday);
        store::PermitRegisterRepository reg(*db);
        const PermitRegisterSort byName{PermitRegisterColumn::Immigrant, Qt::AscendingOrder};
        QCOMPARE(ids(reg.firstPage({}, byName, 100)),
                 expectedOrder(allPermits(*db), byName.column, byName.order));
        QCOMPARE(reg.firstPage({}, byName, 1).first().immigrantLatin.left(7),
                 QStringLiteral("GANIEVA"));
        store::ImmigrantRepository people(*db);
        auto yuldashev = *people.find(s.terminated.immigrantId);
        yuldashev.surnameLat = QStringLiteral("ABDULLAEV");
        people.update(yuldashev, QStringLiteral("clerk"));
        const auto first = reg.firstPage({}, byName, 100);
        QCOMPARE(first.first().id, s.terminated.id);
        QCOMPARE(ids(first), expectedOrder(allPermits(*db), byName.column, byName.order));
    }

    void itemModel_data() { test::addBackendRows(); }
    void itemModel()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        fillDemo(*db, 700);
        itemmodels::PermitRegisterModel model(*db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Expected> permits = allPermits(*db);
        const QStringList newest =
            expectedOrder(permits, PermitRegisterColumn::ValidFrom, Qt::DescendingOrder);
        QVERIFY(newest.size() > 300);
        QVERIFY(test::countArrives(model));
        QCOMPARE(model.rowCount(), newest.size());
        QCOMPARE(model.matchCount(), std::optional<qint64>(newest.size()));
        // Scroll down, jump, scroll back up: every row is the right permit.
        const int last = int(newest.size()) - 1;
        for (int row : {0, 99, 100, 250, last, last - 1, last - 100, 201, 5})
            QCOMPARE(model.data(model.index(row, 0), itemmodels::IdRole).toString(),
                     newest.at(row));
        // Sorting runs in SQL; "days left" sorts as the last day does.
        model.sort(itemmodels::PermitRegisterModel::Immigrant, Qt::AscendingOrder);
        const QStringList byName =
            expectedOrder(permits, PermitRegisterColumn::Immigrant, Qt::AscendingOrder);
        for (int row : {0, 150, 149, last})
            QCOMPARE(model.permitId(row), byName.at(row));
        model.sort(itemmodels::PermitRegisterModel::DaysLeft, Qt::DescendingOrder);
        const QStringList byEnd =
            expectedOrder(permits, PermitRegisterColumn::ValidTo, Qt::DescendingOrder);
        for (int row : {0, 101, last})
            QCOMPARE(model.permitId(row), byEnd.at(row));
        // Columns without an index do not sort.
        model.sort(itemmodels::PermitRegisterModel::Employer, Qt::AscendingOrder);
        QCOMPARE(model.registerSort().column, PermitRegisterColumn::ValidTo);
        // A filter changes the count to the true count.
        PermitRegisterFilter f;
        f.state = State::Revoked;
        model.setFilter(f);
        QVERIFY(test::countArrives(model));
        const qint64 revoked =
            store::Query(*db,
                         QStringLiteral("SELECT count(*) FROM permits WHERE status = 'revoked'"))
                .scalar()
                .toLongLong();
        QVERIFY(revoked > 0);
        QCOMPARE(qint64(model.rowCount()), revoked);
        QCOMPARE(
            model
                .data(model.index(0, itemmodels::PermitRegisterModel::Status), itemmodels::CodeRole)
                .toString(),
            QStringLiteral("revoked"));
    }

    // R-EXTEND-WINDOW: the days left are coloured inside the extension
    // window (30 to 5 days), after it closes, and once the permit expired.
    void daysLeftAndUrgency_data() { test::addBackendRows(); }
    void daysLeftAndUrgency()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::PermitFixture fixture(*db);
        const test::Scenario s = fixture.buildScenario(kToday);
        itemmodels::PermitRegisterModel model(*db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PermitRegisterFilter f;
        f.today = kToday;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), s.all().size());
        using M = itemmodels::PermitRegisterModel;
        using itemmodels::Urgency;
        QHash<QString, int> rowOf;
        for (int row = 0; row < model.rowCount(); ++row)
            rowOf.insert(model.permitId(row), row);
        auto cell = [&](const records::Permit &p, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(rowOf.value(p.id, -1), column), role);
        };
        auto urgency = [&](const records::Permit &p) {
            return Urgency(cell(p, M::DaysLeft, itemmodels::UrgencyRole).toInt());
        };
        QCOMPARE(cell(s.endsToday, M::DaysLeft).toString(), QStringLiteral("0"));
        QCOMPARE(urgency(s.endsToday), Urgency::Today);
        QCOMPARE(cell(s.endsIn30, M::DaysLeft).toString(), QStringLiteral("30"));
        QCOMPARE(urgency(s.endsIn30), Urgency::Tomorrow);
        QCOMPARE(cell(s.endsIn31, M::DaysLeft).toString(), QStringLiteral("31"));
        QCOMPARE(urgency(s.endsIn31), Urgency::Later);
        QCOMPARE(cell(s.extended, M::DaysLeft).toString(), QString()); // superseded: no clock
        QCOMPARE(urgency(s.extended), Urgency::None);
        QCOMPARE(urgency(s.revoked), Urgency::None);
        QCOMPARE(urgency(s.terminated), Urgency::None);
        // Past the last day: expired, whether or not the job has run.
        QCOMPARE(cell(s.endedYesterday, M::DaysLeft).toString(), QStringLiteral("-1"));
        QCOMPARE(urgency(s.endedYesterday), Urgency::Overdue);
        QCOMPARE(cell(s.endedYesterday, M::Status, itemmodels::CodeRole).toString(),
                 QStringLiteral("expired"));
        QCOMPARE(cell(s.endedYesterday, M::Status).toString(),
                 records::label(PermitStatus::Expired));
        QCOMPARE(urgency(s.expiredByJob), Urgency::Overdue);
        QCOMPARE(cell(s.revoked, M::Status).toString(), records::label(PermitStatus::Revoked));
        QCOMPARE(cell(s.endsIn31, M::Copies).toString(), QStringLiteral("2"));
        QCOMPARE(cell(s.extension, M::Number, Qt::ToolTipRole).toString(),
                 QStringLiteral("Extends permit %1").arg(s.extended.number));
        QCOMPARE(cell(s.endsToday, M::ValidTo, itemmodels::DateRole).toDate(), kToday);
    }
};

QTEST_GUILESS_MAIN(TestPermitRegister)
#include "tst_permit_register.moc"
