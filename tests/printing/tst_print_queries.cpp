// SPDX-License-Identifier: GPL-3.0-or-later
// The print queries on both backends: the same records from SQLite and PostgreSQL.
#include "CaseFactory.h"
#include "PrintFixture.h"
#include "store/PrintQueries.h"
#include "store/ReferenceRepository.h"
#include "store/StoreError.h"

#include <QTest>

using namespace ruqsat;

namespace {

// A second district of Almaty with its own akimat and head; the fixture's
// first permit moves to it, revoked, so that two districts have a revoked
// permit each.
int moveFirstPermitToMedeu(test::PrintFixture &fixture)
{
    store::District medeu{0, test::CaseFactory(fixture.db()).almatyRegionId(), QString(), u"Медеу ауданы"_qs,
                          u"Медеуский район"_qs, u"Medeu District"_qs};
    medeu.bodies.issuingBodyKk = u"Алматы қаласы Медеу ауданының әкімдігі"_qs;
    medeu.bodies.issuingBodyRu = u"Аппарат акима Медеуского района города Алматы"_qs;
    medeu.bodies.headName = u"Исабеков Марат Қанатұлы"_qs;
    medeu.bodies.policeBodyRu = u"Департамент полиции города Алматы (Медеу)"_qs;
    const int id = store::ReferenceRepository(fixture.db()).addDistrict(medeu, u"test"_qs);
    fixture.scratch().rawExec(u"UPDATE permits SET district_id = %1 WHERE number = '%2'"_qs.arg(id).arg(
        test::PrintFixture::firstPermit()));
    fixture.scratch().rawExec(
        u"INSERT INTO revocations (id, permit_id, act_issuer, act_number, act_date, revoked_on, "
        "police_notice_due_on, stay_until, recorded_at) SELECT '0a6d2c1e-0000-4000-8000-000000000901', id, "
        "'Еңбек инспекциясы', '14-02/319', '2026-10-05', '2026-10-07', '2026-10-09', '2026-10-22', "
        "'2026-10-07T07:00:00.000Z' FROM permits WHERE number = '%1'"_qs.arg(test::PrintFixture::firstPermit()));
    return id;
}

} // namespace

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

    // Forms name the issuing body, head and police body of their own
    // district (schema 6), not of the store: a permit that of the district
    // that issued it, a case form that of the case's district.
    void bodiesComeFromTheDistrict_data() { test::addBackendRows(); }
    void bodiesComeFromTheDistrict()
    {
        QFETCH(QString, backend);
        test::PrintFixture fixture(backend);
        const int medeu = moveFirstPermitToMedeu(fixture);
        const store::PrintQueries q(fixture.db());
        const auto moved = q.permit(test::PrintFixture::firstPermit()).values;
        QCOMPARE(moved.value(u"district_id"_qs).toInt(), medeu);
        QCOMPARE(moved.value(u"district_ru"_qs).toString(), u"Медеуский район"_qs);
        QCOMPARE(moved.value(u"issuing_body.name_ru"_qs).toString(), u"Аппарат акима Медеуского района города Алматы"_qs);
        QCOMPARE(moved.value(u"issuing_body.head_name"_qs).toString(), u"Исабеков Марат Қанатұлы"_qs);
        QCOMPARE(moved.value(u"issuing_body.head_position_ru"_qs).toString(), QString()); // Medeu's own: not set
        const auto stayed = q.permit(test::PrintFixture::extendedPermit()).values;
        QCOMPARE(stayed.value(u"issuing_body.name_ru"_qs).toString(), u"Акимат Алмалинского района города Алматы"_qs);
        QCOMPARE(stayed.value(u"issuing_body.head_name"_qs).toString(), u"Сәрсенбаев Нұрлан Қайратұлы"_qs);
        // The case stays in Almaly: its forms name Almaly.
        const auto application = q.application(test::PrintFixture::firstCase()).values;
        QCOMPARE(application.value(u"district_ru"_qs).toString(), u"Алмалинский район"_qs);
        QCOMPARE(application.value(u"issuing_body.name_kk"_qs).toString(), u"Алматы қаласы Алмалы ауданының әкімдігі"_qs);
        // Nothing of the store-wide settings is read any more.
        fixture.scratch().rawExec(u"INSERT INTO settings (key, value) VALUES ('issuing_body.name_ru', 'Чужой акимат')"_qs);
        QCOMPARE(q.permit(test::PrintFixture::extendedPermit()).values.value(u"issuing_body.name_ru"_qs).toString(),
                 u"Акимат Алмалинского района города Алматы"_qs);
    }

    // R-REVOKE-POLICE: Appendix 9 goes from one akimat to its police body;
    // permits of two districts are refused together, with both named.
    void R_REVOKE_POLICE_oneLetterPerDistrict_data() { test::addBackendRows(); }
    void R_REVOKE_POLICE_oneLetterPerDistrict()
    {
        QFETCH(QString, backend);
        test::PrintFixture fixture(backend);
        moveFirstPermitToMedeu(fixture);
        const store::PrintQueries q(fixture.db());
        const auto almaly = q.revokedPermits({test::PrintFixture::extendedPermit()});
        QCOMPARE(almaly.rows.size(), 1);
        QCOMPARE(almaly.values.value(u"police_body.name_ru"_qs).toString(), u"Департамент полиции города Алматы"_qs);
        const auto medeu = q.revokedPermits({test::PrintFixture::firstPermit()});
        QCOMPARE(medeu.values.value(u"police_body.name_ru"_qs).toString(), u"Департамент полиции города Алматы (Медеу)"_qs);
        QCOMPARE(medeu.values.value(u"issuing_body.head_name"_qs).toString(), u"Исабеков Марат Қанатұлы"_qs);
        try {
            q.revokedPermits({test::PrintFixture::extendedPermit(), test::PrintFixture::firstPermit()});
            QFAIL("one Appendix 9 for two districts");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Invalid);
            for (const QString &part : {test::PrintFixture::extendedPermit(), test::PrintFixture::firstPermit(),
                                        u"Almaly District"_qs, u"Medeu District"_qs})
                QVERIFY2(e.message().contains(part), qPrintable(e.message()));
            QVERIFY2(!e.message().contains(u"R-"_qs), qPrintable(e.message()));
        }
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
