// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkInsert.h"

#include "Query.h"

#include <QSqlError>

namespace ruqsat::store {

BulkInsert::BulkInsert(const Database &db, const QString &table, const QStringList &columns)
    : m_db(db), m_table(table), m_columns(columns), m_chunk(db.dialect().isSqlite() ? 8 : 200),
      m_full(db.handle())
{
    if (!m_full.prepare(statement(m_chunk)))
        throwSqlError(m_db, m_full.lastError(), statement(1));
}

QString BulkInsert::statement(int rows) const
{
    QString one = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        one += QLatin1String(",?");
    one += u')';
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values << one;
    return QLatin1String("INSERT INTO ") + m_table + QLatin1String(" (") + m_columns.join(u',') +
           QLatin1String(") VALUES ") + values.join(u',');
}

void BulkInsert::execute(QSqlQuery &query, qsizetype firstValue, int rows)
{
    const qsizetype count = qsizetype(rows) * m_columns.size();
    for (qsizetype i = 0; i < count; ++i)
        query.bindValue(int(i), bindable(m_pending.at(firstValue + i)));
    if (!query.exec())
        throwSqlError(m_db, query.lastError(), statement(1));
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
    int done = 0;
    for (; rows - done >= m_chunk; done += m_chunk)
        execute(m_full, done * width, m_chunk);
    if (rows > done) {
        QSqlQuery rest(m_db.handle());
        if (!rest.prepare(statement(rows - done)))
            throwSqlError(m_db, rest.lastError(), statement(1));
        execute(rest, done * width, rows - done);
    }
    m_pending.clear();
}

} // namespace ruqsat::store
