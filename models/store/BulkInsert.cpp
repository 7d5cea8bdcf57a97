// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkInsert.h"

#include "Query.h"

#include <QSqlError>
#include <algorithm>
#include <optional>

namespace ruqsat::store {

BulkInsert::BulkInsert(const Database &db, const QString &table, const QStringList &columns)
    : m_db(db), m_table(table), m_columns(columns),
      m_chunk(db.dialect().isSqlite()
                  ? 8
                  : int(std::clamp<qsizetype>(30'000 / columns.size(), 1, 1000))),
      m_full(db.handle())
{
    if (!db.dialect().isSqlite())
        m_serverFull = std::make_unique<NativePgStatement>(db, statement(m_chunk),
                                                           int(m_chunk * columns.size()));
    else if (!m_full.prepare(statement(m_chunk)))
        throwSqlError(m_db, m_full.lastError(), statement(1));
}

QString BulkInsert::statement(int rows) const
{
    // SQLite takes "?"; libpq numbers its parameters.
    const bool numbered = !m_db.dialect().isSqlite();
    QStringList values;
    values.reserve(rows);
    int next = 1;
    for (int i = 0; i < rows; ++i) {
        QString one = QStringLiteral("(");
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                one += u',';
            one += numbered ? u'$' + QString::number(next++) : QStringLiteral("?");
        }
        values << one + u')';
    }
    return QLatin1String("INSERT INTO ") + m_table + QLatin1String(" (") + m_columns.join(u',') +
           QLatin1String(") VALUES ") + values.join(u',');
}

void BulkInsert::writeChunk(qsizetype firstValue, int rows)
{
    const bool full = rows == m_chunk;
    const int values = int(rows * m_columns.size());
    if (!m_db.dialect().isSqlite()) {
        if (full)
            m_serverFull->execute(m_pending, firstValue);
        else
            NativePgStatement(m_db, statement(rows), values).execute(m_pending, firstValue);
    } else {
        std::optional<QSqlQuery> rest;
        if (!full) {
            rest.emplace(m_db.handle());
            if (!rest->prepare(statement(rows)))
                throwSqlError(m_db, rest->lastError(), statement(1));
        }
        QSqlQuery &query = full ? m_full : *rest;
        for (int i = 0; i < values; ++i)
            query.bindValue(i, bindable(m_pending.at(firstValue + i)));
        if (!query.exec())
            throwSqlError(m_db, query.lastError(), statement(1));
    }
    m_written += rows;
}

void BulkInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending.append(row);
}

void BulkInsert::flush()
{
    // Rows wait for flush() so that a caller can write parents before children.
    const qsizetype width = m_columns.size();
    const int rows = int(m_pending.size() / width);
    for (int done = 0; done < rows; done += m_chunk)
        writeChunk(done * width, std::min(m_chunk, rows - done));
    m_pending.clear();
}

} // namespace ruqsat::store
