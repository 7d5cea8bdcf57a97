// SPDX-License-Identifier: GPL-3.0-or-later
// The print queries on both backends: the same records from SQLite and PostgreSQL.
#include "PrintFixture.h"
#include "store/PrintQueries.h"
#include "store/StoreError.h"

#include <QTest>

using namespace ruqsat;

class TestPrintQueries : public QObject
{
    Q_OBJECT
private slots:
    void loadsEveryForm_data() { test::addBackendRows(); }
    void loadsEveryForm()
    {
        QFETCH(QString, backend);
        test::PrintFixture fixture(backend);
        const store::PrintQueries q(fixture.db());
        const auto permit = q.permit(test::PrintFixture::extendedPermit()).values;
        QCOMPARE(permit.value(u"extended_permit_number"_qs).toString(), test::PrintFixture::firstPermit());
        QCOMPARE(permit.value(u"valid_to"_qs).toDate(), QDate(2027, 3, 26));
        QCOMPARE(permit.value(u"issued_at"_qs).toDateTime(), QDateTime(QDate(2026, 3, 27), QTime(5, 0), Qt::UTC));
        QCOMPARE(permit.value(u"citizenship_kk"_qs).toString(), u"Өзбекстан"_qs);
        QCOMPARE(permit.value(u"region_ru"_qs).toString(), u"Алматы"_qs);
        QCOMPARE(permit.value(u"issuing_body.head_name"_qs).toString(), u"Сәрсенбаев Нұрлан Қайратұлы"_qs);
        QCOMPARE(permit.value(u"employer_surname"_qs).toString(), u"Қасымов"_qs);

        const auto intake = q.intakeRefusal(test::PrintFixture::intakeCase()).values;
        QCOMPARE(intake.value(u"missing_documents"_qs).toString(), u"medical_certificate\ninsurance"_qs);
        QCOMPARE(intake.value(u"decided_by_name"_qs).toString(), u"Жұмабекова Гүлнұр Әбілқызы"_qs);
        QCOMPARE(q.refusal(test::PrintFixture::refusedCase()).values.value(u"ground_id"_qs).toInt(), 3);
        QCOMPARE(q.termination(test::PrintFixture::terminatedPermit()).values.value(u"contract_ended_on"_qs).toDate(),
                 QDate(2026, 6, 15));
        QCOMPARE(q.revocation(test::PrintFixture::extendedPermit()).values.value(u"stay_until"_qs).toDate(),
                 QDate(2026, 10, 22));
        const auto app = q.application(test::PrintFixture::extensionCase());
        QCOMPARE(app.rows.size(), 2); // the family, in the order typed
        QCOMPARE(app.values.value(u"extended_permit_number"_qs).toString(), test::PrintFixture::firstPermit());
        // By id as well as by registry number.
        const QString id = app.values.value(u"case_id"_qs).toString();
        QCOMPARE(q.agreement(id).values.value(u"registry_number"_qs).toString(), test::PrintFixture::extensionCase());
        QCOMPARE(q.permitNumberOfCase(test::PrintFixture::firstCase()), test::PrintFixture::firstPermit());
    }

    void listsAndRefuses_data() { test::addBackendRows(); }
    void listsAndRefuses()
    {
        QFETCH(QString, backend);
        test::PrintFixture fixture(backend);
        const store::PrintQueries q(fixture.db());
        QCOMPARE(q.permitNumbersIssuedOn(QDate(2026, 3, 27)).size(), 3);
        QCOMPARE(q.permitNumbersIssuedOn(QDate(2026, 3, 26)).size(), 0);
        QCOMPARE(q.permits(QDate(), u"terminated"_qs, 0).size(), 1);
        QCOMPARE(q.permits(QDate(), QString(), 2).size(), 2);
        QCOMPARE(q.cases(u"refused"_qs, 0).size(), 0); // the fixture records the decision only
        QCOMPARE(q.cases(QString(), 0).size(), 5);
        // A form whose event has not happened is NotFound, not an empty form.
        for (auto call : {+[](const store::PrintQueries &p) { p.revocation(test::PrintFixture::firstPermit()); },
                          +[](const store::PrintQueries &p) { p.refusal(test::PrintFixture::firstCase()); },
                          +[](const store::PrintQueries &p) { p.permit(u"75-2026-999999"_qs); },
                          +[](const store::PrintQueries &p) { p.agreement(u"not-a-case"_qs); }}) {
            try {
                call(q);
                QFAIL("loaded");
            } catch (const store::StoreError &e) {
                QCOMPARE(e.kind(), store::StoreError::Kind::NotFound);
            }
        }
        // The QR key is made once and kept.
        const QByteArray key = q.qrKey();
        QCOMPARE(key.size(), 32);
        QCOMPARE(q.qrKey(), key);
    }
};

QTEST_GUILESS_MAIN(TestPrintQueries)
#include "tst_print_queries.moc"
