// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace ruqsat::store {

// Where a store lives: `sqlite:/path/file.db` or
// `postgresql://user@host:port/dbname`. The password is never part of the
// string: it comes from PGPASSWORD or a prompt and is kept in memory only.
struct ConnectionString
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString user, host, database;
    int port = 5432;
    QString password; // never written anywhere
    // libpq's TLS options from the address (sslmode, sslrootcert), in order.
    QList<QPair<QString, QString>> tls;

    static std::optional<ConnectionString> parse(const QString &text, QString *error = nullptr);
    // The default store: a SQLite file in the user's data folder.
    static ConnectionString defaultStore();

    // Printable form, without the password.
    QString toString() const;
    bool isSqlite() const { return backend == Backend::Sqlite; }
};

} // namespace ruqsat::store
