// SPDX-License-Identifier: GPL-3.0-or-later
// Intake of an application (Appendix 1): drafts that survive a crash, the
// checks beside each field (R-ADDRESS, R-TERM, IINs), and saving and
// submitting on both backends (R-AFTER-HOURS, R-DECISION-TERM).
#include "CaseFactory.h"
#include "IntakeTestForms.h"
#include "TestStores.h"
#include "domain/FieldLimits.h"
#include "domain/Iin.h"
#include "intake/DraftStore.h"
#include "intake/IntakeService.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/StoreError.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ruqsat;
using intake::IntakeForm;
using test::typedForm;
using test::validIin;

class TestIntake : public QObject
{
    Q_OBJECT
private slots:
    void draftRoundTrip()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        IntakeForm f = typedForm(*db);
        f.application.salaryKzt = 220000;
        f.employer.properties.append({QString(), 0, QStringLiteral("second flat"), QStringLiteral("x")});
        const IntakeForm back = IntakeForm::fromJson(f.toJson());
        QCOMPARE(back.immigrant, f.immigrant);
        QCOMPARE(back.employer, f.employer);
        QCOMPARE(back.application.receivedAt, f.application.receivedAt);
        QCOMPARE(back.application.salaryKzt, f.application.salaryKzt);
        QCOMPARE(back.application.workAddress, f.application.workAddress);
    }

    void draftsSurviveAndCorruptFilesAreLeftAlone()
    {
        QTemporaryDir dir;
        intake::DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        IntakeForm f = typedForm(*db);
        QVERIFY(drafts.save(f));
        f.immigrant.surnameLat = QStringLiteral("KARIMOVA");
        QVERIFY(drafts.save(f)); // the same draft, replaced whole
        QFile broken(dir.filePath(QStringLiteral("drafts/broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        const auto all = drafts.all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().immigrant.surnameLat, QStringLiteral("KARIMOVA"));
        QVERIFY(QFile::exists(broken.fileName())); // skipped, never deleted
        drafts.remove(f.draftId);
        QVERIFY(drafts.all().isEmpty());
    }

    void R_ADDRESS_workAddressMustBeOwned()
    {
        const QList<records::Property> owned{{QString(), 0, QStringLiteral("Алматы, ул. Абая, 10, кв. 5"), QString()}};
        QVERIFY(intake::addressMatches(QStringLiteral("алматы ул абая 10 кв 5"), owned));
        QVERIFY(intake::addressMatches(QStringLiteral("  АЛМАТЫ, ул. Абая 10, кв. 5 "), owned));
        QVERIFY(!intake::addressMatches(QStringLiteral("Алматы, ул. Абая, 10, кв. 6"), owned));
        QVERIFY(!intake::addressMatches(QString(), owned));
        QVERIFY(!intake::addressMatches(QStringLiteral("Алматы, ул. Абая, 10, кв. 5"), {}));
    }

    void checksBesideEachField()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        IntakeForm f = typedForm(*db);
        QVERIFY2(intake::checkIntake(f, QDate(2026, 3, 27)).ok(),
                 qPrintable(QStringList(intake::checkIntake(f, QDate(2026, 3, 27)).problems.values()).join(u'|')));
        IntakeForm bad = f;
        bad.immigrant.surnameLat.clear();
        bad.employer.iin = QStringLiteral("850312300150"); // one digit off
        bad.immigrant.iin = QStringLiteral("12345");
        bad.application.workAddress = QStringLiteral("Шымкент, пр. Тауке хана, 1");
        bad.application.requestedMonths = 13;
        const auto check = intake::checkIntake(bad, QDate(2026, 3, 27));
        QVERIFY(check.problems.value(QStringLiteral("immigrant.surnameLat")).contains(QLatin1String("Latin")));
        QVERIFY(check.problems.value(QStringLiteral("employer.iin")).contains(QLatin1String("check digit")));
        QVERIFY(check.problems.contains(QStringLiteral("immigrant.iin")));
        QVERIFY(check.problems.value(QStringLiteral("application.workAddress")).contains(QLatin1String("real estate")));
        QVERIFY(check.problems.contains(QStringLiteral("application.requestedMonths")));
        QCOMPARE(check.problems.size(), 5);
    }

    void R_TERM_extensionShowsLongestTermAllowed()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        IntakeForm f = typedForm(*db);
        // A chain begun 31 Jan 2026; the extension starts 1 Aug 2026: the
        // chain ends 30 Jan 2027, so 5 months fit and 6 do not.
        f.application.requestedMonths = 6;
        auto check = intake::checkIntake(f, QDate(2026, 8, 1), QDate(2026, 1, 31));
        QVERIFY(check.problems.contains(QStringLiteral("application.requestedMonths")));
        QCOMPARE(check.maxMonths, 5);
        f.application.requestedMonths = 3;
        check = intake::checkIntake(f, QDate(2026, 8, 1), QDate(2026, 1, 31));
        QVERIFY(check.ok());
        QCOMPARE(check.maxMonths, 5);
    }

    // An extension starts from the permit: the same people and work, the
    // kind "extend", the longest term the chain still allows (R-TERM), and a
    // notice when today is outside R-EXTEND-WINDOW.
    void R_EXTEND_WINDOW_extensionIsPrefilledFromThePermit_data() { test::addBackendRows(); }
    void R_EXTEND_WINDOW_extensionIsPrefilledFromThePermit()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2026, 5, QStringLiteral("admin"));
        const records::Application first = factory.acceptedCase();
        const records::Permit permit = factory.issuePermit(first, QDate(2026, 3, 27), QDate(2026, 9, 26));
        const intake::IntakeService service(*db, QStringLiteral("clerk1"));

        // 1 September 2026: inside the window 27 August .. 21 September.
        const auto extension = service.extensionOf(permit.id, QDate(2026, 9, 1));
        QVERIFY2(extension.notice.isEmpty(), qPrintable(extension.notice));
        const records::Application &app = extension.form.application;
        QCOMPARE(app.kind, records::ApplicationKind::Extend);
        QCOMPARE(app.extendsPermitId, permit.id);
        QVERIFY(app.id.isEmpty());
        QCOMPARE(app.requestedMonths, 6); // 27 September 2026 to 26 March 2027 closes the chain
        QCOMPARE(app.workAddress, first.workAddress);
        QCOMPARE(app.districtId, first.districtId);
        QCOMPARE(extension.form.immigrant.id, first.immigrantId);
        QCOMPARE(extension.form.employer.id, first.employerId);
        const auto problems = service.check(extension.form).problems;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringList(problems.values()).join(u'\n')));
        // The last day of the window is 21 September; 22 is too late.
        QVERIFY(service.extensionOf(permit.id, QDate(2026, 9, 21)).notice.isEmpty());
        const QString late = service.extensionOf(permit.id, QDate(2026, 9, 22)).notice;
        QVERIFY2(late.contains(QLatin1String("outside that window")), qPrintable(late));
        QVERIFY(!service.extensionOf(permit.id, QDate(2026, 8, 26)).notice.isEmpty()); // too early

        // A 12-month permit has no extension left: a new permit (R-RENEW-AFTER-12).
        const records::Application second = factory.acceptedCase();
        const records::Permit full = factory.issuePermit(second, QDate(2026, 2, 28), QDate(2027, 2, 27));
        try {
            service.extensionOf(full.id, QDate(2027, 2, 1));
            QFAIL("a full 12-month chain was offered an extension");
        } catch (const store::StoreError &e) {
            QVERIFY2(e.message().contains(QLatin1String("a new permit may be applied for")),
                     qPrintable(e.message()));
        }
        // A revoked permit is not extended.
        records::Revocation revocation{permit.id, QStringLiteral("ДП"), QStringLiteral("12"), QDate(2026, 9, 1),
                                       QDate(2026, 9, 1), QDate(2026, 9, 3), {}, QDate(2026, 9, 16), {}};
        store::PermitRepository(*db).revoke(revocation, QStringLiteral("head1"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, service.extensionOf(permit.id, QDate(2026, 9, 1)));
    }

    // The time of receipt is typed (paper comes from the State Corporation
    // later than it arrived there): never later than now, and R-AFTER-HOURS
    // and R-DECISION-TERM run from it.
    void R_AFTER_HOURS_typedTimeOfReceipt()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        IntakeForm f = typedForm(*db);
        const QDateTime now(QDate(2026, 3, 27), QTime(10, 0), QTimeZone("Asia/Almaty"));
        QVERIFY(!intake::checkIntake(f, QDate(2026, 3, 27), {}, now)
                     .problems.contains(QStringLiteral("application.receivedAt")));
        f.application.receivedAt = now.addSecs(60);
        QVERIFY2(intake::checkIntake(f, QDate(2026, 3, 27), {}, now)
                     .problems.value(QStringLiteral("application.receivedAt"))
                     .contains(QLatin1String("later than now")),
                 qPrintable(intake::checkIntake(f, QDate(2026, 3, 27), {}, now)
                                .problems.value(QStringLiteral("application.receivedAt"))));
        f.application.receivedAt = now;
        QVERIFY(!intake::checkIntake(f, QDate(2026, 3, 27), {}, now)
                     .problems.contains(QStringLiteral("application.receivedAt")));
        f.application.receivedAt = QDateTime();
        QVERIFY(intake::checkIntake(f, QDate(2026, 3, 27), {}, now)
                    .problems.contains(QStringLiteral("application.receivedAt")));
        // The agreement of intent comes before the application.
        f.application.receivedAt = now;
        f.application.intentSignedOn = QDate(2026, 3, 28);
        QVERIFY(intake::checkIntake(f, QDate(2026, 3, 27), {}, now)
                    .problems.contains(QStringLiteral("application.intentSignedOn")));
        f.application.intentSignedOn = QDate(2026, 3, 27);
        QVERIFY(intake::checkIntake(f, QDate(2026, 3, 27), {}, now).ok());

        // Submitted with a typed Saturday: Monday is the day of receipt.
        const intake::IntakeService service(*db, QStringLiteral("clerk1"));
        IntakeForm saturday = typedForm(*db);
        saturday.application.receivedAt =
            QDateTime(QDate(2026, 4, 4), QTime(11, 0), QTimeZone("Asia/Almaty"));
        QCOMPARE(service.receiptTerms(saturday.application),
                 std::pair(QDate(2026, 4, 6), QDate(2026, 4, 8)));
        service.submit(saturday);
        const auto stored = store::CaseRepository(*db).find(saturday.application.id);
        QCOMPARE(stored->receivedAt, saturday.application.receivedAt);
        QCOMPARE(stored->effectiveReceivedOn, QDate(2026, 4, 6));
        QCOMPARE(stored->decisionDueOn, QDate(2026, 4, 8));
        // Not typed at all: received now.
        IntakeForm untimed = typedForm(*db);
        untimed.draftId = QStringLiteral("draft-3");
        untimed.application.receivedAt = QDateTime();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        service.submit(untimed);
        QVERIFY(untimed.application.receivedAt >= before.addSecs(-1));
        // A time in the future is refused and nothing is written.
        IntakeForm future = typedForm(*db);
        future.application.receivedAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, service.submit(future));
        QVERIFY(future.application.id.isEmpty());
    }

    // Appendix 1, item 2 (family) and the fields Appendix 3 needs survive the
    // draft and the store.
    void familyAndAgreementFieldsAreKept()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        IntakeForm f = typedForm(*db);
        f.immigrant.family.clear();
        intake::setSpouse(f.immigrant, QStringLiteral("  Каримова Нилуфар "), 1992);
        QCOMPARE(intake::spouseOf(f.immigrant).fullName, QStringLiteral("Каримова Нилуфар"));
        QCOMPARE(intake::spouseOf(f.immigrant).birthYear, 1992);
        f.immigrant.family << records::FamilyMember{QStringLiteral("child"),
                                                    QStringLiteral("Каримов Азиз"), 2015};
        intake::setSpouse(f.immigrant, QStringLiteral("Каримова Н."),
                          1992); // replaced, the child kept
        QCOMPARE(f.immigrant.family.size(), 2);
        f.immigrant.homePhone = QStringLiteral("+998 66 233 00 11");
        f.immigrant.maritalStatus = QStringLiteral("married");
        f.immigrant.childrenCount = 1;
        f.employer.idDocNumber = QStringLiteral("045612378");
        f.employer.idDocIssuedOn = QDate(2017, 8, 1);
        f.employer.idDocIssuer = QStringLiteral("МВД РК");
        f.application.intentSignedOn = QDate(2026, 3, 15);
        f.application.salaryKzt = 180000;
        QCOMPARE(IntakeForm::fromJson(f.toJson()), f);
        intake::IntakeService(*db, QStringLiteral("clerk1")).submit(f);
        const auto person = store::ImmigrantRepository(*db).find(f.immigrant.id);
        QCOMPARE(person->family, f.immigrant.family);
        QCOMPARE(person->homePhone, f.immigrant.homePhone);
        QCOMPARE(person->childrenCount, 1);
        const auto employer = store::EmployerRepository(*db).find(f.employer.id);
        QCOMPARE(employer->idDocIssuedOn, QDate(2017, 8, 1));
        QCOMPARE(employer->idDocIssuer, QStringLiteral("МВД РК"));
        const auto app = store::CaseRepository(*db).find(f.application.id);
        QCOMPARE(app->intentSignedOn, QDate(2026, 3, 15));
        QCOMPARE(app->salaryKzt, std::optional<qint64>(180000));
        // Both empty: the spouse is removed, the others stay.
        intake::setSpouse(f.immigrant, QString(), 0);
        QCOMPARE(f.immigrant.family.size(), 1);
        QCOMPARE(f.immigrant.family.first().relation, QStringLiteral("child"));
        // A spouse's year that cannot be one is pointed out.
        intake::setSpouse(f.immigrant, QStringLiteral("X"), 192);
        QVERIFY(intake::checkIntake(f, QDate(2026, 3, 27))
                    .problems.contains(QStringLiteral("immigrant.spouseBirthYear")));
    }

    // R-RENEW-AFTER-12: a new permit for a person whose chain reached 12
    // months is taken only in the last 4 days of the current permit; the
    // window is shown at intake, and outside it the form is not submitted.
    void R_RENEW_AFTER_12_windowShownAtIntake_data() { test::addBackendRows(); }
    void R_RENEW_AFTER_12_windowShownAtIntake()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2025, 5,
                                             QStringLiteral("admin"));
        const records::Application first = factory.acceptedCase();
        const records::Permit full =
            factory.issuePermit(first, QDate(2025, 12, 1), QDate(2026, 11, 30));
        const intake::IntakeService service(*db, QStringLiteral("clerk1"));
        IntakeForm f = typedForm(*db);
        // The same person typed in again: same passport, same country.
        f.immigrant.passportNumber =
            store::ImmigrantRepository(*db).find(first.immigrantId)->passportNumber;
        const QString day = QLocale().toString(QDate(2026, 11, 26), QLocale::ShortFormat);
        // Wednesday 25 November 2026, a day before the window.
        f.application.receivedAt =
            QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone("Asia/Almaty"));
        auto check = service.check(f);
        QVERIFY2(check.renewal.contains(full.number) && check.renewal.contains(day),
                 qPrintable(check.renewal));
        QVERIFY2(check.problems.value(QStringLiteral("application.receivedAt")).contains(day),
                 qPrintable(check.problems.value(QStringLiteral("application.receivedAt"))));
        IntakeForm early = f;
        QVERIFY_THROWS_EXCEPTION(store::StoreError, service.submit(early));
        QVERIFY(early.application.id.isEmpty());
        // Thursday 26 November: the window's first day.
        f.application.receivedAt =
            QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone("Asia/Almaty"));
        check = service.check(f);
        QVERIFY(!check.renewal.isEmpty());
        QVERIFY2(check.ok(), qPrintable(QStringList(check.problems.values()).join(u'|')));
        // An extension, or another person, is not concerned.
        IntakeForm other = f;
        other.immigrant.passportNumber = QStringLiteral("FA0000001");
        QVERIFY(service.check(other).renewal.isEmpty());
    }

    void saveAndSubmit_data() { test::addBackendRows(); }
    void saveAndSubmit()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        intake::IntakeService service(*db, QStringLiteral("clerk1"));
        IntakeForm f = typedForm(*db);
        service.save(f);
        QVERIFY(!f.application.id.isEmpty());
        QCOMPARE(f.application.version, 1);
        const QString caseId = f.application.id;
        f.application.occupation = QStringLiteral("сиделка");
        service.save(f); // the same case, the next version
        QCOMPARE(f.application.id, caseId);
        QCOMPARE(f.application.version, 2);
        service.submit(f);
        const auto stored = store::CaseRepository(*db).find(caseId);
        QCOMPARE(stored->status, records::CaseStatus::Submitted);
        QCOMPARE(stored->registryNumber, QStringLiteral("2026-000001"));
        // R-AFTER-HOURS: Friday 18:45, then Nauryz 21-25 March: Thursday 26.
        QCOMPARE(stored->effectiveReceivedOn, QDate(2026, 3, 26));
        // R-DECISION-TERM: two working days after it, not counting it.
        QCOMPARE(stored->decisionDueOn, QDate(2026, 3, 30));
        QCOMPARE(stored->occupation, QStringLiteral("сиделка"));
        QCOMPARE(store::AuditLog(*db).forEntity(QStringLiteral("application"), caseId).last().action,
                 QStringLiteral("register"));

        // The next worker of the same employer: the employer is found by IIN.
        IntakeForm next = typedForm(*db);
        next.draftId = QStringLiteral("draft-2");
        service.save(next);
        QCOMPARE(next.employer.id, f.employer.id);
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(*) FROM employers")).scalar().toInt(), 1);
    }

    void incompleteSubmitWritesNothing_data() { test::addBackendRows(); }
    void incompleteSubmitWritesNothing()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        intake::IntakeService service(*db, QStringLiteral("clerk1"));
        IntakeForm f = typedForm(*db);
        f.application.workAddress = QStringLiteral("не та квартира");
        const IntakeForm typed = f;
        try {
            service.submit(f);
            QFAIL("an application with a foreign work address was submitted");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Invalid);
            QVERIFY(e.message().contains(QLatin1String("real estate")));
        }
        QCOMPARE(f, typed); // what was typed is kept
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(*) FROM applications")).scalar().toInt(), 0);
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(*) FROM immigrants")).scalar().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
