// SPDX-License-Identifier: GPL-3.0-or-later
// Intake of an application (Appendix 1): drafts that survive a crash, the
// checks beside each field (R-ADDRESS, R-TERM, IINs), and saving and
// submitting on both backends (R-AFTER-HOURS, R-DECISION-TERM).
#include "CaseFactory.h"
#include "TestStores.h"
#include "domain/FieldLimits.h"
#include "domain/Iin.h"
#include "intake/DraftStore.h"
#include "intake/IntakeService.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/EmployerRepository.h"
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

namespace {

QString validIin(const QString &first11)
{
    return first11 + QString::number(domain::Iin::checkDigit(first11));
}

IntakeForm typedForm(const store::Database &db)
{
    test::CaseFactory factory(db);
    IntakeForm f;
    f.draftId = QStringLiteral("draft-1");
    f.immigrant = factory.immigrant();
    f.employer = factory.employer(validIin(QStringLiteral("85031230015")));
    f.application.districtId = factory.district();
    f.application.workAddress = QStringLiteral("алматы ул абая 10 кв 5"); // typed loosely
    f.application.requestedMonths = 6;
    f.application.occupation = QStringLiteral("няня");
    // Friday 20 March 2026, 18:45 in Almaty: after hours before Nauryz.
    f.application.receivedAt = QDateTime(QDate(2026, 3, 20), QTime(18, 45), QTimeZone("Asia/Almaty"));
    return f;
}

} // namespace

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
        QVERIFY2(late.contains(QLatin1String("R-EXTEND-WINDOW")), qPrintable(late));
        QVERIFY(!service.extensionOf(permit.id, QDate(2026, 8, 26)).notice.isEmpty()); // too early

        // A 12-month permit has no extension left: a new permit (R-RENEW-AFTER-12).
        const records::Application second = factory.acceptedCase();
        const records::Permit full = factory.issuePermit(second, QDate(2026, 2, 28), QDate(2027, 2, 27));
        try {
            service.extensionOf(full.id, QDate(2027, 2, 1));
            QFAIL("a full 12-month chain was offered an extension");
        } catch (const store::StoreError &e) {
            QVERIFY2(e.message().contains(QLatin1String("R-RENEW-AFTER-12")), qPrintable(e.message()));
        }
        // A revoked permit is not extended.
        records::Revocation revocation{permit.id, QStringLiteral("ДП"), QStringLiteral("12"), QDate(2026, 9, 1),
                                       QDate(2026, 9, 1), QDate(2026, 9, 3), {}, QDate(2026, 9, 16), {}};
        store::PermitRepository(*db).revoke(revocation, QStringLiteral("head1"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, service.extensionOf(permit.id, QDate(2026, 9, 1)));
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

    // An impossible date typed (31.02.2022) is refused beside its field and
    // kept as typed in the draft; an empty optional date is allowed.
    void impossibleDateRefusedBesideItsFieldAndKept_data() { test::addBackendRows(); }
    void impossibleDateRefusedBesideItsFieldAndKept()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        IntakeForm f = typedForm(*db);
        f.immigrant.passportIssuedOn = QDate(); // optional, left empty: fine
        QVERIFY(intake::checkEntry(f).ok());
        f.unparsedDates.insert(QStringLiteral("immigrant.passportIssuedOn"),
                               QStringLiteral("31.02.2022"));
        f.immigrant.birthDate = QDate();
        f.unparsedDates.insert(QStringLiteral("immigrant.birthDate"), QStringLiteral("17.04.90"));
        const auto entry = intake::checkEntry(f);
        QCOMPARE(entry.problems.size(), 2);
        QVERIFY2(entry.problems.value(QStringLiteral("immigrant.passportIssuedOn"))
                     .contains(QLatin1String("31.02.2022")),
                 qPrintable(entry.problems.value(QStringLiteral("immigrant.passportIssuedOn"))));
        // The full check says what is wrong with the date typed, not that none was typed.
        const auto full = intake::checkIntake(f, QDate(2026, 3, 27));
        QCOMPARE(full.problems.value(QStringLiteral("immigrant.birthDate")),
                 entry.problems.value(QStringLiteral("immigrant.birthDate")));
        QVERIFY(full.problems.value(QStringLiteral("immigrant.birthDate"))
                    .contains(QLatin1String("DD.MM.YYYY")));
        // The draft keeps what was typed.
        QCOMPARE(IntakeForm::fromJson(f.toJson()).unparsedDates, f.unparsedDates);
        QCOMPARE(IntakeForm::fromJson(f.toJson()), f);
        // Saving is refused and writes nothing; the form is as typed.
        const IntakeForm typed = f;
        try {
            intake::IntakeService(*db, QStringLiteral("clerk1")).save(f);
            QFAIL("a form with an impossible date was saved");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Invalid);
            QVERIFY2(e.message().contains(QLatin1String("31.02.2022")), qPrintable(e.message()));
        }
        QCOMPARE(f, typed);
        QCOMPARE(
            store::Query(*db, QStringLiteral("SELECT count(*) FROM immigrants")).scalar().toInt(),
            0);
    }

    // A 5,000-character name from a draft file, or a family member's name
    // too long, is refused beside its field with a clear message and never
    // reaches the store.
    void oversizedTextFromADraftRefused_data() { test::addBackendRows(); }
    void oversizedTextFromADraftRefused()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        QJsonObject json = typedForm(*db).toJson();
        QJsonObject immigrant = json.value(QStringLiteral("immigrant")).toObject();
        immigrant.insert(QStringLiteral("surnameLat"), QString(5000, u'K'));
        immigrant.insert(
            QStringLiteral("family"),
            QJsonArray{QJsonObject{{QStringLiteral("relation"), QStringLiteral("child")},
                                   {QStringLiteral("fullName"), QString(151, u'Ә')},
                                   {QStringLiteral("birthYear"), 2018}}});
        json.insert(QStringLiteral("immigrant"), immigrant);
        IntakeForm f = IntakeForm::fromJson(json);
        QCOMPARE(f.immigrant.surnameLat.size(), 5000); // read whole, never cut
        const auto entry = intake::checkEntry(f);
        QVERIFY2(entry.problems.value(QStringLiteral("immigrant.surnameLat"))
                     .contains(QLocale().toString(5000)),
                 qPrintable(entry.problems.value(QStringLiteral("immigrant.surnameLat"))));
        QVERIFY(entry.problems.contains(QStringLiteral("immigrant.family.fullName")));
        QVERIFY(!intake::checkIntake(f, QDate(2026, 3, 27)).ok());
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 intake::IntakeService(*db, QStringLiteral("clerk1")).save(f));
        QCOMPARE(
            store::Query(*db, QStringLiteral("SELECT count(*) FROM immigrants")).scalar().toInt(),
            0);
        // At the limit it is a name like any other.
        f.immigrant.surnameLat =
            QString(domain::FieldLimits::maxLength(QStringLiteral("immigrant.surnameLat")), u'K');
        f.immigrant.family.first().fullName = QStringLiteral("Каримова Зарина");
        QVERIFY(intake::checkEntry(f).ok());
    }

    // A second application names an employer already on record by IIN but
    // typed with other details: nothing is saved until the clerk chooses,
    // and the employer of the older case is not renamed behind their back.
    void knownEmployerIsNotRenamedSilently_data() { test::addBackendRows(); }
    void knownEmployerIsNotRenamedSilently()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        intake::IntakeService service(*db, QStringLiteral("clerk1"));
        IntakeForm first = typedForm(*db);
        service.save(first);
        const records::Employer onRecord = *store::EmployerRepository(*db).find(first.employer.id);

        IntakeForm second = typedForm(*db);
        second.draftId = QStringLiteral("draft-2");
        second.immigrant = test::CaseFactory(*db).immigrant(QStringLiteral("YULDASHEV"));
        second.employer.surname = QStringLiteral("Сейткали");
        second.employer.phone = QString(); // not typed this time
        second.employer.properties = {
            {QString(), 0, QStringLiteral("Алматы, мкр. Самал-2, 33"), QString()}};
        second.application.workAddress = QStringLiteral("Алматы, мкр. Самал-2, 33");
        const auto known = service.knownEmployer(second);
        QVERIFY(known);
        QCOMPARE(known->stored.id, onRecord.id);
        QStringList keys;
        for (const auto &d : known->differences)
            keys << d.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("surname"), QStringLiteral("phone")}));
        QCOMPARE(known->differences.first().beforeText, onRecord.surname);
        QCOMPARE(known->differences.first().afterText, QStringLiteral("Сейткали"));
        // Without a choice nothing is written.
        try {
            service.save(second);
            QFAIL("the employer on record was renamed without asking");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(QStringLiteral("Сейткали")), qPrintable(e.message()));
        }
        QCOMPARE(*store::EmployerRepository(*db).find(onRecord.id), onRecord);
        QCOMPARE(
            store::Query(*db, QStringLiteral("SELECT count(*) FROM applications")).scalar().toInt(),
            1);

        // Keep the details on record: the case names the employer as stored;
        // the new flat is added, since the work address must be theirs.
        IntakeForm kept = second;
        intake::IntakeService::settleEmployer(kept, known->stored,
                                              intake::IntakeService::EmployerChoice::KeepStored);
        QCOMPARE(kept.employer.surname, onRecord.surname);
        QCOMPARE(kept.employer.phone, onRecord.phone);
        service.save(kept);
        const records::Employer afterKeep = *store::EmployerRepository(*db).find(onRecord.id);
        QCOMPARE(afterKeep.surname, onRecord.surname);
        QCOMPARE(afterKeep.phone, onRecord.phone);
        QCOMPARE(afterKeep.properties.size(), onRecord.properties.size() + 1);
        QCOMPARE(store::CaseRepository(*db).find(kept.application.id)->employerId, onRecord.id);
        QVERIFY(intake::checkIntake(kept, QDate(2026, 3, 27))
                    .ok()); // R-ADDRESS holds with the added flat
    }

    // Update the employer: the typed details replace those on record for
    // every case naming them, with an audit row of what changed.
    void knownEmployerUpdatedOnChoice_data() { test::addBackendRows(); }
    void knownEmployerUpdatedOnChoice()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        intake::IntakeService service(*db, QStringLiteral("clerk1"));
        IntakeForm first = typedForm(*db);
        service.save(first);
        IntakeForm second = typedForm(*db);
        second.immigrant = test::CaseFactory(*db).immigrant(QStringLiteral("YULDASHEV"));
        second.employer.surname = QStringLiteral("Сейткали");
        const auto known = service.knownEmployer(second);
        QVERIFY(known);
        intake::IntakeService::settleEmployer(second, known->stored,
                                              intake::IntakeService::EmployerChoice::UpdateStored);
        service.save(second);
        const records::Employer stored = *store::EmployerRepository(*db).find(first.employer.id);
        QCOMPARE(stored.surname, QStringLiteral("Сейткали"));
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.properties.size(), 1); // the same flat, not added twice
        const auto audit = store::AuditLog(*db).forEntity(QStringLiteral("employer"), stored.id);
        QCOMPARE(audit.last()
                     .details.value(QStringLiteral("surname"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("Сейткали"));
        QCOMPARE(
            store::Query(*db, QStringLiteral("SELECT count(*) FROM employers")).scalar().toInt(),
            1);
        // Typed exactly as on record: named without a question.
        IntakeForm third = typedForm(*db);
        third.immigrant = test::CaseFactory(*db).immigrant(QStringLiteral("TOSHEV"));
        third.employer = stored;
        third.employer.id.clear();
        third.employer.version = 0;
        QVERIFY(service.knownEmployer(third)->differences.isEmpty());
        service.save(third);
        QCOMPARE(third.employer.id, stored.id);
        QCOMPARE(store::EmployerRepository(*db).find(stored.id)->version, 2);
    }

    // A conflict shows both versions field by field; keeping one's typing
    // saves it over the version now stored, never over the workflow.
    void conflictShowsBothVersionsAndKeepMineSaves_data() { test::addBackendRows(); }
    void conflictShowsBothVersionsAndKeepMineSaves()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto clerk1 = scratch.open();
        const auto clerk2 = scratch.open();
        intake::IntakeService one(*clerk1, QStringLiteral("clerk1"));
        IntakeForm mine = typedForm(*clerk1);
        one.save(mine);
        IntakeForm theirs = mine;
        theirs.application.occupation = QStringLiteral("водитель");
        theirs.immigrant.phone = QStringLiteral("+7 701 000 00 00");
        intake::IntakeService(*clerk2, QStringLiteral("clerk2")).save(theirs);
        mine.application.occupation = QStringLiteral("повар");
        QVERIFY_THROWS_EXCEPTION(store::StoreError, one.save(mine));
        const IntakeForm stored = one.storedVersion(mine);
        QStringList keys;
        for (const auto &d : intake::IntakeService::differences(stored, mine))
            keys << d.key + u'=' + d.beforeText + u'>' + d.afterText;
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("phone=+7 701 000 00 00>") + mine.immigrant.phone,
                              QStringLiteral("occupation=водитель>повар")}));
        QVERIFY(intake::IntakeService::mayKeepMine(stored));
        intake::IntakeService::keepMine(mine, stored);
        one.save(mine);
        const auto saved = store::CaseRepository(*clerk1).find(mine.application.id);
        QCOMPARE(saved->occupation, QStringLiteral("повар"));
        const auto audit =
            store::AuditLog(*clerk1).forEntity(QStringLiteral("application"), mine.application.id);
        QCOMPARE(audit.last().actor, QStringLiteral("clerk1"));
        QCOMPARE(audit.last()
                     .details.value(QStringLiteral("occupation"))
                     .toObject()
                     .value(QStringLiteral("before"))
                     .toString(),
                 QStringLiteral("водитель"));
        // Once the case was submitted by the other clerk, the typing can no
        // longer be saved over it.
        IntakeForm late = mine;
        late.application.occupation = QStringLiteral("садовник");
        IntakeForm submitted = one.storedVersion(mine);
        intake::IntakeService(*clerk2, QStringLiteral("clerk2")).submit(submitted);
        QVERIFY(!intake::IntakeService::mayKeepMine(one.storedVersion(late)));
    }

    void conflictKeepsTypedForm_data() { test::addBackendRows(); }
    void conflictKeepsTypedForm()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto clerk1 = scratch.open();
        const auto clerk2 = scratch.open();
        IntakeForm mine = typedForm(*clerk1);
        intake::IntakeService(*clerk1, QStringLiteral("clerk1")).save(mine);
        IntakeForm theirs = mine;
        theirs.application.occupation = QStringLiteral("водитель");
        intake::IntakeService(*clerk2, QStringLiteral("clerk2")).save(theirs);
        mine.application.occupation = QStringLiteral("повар");
        const IntakeForm typed = mine;
        QVERIFY_THROWS_EXCEPTION(store::StoreError, intake::IntakeService(*clerk1, QStringLiteral("clerk1")).save(mine));
        QCOMPARE(mine, typed);
        QCOMPARE(store::CaseRepository(*clerk1).find(mine.application.id)->occupation, QStringLiteral("водитель"));
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
