// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

class QSqlQuery;

namespace ruqsat::test {

// Adds the data rows "sqlite" and "postgresql" (column "backend") that store
// tests run on. The PostgreSQL server is the throwaway cluster that ctest
// starts (RUQSAT_TEST_PG); without it the PostgreSQL row fails, never skips.
void addBackendRows();

// Makes new and upgraded password hashes in this test process with 1,000
// PBKDF2 iterations instead of the program's 600,000 (through the test-only
// store::PasswordHash::lowerIterationsForTests), for tests that make many
// accounts or log in many times and prove nothing about the hashing itself.
// Call it in initTestCase(); tests of the hashing keep the program's count.
void lowerPasswordIterations();

// The actor an audit row records for a step the program did as
// `programActor`: that name on SQLite; on PostgreSQL the login of the
// connection, which the server writes whatever the program says (schema 11).
QString recordedActor(const store::Database &db, const QString &programActor);

// A fresh, empty store for one backend: a file in a temporary folder, or a
// new database on the test server that is dropped afterwards.
class ScratchStore
{
public:
    // `pgOptions` is added to CREATE DATABASE on PostgreSQL (a collation, say).
    explicit ScratchStore(const QString &backend, const QString &pgOptions = {});
    ~ScratchStore();
    ScratchStore(const ScratchStore &) = delete;
    ScratchStore &operator=(const ScratchStore &) = delete;

    const store::ConnectionString &where() const { return m_where; }
    std::unique_ptr<store::Database> open() const { return store::Database::open(m_where); }
    bool isSqlite() const { return m_where.isSqlite(); }
    QString dir() const { return m_dir.path(); }

    // Runs one SQL statement outside the store's API (to prepare a broken or
    // foreign database in a test). Fails the test on error.
    void rawExec(const QString &sql) const;
    // Runs statements in order on one connection outside the store's API;
    // fails the test on the first error. Nothing is set on the connection
    // (SQLite's foreign keys are off unless a statement turns them on).
    void rawScript(const QStringList &statements) const;
    // The first value of a query run outside the store's API (to look at a
    // store that refused to open, say); an invalid QVariant on an error.
    QVariant rawScalar(const QString &sql) const;
    // Makes the store as a program of schema `version` left it: the shipped
    // migration files up to that version, run as they were, without
    // reference data. A test of a later migration then fills it with rows.
    void createAtVersion(int version) const;
    // Runs one statement on the PostgreSQL server's maintenance database
    // (ALTER DATABASE of this store, say). Fails the test on error.
    void serverExec(const QString &sql) const;

private:
    // Runs `use` on a connection of its own; returns its error, or the
    // connection's when it cannot open.
    QString withRawConnection(const std::function<QString(QSqlQuery &)> &use) const;

    QTemporaryDir m_dir;
    store::ConnectionString m_where;
    QString m_pgDatabase;
};

// The server address from RUQSAT_TEST_PG, for tests that need it directly.
store::ConnectionString testServer();

// The SHA-256 of a file's bytes (empty when it cannot be read): a store
// refused must be left byte for byte as it was.
QByteArray fileHash(const QString &path);

} // namespace ruqsat::test
