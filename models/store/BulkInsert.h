// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "NativePgStatement.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <memory>

namespace ruqsat::store {

// Inserts many rows of one table with multi-row VALUES statements, prepared
// once: on PostgreSQL one round trip per chunk of up to 1,000 rows (at most
// 30,000 values, under libpq's 65,535), the values sent apart from the text
// (NativePgStatement), so that each statement's fixed cost (executor, row
// security's lookup of the writer's districts) is spread; on SQLite, where there is no round
// trip and parsing a statement with thousands of parameters costs more than it
// saves (measured: 40% of a demo run), chunks of 8 rows. Rows are held until
// flush(), which the caller runs, parents first, before its transaction
// commits.
class BulkInsert
{
public:
    BulkInsert(const Database &db, const QString &table, const QStringList &columns);

    void add(const QVariantList &row);
    void flush();
    qint64 rowsWritten() const { return m_written; }

private:
    QString statement(int rows) const;
    // Writes `rows` rows from m_pending[firstValue]: a full chunk through
    // the statement prepared once, the last, shorter one through its own.
    void writeChunk(qsizetype firstValue, int rows);

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_chunk;
    QSqlQuery m_full;                                // SQLite
    std::unique_ptr<NativePgStatement> m_serverFull; // PostgreSQL
    QVariantList m_pending;
    qint64 m_written = 0;
};

} // namespace ruqsat::store
