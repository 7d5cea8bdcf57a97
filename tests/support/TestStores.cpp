// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStores.h"

#include "store/PasswordHash.h"
#include "store/SchemaMigrator.h"
#include "store/SqlScript.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace ruqsat::test {

namespace {

// Runs admin statements (CREATE/DROP DATABASE) on the server's maintenance db.
bool onServer(const QString &sql, QString *error)
{
    const store::ConnectionString server = testServer();
    const QString name = QLatin1String("admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setDatabaseName(server.database);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
            db.close();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

store::ConnectionString testServer()
{
    const QString url = qEnvironmentVariable("RUQSAT_TEST_PG");
    const auto parsed = store::ConnectionString::parse(url);
    return parsed ? *parsed : store::ConnectionString{};
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void lowerPasswordIterations()
{
    store::PasswordHash::lowerIterationsForTests(1000);
}

QString recordedActor(const store::Database &db, const QString &programActor)
{
    return db.dialect().isSqlite() ? programActor : db.location().user;
}

ScratchStore::ScratchStore(const QString &backend, const QString &pgOptions)
{
    if (backend == QLatin1String("sqlite")) {
        m_where.backend = store::ConnectionString::Backend::Sqlite;
        m_where.path = m_dir.filePath(QStringLiteral("store.db"));
        return;
    }
    if (qEnvironmentVariableIsEmpty("RUQSAT_TEST_PG"))
        qFatal("RUQSAT_TEST_PG is not set: run the store tests through ctest, which starts the "
               "PostgreSQL test cluster");
    m_where = testServer();
    m_pgDatabase = QLatin1String("ruqsat_t_") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    if (!onServer(QLatin1String("CREATE DATABASE ") + m_pgDatabase + u' ' + pgOptions, &error))
        qFatal("cannot create a test database on %s: %s", qPrintable(m_where.toString()),
               qPrintable(error));
    m_where.database = m_pgDatabase;
}

ScratchStore::~ScratchStore()
{
    if (m_pgDatabase.isEmpty())
        return;
    QString error;
    if (!onServer(QLatin1String("DROP DATABASE IF EXISTS ") + m_pgDatabase + QLatin1String(" WITH (FORCE)"), &error))
        qWarning("cannot drop %s: %s", qPrintable(m_pgDatabase), qPrintable(error));
}

void ScratchStore::serverExec(const QString &sql) const
{
    QString error;
    if (!onServer(sql, &error))
        QFAIL(qPrintable(sql + QLatin1String(": ") + error));
}

void ScratchStore::rawExec(const QString &sql) const
{
    rawScript({sql});
}

QString ScratchStore::withRawConnection(const std::function<QString(QSqlQuery &)> &use) const
{
    const QString name = QLatin1String("raw-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            m_where.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (m_where.isSqlite()) {
            db.setDatabaseName(m_where.path);
        } else {
            db.setHostName(m_where.host);
            db.setPort(m_where.port);
            db.setUserName(m_where.user);
            db.setDatabaseName(m_where.database);
        }
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            error = use(q);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

void ScratchStore::rawScript(const QStringList &statements) const
{
    const QString error = withRawConnection([&statements](QSqlQuery &q) -> QString {
        for (const QString &sql : statements)
            if (!q.exec(sql))
                return sql.left(300) + QLatin1String(": ") + q.lastError().text();
        return QString();
    });
    if (!error.isEmpty())
        QFAIL(qPrintable(error));
}

QVariant ScratchStore::rawScalar(const QString &sql) const
{
    QVariant value;
    withRawConnection([&](QSqlQuery &q) {
        if (q.exec(sql) && q.next())
            value = q.value(0);
        return QString();
    });
    return value;
}

void ScratchStore::createAtVersion(int version) const
{
    const auto kind =
        m_where.isSqlite() ? store::SqlDialect::Kind::Sqlite : store::SqlDialect::Kind::Postgres;
    QStringList statements{QStringLiteral("BEGIN")};
    for (const store::Migration &m : store::SchemaMigrator::available(kind)) {
        if (m.version > version)
            break;
        statements << store::splitSqlScript(m.script);
        statements << QStringLiteral(
                          "INSERT INTO schema_version (version, name, min_compatible, applied_at) "
                          "VALUES (%1, '%2', %3, '2026-01-05T04:00:00.000Z')")
                          .arg(m.version)
                          .arg(m.name)
                          .arg(m.minCompatible);
    }
    statements << QStringLiteral("COMMIT");
    rawScript(statements);
}

} // namespace ruqsat::test
