// SPDX-License-Identifier: GPL-3.0-or-later
// Many rows written at once (store::BulkInsert, the demo's writer): on a
// server through libpq with the values apart from the statement. Every kind
// of value comes back as written, full chunks and the rest alike, and a
// refused row is a clear error that writes nothing.
#include "TestStores.h"
#include "store/Binding.h"
#include "store/BulkInsert.h"
#include "store/Query.h"
#include "store/SqlDialect.h"
#include "store/StoreError.h"

#include <QTest>

using namespace ruqsat;

namespace {

const QStringList kColumns{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note"),
                           QStringLiteral("amount"), QStringLiteral("day")};

// Row n as written: text with quotes, a backslash, Kazakh letters and a
// line break; a NULL note on odd rows and an empty one on the others.
QVariantList row(int n)
{
    return {n, QStringLiteral("Әлия O'Brien \\ -- ; %1\nҚ").arg(n),
            n % 2 ? store::textOrNull(QString()) : QVariant(QString()), qint64(9'000'000'000) + n,
            store::SqlDialect::date(QDate(2026, 1, 1).addDays(n))};
}

// A fresh store of `backend` with an empty table bulk_rows of kColumns.
struct BulkTable
{
    test::ScratchStore scratch;
    std::unique_ptr<store::Database> db;

    explicit BulkTable(const QString &backend) : scratch(backend), db(scratch.open())
    {
        store::execute(
            *db, QStringLiteral("CREATE TABLE bulk_rows (id integer PRIMARY KEY, name text "
                                "NOT NULL, note text, amount bigint NOT NULL, day date NOT NULL)"));
    }
};

} // namespace

class TestBulkInsert : public QObject
{
    Q_OBJECT
private slots:
    void rowsComeBackAsWritten_data() { test::addBackendRows(); }
    void rowsComeBackAsWritten()
    {
        QFETCH(QString, backend);
        const BulkTable table(backend);
        const auto &db = table.db;
        constexpr int kRows = 2450; // two chunks of 1,000 on a server, and 450
        {
            store::Transaction tx(*db);
            store::BulkInsert bulk(*db, QStringLiteral("bulk_rows"), kColumns);
            for (int n = 1; n <= kRows; ++n)
                bulk.add(row(n));
            bulk.flush();
            QCOMPARE(bulk.rowsWritten(), qint64(kRows));
            tx.commit();
        }
        store::Query q(
            *db, QStringLiteral("SELECT id, name, note, amount, day FROM bulk_rows ORDER BY id"));
        q.exec();
        int n = 0;
        while (q.next()) {
            ++n;
            const QVariantList expected = row(n);
            QCOMPARE(q.value(0).toInt(), n);
            QCOMPARE(q.value(1).toString(), expected.at(1).toString());
            QCOMPARE(q.value(2).isNull(), n % 2 == 1);
            if (n % 2 == 0)
                QCOMPARE(q.value(2).toString(), QString());
            QCOMPARE(q.value(3).toLongLong(), expected.at(3).toLongLong());
            QCOMPARE(store::SqlDialect::dateFrom(q.value(4)), QDate(2026, 1, 1).addDays(n));
        }
        QCOMPARE(n, kRows);
    }

    void refusedRowWritesNothing_data() { test::addBackendRows(); }
    void refusedRowWritesNothing()
    {
        QFETCH(QString, backend);
        const BulkTable table(backend);
        const auto &db = table.db;
        try {
            store::Transaction tx(*db);
            store::BulkInsert bulk(*db, QStringLiteral("bulk_rows"), kColumns);
            for (int n = 1; n <= 1300; ++n)
                bulk.add(row(n == 1250 ? 7 : n)); // row 7 twice, in the second statement
            bulk.flush();
            tx.commit();
            QFAIL("a duplicate key was written");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Invalid);
            QVERIFY2(e.message().contains(QLatin1String("refused")), qPrintable(e.message()));
        }
        QCOMPARE(
            store::Query(*db, QStringLiteral("SELECT count(*) FROM bulk_rows")).scalar().toInt(),
            0);
        // The connection goes on: the next statement runs.
        store::execute(
            *db, QStringLiteral("INSERT INTO bulk_rows VALUES (1, 'x', NULL, 1, '2026-01-01')"));
        QCOMPARE(
            store::Query(*db, QStringLiteral("SELECT count(*) FROM bulk_rows")).scalar().toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "tst_bulk_insert.moc"
