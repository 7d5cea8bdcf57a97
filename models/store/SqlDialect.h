// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace ruqsat::store {

// The few differences between SQLite and PostgreSQL that the repositories
// must know of. Everything else is one SQL for both.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    // Folder of the migration files under :/schema/.
    QString schemaFolder() const;
    // Opens a write transaction. SQLite takes the write lock at once, so two
    // writers never deadlock upgrading a read lock.
    QString beginWrite() const;
    // Appended to a SELECT inside a write transaction that reads rows it
    // will update: " FOR UPDATE" on PostgreSQL; nothing on SQLite, where
    // BEGIN IMMEDIATE already holds the only write lock.
    QString lockRows() const;

    // Times are stored in UTC: timestamptz on PostgreSQL, fixed-width ISO 8601
    // text on SQLite (which then sorts and compares as text correctly).
    QVariant time(const QDateTime &t) const;
    QDateTime timeFrom(const QVariant &v) const;
    static QVariant date(const QDate &d);
    static QDate dateFrom(const QVariant &v);
    // The moment `dateExpr` (a stored day, at midnight UTC) plus the interval
    // bound at `placeholder` as text "N seconds", comparable with stored
    // moments: the reports place a moment before or after a day's end.
    QString dayPlusSeconds(const QString &dateExpr, const QString &placeholder) const;

private:
    Kind m_kind;
};

} // namespace ruqsat::store
