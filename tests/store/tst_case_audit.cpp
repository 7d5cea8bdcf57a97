// SPDX-License-Identifier: GPL-3.0-or-later
// The audit rows of one case (AuditLog::forCase), oldest first: the case's
// own, its permit's, its immigrant's and employer's, its complaints' (on the
// case and on its permit); nothing of another case, on both backends.
#include "CaseFactory.h"
#include "TestStores.h"
#include "records/Permit.h"
#include "store/AuditLog.h"
#include "store/CaseRepository.h"
#include "store/ComplaintRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/QuotaRepository.h"

#include <QTest>

using namespace ruqsat;

namespace {

const QString kClerk = QStringLiteral("clerk1");

QString complaintOn(const store::Database &db, const QString &applicationId,
                    const QString &permitId)
{
    records::Complaint c;
    c.applicationId = applicationId;
    c.permitId = permitId;
    c.addressee = QStringLiteral("provider");
    c.complainant = QStringLiteral("Karimov R.");
    c.summary = QStringLiteral("The permit was late");
    c.registeredOn = QDate(2026, 4, 1);
    c.dueOn = QDate(2026, 4, 15);
    return store::ComplaintRepository(db).create(c, kClerk);
}

// The (entity, entity id) of each entry, in order.
QStringList keys(const QList<store::AuditEntry> &entries)
{
    QStringList list;
    for (const store::AuditEntry &e : entries)
        list << e.entity + u'/' + e.entityId;
    return list;
}

} // namespace

class TestCaseAudit : public QObject
{
    Q_OBJECT
private slots:
    void everyRecordOfTheCaseOldestFirst_data() { test::addBackendRows(); }
    void everyRecordOfTheCaseOldestFirst()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), 2026, 5,
                                             QStringLiteral("admin"));
        records::Application app = factory.acceptedCase();
        const records::Application other = factory.acceptedCase();
        const records::Permit permit =
            factory.issuePermit(app, QDate(2026, 4, 1), QDate(2026, 9, 30));
        const records::Permit otherPermit =
            factory.issuePermit(other, QDate(2026, 4, 1), QDate(2026, 9, 30));
        const QString onCase = complaintOn(*db, app.id, QString());
        const QString onPermit = complaintOn(*db, QString(), permit.id);
        complaintOn(*db, other.id, otherPermit.id);
        auto person = *store::ImmigrantRepository(*db).find(app.immigrantId);
        person.phone = QStringLiteral("+7 701 555 0101");
        store::ImmigrantRepository(*db).update(person, kClerk);

        const QList<store::AuditEntry> history = store::AuditLog(*db).forCase(app.id);
        const QStringList seen = keys(history);
        const QStringList expectedKeys{QStringLiteral("application/") + app.id,
                                       QStringLiteral("permit/") + permit.id,
                                       QStringLiteral("immigrant/") + app.immigrantId,
                                       QStringLiteral("employer/") + app.employerId,
                                       QStringLiteral("complaint/") + onCase,
                                       QStringLiteral("complaint/") + onPermit};
        for (const QString &expected : expectedKeys)
            QVERIFY2(seen.contains(expected), qPrintable(expected + u'\n' + seen.join(u'\n')));
        // Nothing of the other case, its permit, people or complaint.
        const QStringList otherKeys = keys(store::AuditLog(*db).forCase(other.id));
        for (const QString &key : seen)
            QVERIFY2(!otherKeys.contains(key), qPrintable(key));
        // Every row of each record, no more: the log's own rows per record.
        const int own = int(
            store::AuditLog(*db).forEntity(QStringLiteral("application"), app.id).size() +
            store::AuditLog(*db).forEntity(QStringLiteral("permit"), permit.id).size() +
            store::AuditLog(*db).forEntity(QStringLiteral("immigrant"), app.immigrantId).size() +
            store::AuditLog(*db).forEntity(QStringLiteral("employer"), app.employerId).size() +
            store::AuditLog(*db).forEntity(QStringLiteral("complaint"), onCase).size() +
            store::AuditLog(*db).forEntity(QStringLiteral("complaint"), onPermit).size());
        QCOMPARE(history.size(), own);
        // Oldest first, across the records.
        for (int i = 1; i < history.size(); ++i)
            QVERIFY(history.at(i - 1).id < history.at(i).id);
        QCOMPARE(history.first().entity, QStringLiteral("immigrant")); // created before the case
        // The immigrant's update: its actor and its before and after.
        const store::AuditEntry &last = history.last();
        QCOMPARE(last.entity, QStringLiteral("immigrant"));
        QCOMPARE(last.action, QStringLiteral("update"));
        QCOMPARE(last.actor, test::recordedActor(*db, kClerk));
        QCOMPARE(last.details.value(QLatin1String("phone"))
                     .toObject()
                     .value(QLatin1String("after"))
                     .toString(),
                 QStringLiteral("+7 701 555 0101"));
    }

    void unknownCaseHasNoHistory_data() { test::addBackendRows(); }
    void unknownCaseHasNoHistory()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory(*db).acceptedCase();
        QVERIFY(store::AuditLog(*db)
                    .forCase(QStringLiteral("00000000-0000-0000-0000-000000000000"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseAudit)
#include "tst_case_audit.moc"
