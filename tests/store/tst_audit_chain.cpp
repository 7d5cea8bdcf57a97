// SPDX-License-Identifier: GPL-3.0-or-later
// The tamper-evident audit log (schema 10): every row chained by SHA-256 to
// the one before; `audit verify` names the first row altered, removed or
// inserted, on both backends; the log is append-only for everyone the
// triggers see, SQLite's INSERT OR REPLACE included; a store whose triggers
// were dropped opens read-only; the rows of older stores are chained when
// they are upgraded.
#include "CaseFactory.h"
#include "MigrationSupport.h"
#include "TestStores.h"
#include "cli/Command.h"
#include "store/AuditLog.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QJsonDocument>
#include <QTest>

using namespace ruqsat;
using audit::ChainVerdict;
using store::StoreError;
using test::count;

namespace {

// A store with a few audited changes in it; returns the number of rows.
qint64 someChanges(const store::Database &db)
{
    test::CaseFactory factory(db);
    factory.acceptedCase();
    factory.acceptedCase();
    return count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
}

// A row in the middle of the log.
qint64 middleRow(const store::Database &db)
{
    return count(db, QStringLiteral("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 2"));
}

// Runs `sql` as the table's owner or the file's owner can, around the
// triggers that keep the log append-only: what tampering looks like.
void tamper(const test::ScratchStore &scratch, const QString &sql)
{
    if (!scratch.isSqlite()) {
        scratch.rawScript({QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"), sql,
                           QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")});
        return;
    }
    QStringList triggers;
    for (const QString &name : {QStringLiteral("audit_log_no_update"),
                                QStringLiteral("audit_log_no_delete"),
                                QStringLiteral("audit_log_no_replace"),
                                QStringLiteral("audit_log_chained")})
        triggers << scratch.rawScalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'")
                                          .arg(name))
                        .toString();
    QStringList script{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                       QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                       QStringLiteral("DROP TRIGGER audit_log_no_replace"),
                       QStringLiteral("DROP TRIGGER audit_log_chained"), sql};
    scratch.rawScript(script + triggers);
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT
private slots:
    void untouchedLogVerifies_data() { test::addBackendRows(); }
    void untouchedLogVerifies()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const qint64 rows = someChanges(*db);
        QVERIFY(rows >= 4);
        const ChainVerdict verdict = store::AuditLog(*db).verify();
        QVERIFY2(verdict.ok(), qPrintable(verdict.message()));
        QCOMPARE(verdict.rows, rows);
        QCOMPARE(verdict.lastId, count(*db, QStringLiteral("SELECT max(id) FROM audit_log")));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE hash = '' OR "
                                           "length(hash) <> 64")),
                 0);
    }

    // A step's rows land with its COMMIT, in the order they were made, and
    // chain; a step rolled back leaves none. On a server the desk keeps
    // them until COMMIT (the chain's lock is held from there only).
    void aStepsRowsLandWithItsCommit_data() { test::addBackendRows(); }
    void aStepsRowsLandWithItsCommit()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const qint64 before = someChanges(*db);
        const store::AuditLog log(*db);
        {
            store::Transaction tx(*db);
            for (const char *action : {"first", "second", "third"})
                log.append(QStringLiteral("clerk1"), QStringLiteral("setting"),
                           QStringLiteral("test.key"), QLatin1String(action));
            if (!scratch.isSqlite())
                QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")), before);
            tx.commit();
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")), before + 3);
        QStringList actions;
        store::Query last(*db,
                          QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 3"));
        last.exec();
        while (last.next())
            actions.prepend(last.value(0).toString());
        QCOMPARE(actions, (QStringList{QStringLiteral("first"), QStringLiteral("second"),
                                       QStringLiteral("third")}));
        {
            store::Transaction tx(*db);
            log.append(QStringLiteral("clerk1"), QStringLiteral("setting"),
                       QStringLiteral("test.key"), QStringLiteral("rolled back"));
        }
        {
            store::Transaction tx(*db); // the next step does not carry the rolled-back row
            log.append(QStringLiteral("clerk1"), QStringLiteral("setting"),
                       QStringLiteral("test.key"), QStringLiteral("fourth"));
            tx.commit();
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")), before + 4);
        QCOMPARE(count(*db, QStringLiteral(
                                "SELECT count(*) FROM audit_log WHERE action = 'rolled back'")),
                 0);
        const ChainVerdict verdict = log.verify();
        QVERIFY2(verdict.ok(), qPrintable(verdict.message()));
    }

    void alteredRowNamed_data() { test::addBackendRows(); }
    void alteredRowNamed()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        qint64 row = 0;
        {
            const auto db = scratch.open();
            someChanges(*db);
            row = middleRow(*db);
        }
        tamper(scratch, QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE id = %1").arg(row));
        const auto db = scratch.open();
        const ChainVerdict verdict = store::AuditLog(*db).verify();
        QCOMPARE(verdict.problem, ChainVerdict::Problem::Altered);
        QCOMPARE(verdict.badRow, row);
        QVERIFY2(verdict.message().contains(QString::number(row)), qPrintable(verdict.message()));
    }

    void removedRowNamed_data() { test::addBackendRows(); }
    void removedRowNamed()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        qint64 row = 0, next = 0;
        {
            const auto db = scratch.open();
            someChanges(*db);
            row = middleRow(*db);
            next = count(*db, QStringLiteral("SELECT min(id) FROM audit_log WHERE id > %1").arg(row));
        }
        tamper(scratch, QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(row));
        const auto db = scratch.open();
        const ChainVerdict verdict = store::AuditLog(*db).verify();
        QCOMPARE(verdict.problem, ChainVerdict::Problem::Unlinked);
        QCOMPARE(verdict.badRow, next);
    }

    void insertedRowNamed_data() { test::addBackendRows(); }
    void insertedRowNamed()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        qint64 last = 0;
        {
            const auto db = scratch.open();
            someChanges(*db);
            last = count(*db, QStringLiteral("SELECT max(id) FROM audit_log"));
        }
        // A row slipped in at the end, claiming to follow the first row.
        tamper(scratch, QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, "
                                       "details, prev_hash, hash) SELECT at, 'admin', 'user', 'x', "
                                       "'set_role', '{}', hash, hash FROM audit_log WHERE id = "
                                       "(SELECT min(id) FROM audit_log)"));
        const auto db = scratch.open();
        const ChainVerdict verdict = store::AuditLog(*db).verify();
        QCOMPARE(verdict.problem, ChainVerdict::Problem::Unlinked);
        QVERIFY(verdict.badRow > last);
        QCOMPARE(verdict.lastId, last); // everything before it still verifies
    }

    // The triggers refuse UPDATE, DELETE, an unchained INSERT, SQLite's
    // INSERT OR REPLACE of an existing row and PostgreSQL's TRUNCATE, to the
    // program and to a plain SQL session alike.
    void logIsAppendOnly_data() { test::addBackendRows(); }
    void logIsAppendOnly()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const qint64 rows = someChanges(*db);
        const qint64 row = middleRow(*db);
        const QStringList refused{
            QStringLiteral("UPDATE audit_log SET actor = 'y'"),
            QStringLiteral("UPDATE audit_log SET hash = '' WHERE id = %1").arg(row),
            QStringLiteral("DELETE FROM audit_log"),
            QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES "
                           "('2026-01-05T04:00:00.000Z', 'test', 'case', 'x', 'create')"),
        };
        for (const QString &sql : refused)
            QVERIFY_THROWS_EXCEPTION(StoreError, store::execute(*db, sql));
        if (scratch.isSqlite())
            QVERIFY_THROWS_EXCEPTION(
                StoreError,
                store::execute(*db, QStringLiteral(
                                        "INSERT OR REPLACE INTO audit_log (id, at, actor, entity, "
                                        "entity_id, action, details, prev_hash, hash) SELECT id, at, "
                                        "'forger', entity, entity_id, action, details, prev_hash, "
                                        "hash FROM audit_log WHERE id = %1")
                                        .arg(row)));
        else
            QVERIFY_THROWS_EXCEPTION(StoreError,
                                     store::execute(*db, QStringLiteral("TRUNCATE audit_log")));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")), rows);
        QVERIFY(store::AuditLog(*db).verify().ok());
    }

    // A store whose log lost a trigger opens for reading only, and says why.
    void droppedTriggerMakesTheStoreReadOnly_data() { test::addBackendRows(); }
    void droppedTriggerMakesTheStoreReadOnly()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        {
            const auto db = scratch.open();
            someChanges(*db);
            QVERIFY(!db->isReadOnly());
        }
        scratch.rawExec(scratch.isSqlite()
                            ? QStringLiteral("DROP TRIGGER audit_log_no_delete")
                            : QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"));
        const auto db = scratch.open();
        QVERIFY(db->isReadOnly());
        QVERIFY2(db->readOnlyNotice().contains(QLatin1String("audit")), qPrintable(db->readOnlyNotice()));
        try {
            test::CaseFactory(*db).acceptedCase();
            QFAIL("a change was written to a store whose audit log is unguarded");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
            QVERIFY2(e.message().contains(QLatin1String("audit")), qPrintable(e.message()));
        }
        QVERIFY(store::AuditLog(*db).verify().ok()); // reading goes on
    }

    // Schema 10 chains the rows older programs wrote, in the same step.
    void olderRowsChainedByTheUpgrade_data() { test::addBackendRows(); }
    void olderRowsChainedByTheUpgrade()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        scratch.createAtVersion(9);
        QStringList rows;
        for (int i = 1; i <= 3; ++i)
            rows << QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, "
                                   "details) VALUES ('2026-03-0%1T04:00:00.123Z', 'clerk1', "
                                   "'application', 'a%1', 'create', '{\"n\":%1}')")
                        .arg(i);
        scratch.rawScript(rows);
        const auto db = scratch.open();
        const ChainVerdict verdict = store::AuditLog(*db).verify();
        QVERIFY2(verdict.ok(), qPrintable(verdict.message()));
        QCOMPARE(verdict.rows, 3);
        someChanges(*db); // and the program's rows follow them
        QVERIFY(store::AuditLog(*db).verify().ok());
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'clerk1' "
                                           "AND action = 'create' AND entity = 'application'")),
                 3);
    }

    void commandLineVerifies_data() { test::addBackendRows(); }
    void commandLineVerifies()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        qint64 row = 0;
        {
            const auto db = scratch.open();
            someChanges(*db);
            row = middleRow(*db);
        }
        auto run = [&scratch](QString *out, QString *err) {
            QTextStream o(out), e(err);
            cli::CommandIo io{o, e};
            const int code = cli::runCommandLine({QStringLiteral("audit"), QStringLiteral("verify"),
                                                  QStringLiteral("--json"), QStringLiteral("--db"),
                                                  scratch.where().toString()},
                                                 io);
            o.flush();
            e.flush();
            return code;
        };
        QString out, err;
        const int intact = run(&out, &err);
        QVERIFY2(intact == 0, qPrintable(out + err));
        QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("rows_verified")).toInteger() >= 4);
        QCOMPARE(json.value(QStringLiteral("last_hash")).toString().size(), 64);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        tamper(scratch, QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE id = %1").arg(row));
        out.clear();
        QCOMPARE(run(&out, &err), 1);
        json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("row")).toInteger(), row);
        QCOMPARE(json.value(QStringLiteral("problem")).toString(), QStringLiteral("altered"));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
