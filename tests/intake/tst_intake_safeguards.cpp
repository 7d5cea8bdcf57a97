// SPDX-License-Identifier: GPL-3.0-or-later
// Intake that keeps what was typed and overwrites nothing: impossible dates
// and oversized texts refused beside their fields, a known employer never
// renamed silently, and two clerks saving the same case (a conflict shows
// both versions), on both backends.
#include "IntakeTestForms.h"
#include "TestStores.h"
#include "domain/FieldLimits.h"
#include "intake/DraftStore.h"
#include "intake/IntakeService.h"
#include "intake/IntakeValidator.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat;
using intake::IntakeForm;
using test::typedForm;
using test::validIin;

class TestIntakeSafeguards : public QObject
{
    Q_OBJECT
private slots:
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

    // A clerk files into their own districts (issue #11): a case of another
    // district is refused with its reason, the form is kept and nothing is
    // written; a district of the scope saves.
    void caseOfAnotherDistrictNotSaved_data() { test::addBackendRows(); }
    void caseOfAnotherDistrictNotSaved()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const QList<int> districts = test::CaseFactory(*db).twoDistricts();
        IntakeForm f = typedForm(*db);
        const IntakeForm typed = f;
        try {
            intake::IntakeService(*db, QStringLiteral("clerk1"), {districts.at(1)}).save(f);
            QFAIL("a case of another district was saved");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Forbidden);
            QCOMPARE(e.message(), QStringLiteral("The application was not saved: its district is not one of yours."));
        }
        QCOMPARE(f.toJson(), typed.toJson());
        for (const char *table : {"immigrants", "employers", "applications"})
            QCOMPARE(store::Query(*db, QLatin1String("SELECT count(*) FROM ") + QLatin1String(table))
                         .scalar()
                         .toInt(),
                     0);
        intake::IntakeService(*db, QStringLiteral("clerk1"), districts).save(f);
        QVERIFY(!f.application.id.isEmpty());
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT district_id FROM applications")).scalar().toInt(),
                 districts.at(0));
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
        QCOMPARE(audit.last().actor, test::recordedActor(*clerk1, QStringLiteral("clerk1")));
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

QTEST_GUILESS_MAIN(TestIntakeSafeguards)
#include "tst_intake_safeguards.moc"
