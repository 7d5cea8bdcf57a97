// SPDX-License-Identifier: GPL-3.0-or-later
// Cases: create, register, optimistic locking, checklist, police checks,
// decisions, attachments; on both backends.
#include "CaseFactory.h"
#include "TestStores.h"
#include "store/AttachmentRepository.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ruqsat;
using namespace ruqsat::records;
using store::StoreError;

class TestCaseRepository : public QObject
{
    Q_OBJECT
private slots:
    void createAndRegister_data() { test::addBackendRows(); }
    void createAndRegister()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Application a = test::CaseFactory(*db).acceptedCase();
        store::CaseRepository cases(*db);
        const auto back = cases.find(a.id);
        QVERIFY(back);
        QCOMPARE(*back, a);
        QCOMPARE(back->status, CaseStatus::Accepted);
        QCOMPARE(back->version, 2); // created, then registered
        QCOMPARE(back->registryNumber, QStringLiteral("2026-000001"));
        QCOMPARE(back->receivedAt, QDateTime(QDate(2026, 3, 20), QTime(10, 15), Qt::UTC));
        QCOMPARE(cases.findByRegistryNumber(a.registryNumber)->id, a.id);
        // A second case gets the next number.
        const Application b = test::CaseFactory(*db).acceptedCase();
        QCOMPARE(b.registryNumber, QStringLiteral("2026-000002"));
        const auto audit = store::AuditLog(*db).forEntity(QStringLiteral("application"), a.id);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(1).action, QStringLiteral("register"));
    }

    // Two connections read the same case; the second save is refused.
    void optimisticLockingAcrossConnections_data() { test::addBackendRows(); }
    void optimisticLockingAcrossConnections()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto clerk1 = scratch.open();
        const auto clerk2 = scratch.open();
        const QString id = test::CaseFactory(*clerk1).acceptedCase().id;
        Application mine = *store::CaseRepository(*clerk1).find(id);
        Application theirs = *store::CaseRepository(*clerk2).find(id);
        mine.workAddress = QStringLiteral("Алматы, ул. Абая, 10, кв. 5 (уточнено)");
        store::CaseRepository(*clerk1).update(mine, QStringLiteral("clerk1"));
        QCOMPARE(mine.version, theirs.version + 1);

        theirs.occupation = QStringLiteral("няня");
        try {
            store::CaseRepository(*clerk2).update(theirs, QStringLiteral("clerk2"));
            QFAIL("the second save overwrote the first");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY(e.message().contains(QString::number(mine.version)));
        }
        const Application stored = *store::CaseRepository(*clerk2).find(id);
        QCOMPARE(stored.workAddress, mine.workAddress); // the first save stands
        QCOMPARE(stored.occupation, QStringLiteral("домработница"));
        QCOMPARE(stored.version, mine.version);
        // The refused copy is intact in memory: nothing typed is lost.
        QCOMPARE(theirs.occupation, QStringLiteral("няня"));
        QCOMPARE(theirs.version, mine.version - 1);
    }

    void checklistUpsert_data() { test::addBackendRows(); }
    void checklistUpsert()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        Application a = test::CaseFactory(*db).acceptedCase();
        store::CaseRepository cases(*db);
        QList<ChecklistItem> items = {{QString(),
                                       QStringLiteral("passport"),
                                       DocumentState::Present,
                                       QStringLiteral("FA1234567"),
                                       QDate(2019, 5, 2),
                                       QDate(2029, 5, 1),
                                       QString(),
                                       {}},
                                      {QString(),
                                       QStringLiteral("insurance"),
                                       DocumentState::Missing,
                                       QString(),
                                       {},
                                       {},
                                       QStringLiteral("to bring tomorrow"),
                                       {}}};
        const int read = a.version;
        cases.saveChecklist(a, items, QStringLiteral("clerk1"));
        QCOMPARE(a.version, read + 1); // the checklist is part of the case
        QCOMPARE(cases.find(a.id)->version, a.version);
        QVERIFY(!items.at(0).id.isEmpty());
        QCOMPARE(cases.checklist(a.id).size(), 2);
        items[1].state = DocumentState::Present;
        items[1].validUntil = QDate(2026, 12, 31);
        const QString insuranceId = items.at(1).id;
        QList<ChecklistItem> update = {items.at(1)};
        cases.saveChecklist(a, update, QStringLiteral("clerk1"));
        QCOMPARE(update.first().id, insuranceId); // same line, updated in place
        const auto stored = cases.checklist(a.id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).docCode, QStringLiteral("insurance"));
        QCOMPARE(stored.at(0).state, DocumentState::Present);
        QCOMPARE(stored.at(0).validUntil, QDate(2026, 12, 31));
        QCOMPARE(stored.at(1), items.at(0));
    }

    // R-REFUSE-7: the IIT receipt's amount is kept on its line; the store
    // refuses a negative one.
    void R_REFUSE_7_checklistKeepsTheAmountPaid_data() { test::addBackendRows(); }
    void R_REFUSE_7_checklistKeepsTheAmountPaid()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        Application a = test::CaseFactory(*db).acceptedCase();
        store::CaseRepository cases(*db);
        ChecklistItem receipt{QString(),
                              QStringLiteral("iit_receipt"),
                              DocumentState::Present,
                              QString(),
                              QDate(2026, 3, 18),
                              {},
                              QString(),
                              qint64(259500)};
        ChecklistItem passport{
            QString(), QStringLiteral("passport"), DocumentState::Present, QString(), {}, {}, {},
            {}};
        QList<ChecklistItem> items{receipt, passport};
        cases.saveChecklist(a, items, QStringLiteral("clerk1"));
        auto stored = cases.checklist(a.id);
        QCOMPARE(stored.at(0).amountKzt, std::optional<qint64>(259500)); // iit_receipt sorts first
        QVERIFY(!stored.at(1).amountKzt);
        items[0].amountKzt = 5000000000LL; // beyond 32 bits
        cases.saveChecklist(a, items, QStringLiteral("clerk1"));
        QCOMPARE(cases.checklist(a.id).at(0).amountKzt, std::optional<qint64>(5000000000LL));
        QList<ChecklistItem> negative{items.at(0)};
        negative[0].amountKzt = -1;
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 cases.saveChecklist(a, negative, QStringLiteral("clerk1")));
        QCOMPARE(cases.checklist(a.id).at(0).amountKzt, std::optional<qint64>(5000000000LL));
    }

    // R-CHECK: the four checks of the day of arrival, one row per item,
    // replaced in place, with who and when; the store refuses an item 5.
    void R_CHECK_arrivalChecksStored_data() { test::addBackendRows(); }
    void R_CHECK_arrivalChecksStored()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Application a = test::CaseFactory(*db).acceptedCase();
        const store::User clerk =
            test::CaseFactory(*db).account(QStringLiteral("clerk1"), Role::Clerk);
        store::CaseRepository cases(*db);
        QList<ArrivalCheck> checks{{3, false, QStringLiteral("not on the list"), {}, clerk.id},
                                   {1, true, {}, {}, {}}};
        cases.saveArrivalChecks(a.id, checks, QStringLiteral("clerk1"));
        QVERIFY(checks.at(0).checkedAt.isValid());
        auto stored = cases.arrivalChecks(a.id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).item, 1); // by item
        QCOMPARE(stored.at(1).item, 3);
        QVERIFY(!stored.at(1).conforms);
        QCOMPARE(stored.at(1).note, QStringLiteral("not on the list"));
        QCOMPARE(stored.at(1).checkedBy, clerk.id);
        QVERIFY(qAbs(stored.at(1).checkedAt.secsTo(checks.at(0).checkedAt)) <= 1);
        QList<ArrivalCheck> again{{3, true, {}, {}, {}}};
        cases.saveArrivalChecks(a.id, again, QStringLiteral("clerk1"));
        stored = cases.arrivalChecks(a.id);
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored.at(1).conforms);
        QCOMPARE(store::AuditLog(*db).forEntity(QStringLiteral("application"), a.id).last().action,
                 QStringLiteral("arrival_checks"));
        QList<ArrivalCheck> bad{{5, true, {}, {}, {}}};
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 cases.saveArrivalChecks(a.id, bad, QStringLiteral("clerk1")));
        QCOMPARE(cases.arrivalChecks(a.id).size(), 2);
    }

    // Two clerks tick the same case's checklist: the second save is refused
    // whole, and the first clerk's lines stand.
    void checklistSecondSaveConflicts_data() { test::addBackendRows(); }
    void checklistSecondSaveConflicts()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto clerk1 = scratch.open();
        const auto clerk2 = scratch.open();
        const QString id = test::CaseFactory(*clerk1).acceptedCase().id;
        Application mine = *store::CaseRepository(*clerk1).find(id);
        Application theirs = *store::CaseRepository(*clerk2).find(id);
        QList<ChecklistItem> first = {{QString(),
                                       QStringLiteral("insurance"),
                                       DocumentState::Present,
                                       QStringLiteral("POL-1"),
                                       {},
                                       QDate(2026, 12, 31),
                                       QString(),
                                       {}}};
        store::CaseRepository(*clerk1).saveChecklist(mine, first, QStringLiteral("clerk1"));
        QList<ChecklistItem> second = {{QString(),
                                        QStringLiteral("insurance"),
                                        DocumentState::Missing,
                                        QString(),
                                        {},
                                        {},
                                        QStringLiteral("none"),
                                        {}},
                                       {QString(),
                                        QStringLiteral("passport"),
                                        DocumentState::Present,
                                        QStringLiteral("FA1"),
                                        {},
                                        {},
                                        QString(),
                                        {}}};
        try {
            store::CaseRepository(*clerk2).saveChecklist(theirs, second, QStringLiteral("clerk2"));
            QFAIL("the second checklist overwrote the first");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        }
        const auto stored = store::CaseRepository(*clerk2).checklist(id);
        QCOMPARE(stored.size(), 1); // nothing of the second, not even its new line
        QCOMPARE(stored.first().state, DocumentState::Present);
        QCOMPARE(stored.first().docNumber, QStringLiteral("POL-1"));
        QCOMPARE(store::CaseRepository(*clerk2).find(id)->version, mine.version);
        QCOMPARE(theirs.version, mine.version - 1); // the refused copy is as it was
        QCOMPARE(second.at(1).id, QString());
    }

    // Each changed field of each line, before and after; unchanged ones not.
    void checklistAuditKeepsBeforeAndAfter_data() { test::addBackendRows(); }
    void checklistAuditKeepsBeforeAndAfter()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        Application a = test::CaseFactory(*db).acceptedCase();
        store::CaseRepository cases(*db);
        QList<ChecklistItem> items = {{QString(),
                                       QStringLiteral("insurance"),
                                       DocumentState::Missing,
                                       QString(),
                                       {},
                                       {},
                                       QStringLiteral("to bring tomorrow"),
                                       {}}};
        cases.saveChecklist(a, items, QStringLiteral("clerk1"));
        auto audit = store::AuditLog(*db).forEntity(QStringLiteral("application"), a.id);
        QJsonObject line = audit.last()
                               .details.value(QStringLiteral("lines"))
                               .toObject()
                               .value(QStringLiteral("insurance"))
                               .toObject();
        QCOMPARE(line.value(QStringLiteral("state")).toObject().value(QStringLiteral("before")),
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(line.value(QStringLiteral("state"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("missing"));
        items[0].state = DocumentState::Present;
        items[0].validUntil = QDate(2026, 12, 31);
        cases.saveChecklist(a, items, QStringLiteral("clerk2"));
        audit = store::AuditLog(*db).forEntity(QStringLiteral("application"), a.id);
        QCOMPARE(audit.last().actor, test::recordedActor(*db, QStringLiteral("clerk2")));
        QCOMPARE(audit.last().action, QStringLiteral("checklist"));
        line = audit.last()
                   .details.value(QStringLiteral("lines"))
                   .toObject()
                   .value(QStringLiteral("insurance"))
                   .toObject();
        QCOMPARE(line.keys(),
                 (QStringList{QStringLiteral("state"), QStringLiteral("valid_until")}));
        QCOMPARE(line.value(QStringLiteral("state"))
                     .toObject()
                     .value(QStringLiteral("before"))
                     .toString(),
                 QStringLiteral("missing"));
        QCOMPARE(line.value(QStringLiteral("state"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("present"));
        QCOMPARE(
            line.value(QStringLiteral("valid_until")).toObject().value(QStringLiteral("before")),
            QJsonValue(QJsonValue::Null));
        QCOMPARE(line.value(QStringLiteral("valid_until"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("2026-12-31"));
        const QJsonObject version =
            audit.last().details.value(QStringLiteral("version")).toObject();
        QCOMPARE(version.value(QStringLiteral("after")).toInt(), a.version);
        QCOMPARE(version.value(QStringLiteral("before")).toInt(), a.version - 1);
    }

    // An update, a registration and a status change each keep what changed.
    void caseAuditKeepsBeforeAndAfter_data() { test::addBackendRows(); }
    void caseAuditKeepsBeforeAndAfter()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        Application a = test::CaseFactory(*db).acceptedCase();
        store::CaseRepository cases(*db);
        const QString before = a.workAddress;
        a.workAddress = QStringLiteral("Алматы, ул. Абая, 10, кв. 6");
        a.requestedMonths = 9;
        cases.update(a, QStringLiteral("clerk2"));
        auto audit = store::AuditLog(*db).forEntity(QStringLiteral("application"), a.id);
        QJsonObject details = audit.last().details;
        QCOMPARE(details.keys(),
                 (QStringList{QStringLiteral("requested_months"), QStringLiteral("version"),
                              QStringLiteral("work_address")}));
        QCOMPARE(details.value(QStringLiteral("work_address"))
                     .toObject()
                     .value(QStringLiteral("before"))
                     .toString(),
                 before);
        QCOMPARE(details.value(QStringLiteral("work_address"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 a.workAddress);
        QCOMPARE(details.value(QStringLiteral("requested_months"))
                     .toObject()
                     .value(QStringLiteral("before"))
                     .toInt(),
                 6);
        QCOMPARE(details.value(QStringLiteral("requested_months"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toInt(),
                 9);
        cases.setStatus(a, CaseStatus::PoliceCheck, QStringLiteral("clerk2"));
        details =
            store::AuditLog(*db).forEntity(QStringLiteral("application"), a.id).last().details;
        QCOMPARE(details.value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("before"))
                     .toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(details.value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("police_check"));
        QVERIFY(!details.contains(QStringLiteral("work_address")));
    }

    void policeCheck_data() { test::addBackendRows(); }
    void policeCheck()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Application a = test::CaseFactory(*db).acceptedCase();
        store::CaseRepository cases(*db);
        PoliceCheck check;
        check.applicationId = a.id;
        check.sentAt = QDateTime(QDate(2026, 3, 20), QTime(11, 0), Qt::UTC);
        check.answerDueOn = QDate(2026, 3, 24);
        cases.recordPoliceRequest(check, QStringLiteral("clerk1"));
        QVERIFY(!cases.policeChecks(a.id).first().positive.has_value());
        cases.recordPoliceAnswer(check.id, false,
                                 QDateTime(QDate(2026, 3, 24), QTime(5, 0), Qt::UTC),
                                 QStringLiteral("ДП-77"), QStringLiteral("clerk1"));
        const auto stored = cases.policeChecks(a.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().positive, std::optional<bool>(false));
        QCOMPARE(stored.first().reference, QStringLiteral("ДП-77"));
        QCOMPARE(stored.first().answerDueOn, QDate(2026, 3, 24));
        // An answer is recorded once.
        QVERIFY_THROWS_EXCEPTION(
            StoreError, cases.recordPoliceAnswer(check.id, true, QDateTime::currentDateTimeUtc(),
                                                 QString(), QStringLiteral("clerk1")));
    }

    void refusalDecisions_data() { test::addBackendRows(); }
    void refusalDecisions()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Application a = test::CaseFactory(*db).acceptedCase();
        store::CaseRepository cases(*db);
        Decision intake;
        intake.applicationId = a.id;
        intake.kind = DecisionKind::RefuseIntake;
        intake.missingDocuments = {QStringLiteral("insurance"),
                                   QStringLiteral("medical_certificate")};
        cases.recordDecision(intake, QStringLiteral("clerk1"));
        Decision refusal;
        refusal.applicationId = a.id;
        refusal.kind = DecisionKind::Refuse;
        refusal.groundId = 3;
        refusal.groundText = QStringLiteral("negative police answer");
        cases.recordDecision(refusal, QStringLiteral("head1"));
        const auto stored = cases.decisions(a.id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).missingDocuments, intake.missingDocuments);
        QCOMPARE(stored.at(1).groundId, 3);
        // A refusal without a ground is refused by the store.
        Decision bare;
        bare.applicationId = a.id;
        bare.kind = DecisionKind::Refuse;
        QVERIFY_THROWS_EXCEPTION(StoreError, cases.recordDecision(bare, QStringLiteral("head1")));
        QCOMPARE(cases.decisions(a.id).size(), 2);
    }

    void attachments_data() { test::addBackendRows(); }
    void attachments()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Application a = test::CaseFactory(*db).acceptedCase();
        store::AttachmentRepository scans(*db);
        QByteArray png("\x89PNG\r\n\x1A\n", 8);
        png.append(QByteArray(5000, '\x00'));
        png.append("end");
        const auto added = scans.add(a.id, QStringLiteral("паспорт.png"), png, QString(),
                                     QStringLiteral("clerk1"));
        QCOMPARE(added.mediaType, QStringLiteral("image/png"));
        QCOMPARE(added.sizeBytes, png.size());
        QCOMPARE(
            added.sha256,
            QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(scans.content(added.id), png); // bytes with NULs survive both drivers
        const auto listed = scans.forApplication(a.id);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().fileName, QStringLiteral("паспорт.png"));
        scans.remove(added.id, QStringLiteral("clerk1"));
        QVERIFY(scans.forApplication(a.id).isEmpty());
    }

    void attachmentTypeAndSizeRefused_data() { test::addBackendRows(); }
    void attachmentTypeAndSizeRefused()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const Application a = test::CaseFactory(*db).acceptedCase();
        store::AttachmentRepository scans(*db);
        try {
            scans.add(a.id, QStringLiteral("scan.pdf"), QByteArray("PK\x03\x04 a zip"), QString(),
                      QStringLiteral("c"));
            QFAIL("a zip named .pdf was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY(e.message().contains(QLatin1String("scan.pdf")));
        }
        QByteArray big("%PDF-1.7\n");
        big.append(QByteArray(int(scans.sizeLimit()), 'x'));
        try {
            scans.add(a.id, QStringLiteral("big.pdf"), big, QString(), QStringLiteral("c"));
            QFAIL("a file over the limit was accepted");
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(QLatin1String("big.pdf")));
        }
        QVERIFY(scans.forApplication(a.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_case_repository.moc"
