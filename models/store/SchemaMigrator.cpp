// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaMigrator.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "SchemaCheck.h"
#include "SearchText.h"
#include "SqlScript.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ruqsat::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::SchemaMigrator", text);
}

// Serialises concurrent migrations of one PostgreSQL database.
constexpr int kMigrationLockKey = 72707;

} // namespace

SchemaLevel readSchemaLevel(QSqlQuery &query)
{
    SchemaLevel level;
    // A step's min_compatible holds for every later version too: a step that
    // only adds something declares a low one, but the database still needs
    // what an earlier step required. So the largest of all steps counts.
    if (query.exec(QStringLiteral("SELECT max(version), max(min_compatible) FROM schema_version")) &&
        query.next() && !query.isNull(0)) {
        level.version = query.value(0).toInt();
        level.minCompatible = query.value(1).toInt();
    }
    query.finish();
    return level;
}

QList<Migration> SchemaMigrator::available(SqlDialect::Kind kind)
{
    const QString folder = QLatin1String(":/schema/") + SqlDialect(kind).schemaFolder();
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> steps;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = fileName.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(folder + u'/' + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.script = QString::fromUtf8(f.readAll());
        const QString declared = sqlScriptHeader(m.script, QStringLiteral("min_compatible"));
        m.minCompatible = declared.isEmpty() ? m.version : declared.toInt();
        m.foreignKeysOff =
            sqlScriptHeader(m.script, QStringLiteral("foreign_keys")) == QLatin1String("off");
        m.then = sqlScriptHeader(m.script, QStringLiteral("then"));
        steps << m;
    }
    return steps;
}

int SchemaMigrator::programVersion(SqlDialect::Kind kind)
{
    const auto steps = available(kind);
    return steps.isEmpty() ? 0 : steps.last().version;
}

void SchemaMigrator::refuseIfTooNew(const SchemaLevel &level, int programVersion,
                                    const QString &where)
{
    if (level.minCompatible > programVersion)
        throw StoreError(StoreError::Kind::TooNew,
                         tr("%1 was written by a newer version of Ruqsat (schema %2, needs at "
                            "least %3; this program knows %4). Update Ruqsat to open it; the "
                            "database was not changed.")
                             .arg(where)
                             .arg(level.version)
                             .arg(level.minCompatible)
                             .arg(programVersion));
}

bool SchemaMigrator::hasSchemaVersionTable() const
{
    const QString sql = m_db.dialect().isSqlite()
                            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                             "'table' AND name = 'schema_version'")
                            : QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                             "WHERE table_schema = current_schema() AND "
                                             "table_name = 'schema_version'");
    return Query(m_db, sql).scalar().toInt() > 0;
}

SchemaLevel SchemaMigrator::currentLevel() const
{
    if (!hasSchemaVersionTable())
        return {};
    QSqlQuery q(m_db.handle());
    return readSchemaLevel(q);
}

int SchemaMigrator::migrate(Database::IfNoStore ifNoStore)
{
    const int program = programVersion(m_db.dialect().kind());
    const QString where = m_db.location().toString();
    const StoredSchema stored = readStoredSchema(m_db.handle(), m_db.dialect().kind(), where);
    if (stored.empty && ifNoStore == Database::IfNoStore::Refuse)
        throw StoreError(StoreError::Kind::NoStore,
                         tr("The database %1 holds no Ruqsat store yet. It was not changed.").arg(where));
    const SchemaLevel level = stored.level;
    refuseIfTooNew(level, program, where);
    for (const Migration &step : available(m_db.dialect().kind())) {
        if (step.version > level.version)
            apply(step);
    }
    return std::max(currentLevel().version, level.version);
}

void SchemaMigrator::apply(const Migration &step)
{
    // A rebuilt SQLite table is dropped and its copy renamed: with foreign
    // keys on, the drop would delete (ON DELETE CASCADE) or refuse because of
    // the rows that refer to it. SQLite ignores the pragma inside a
    // transaction, so it goes around it (sqlite.org/lang_altertable.html).
    const bool pauseForeignKeys = step.foreignKeysOff && m_db.dialect().isSqlite();
    if (!pauseForeignKeys) {
        applyInTransaction(step, false);
        return;
    }
    execute(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    try {
        applyInTransaction(step, true);
    } catch (...) {
        QSqlQuery(m_db.handle()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        throw;
    }
    execute(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

void SchemaMigrator::applyInTransaction(const Migration &step, bool checkForeignKeys)
{
    Transaction tx(m_db);
    if (!m_db.dialect().isSqlite())
        Query(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(:key)"))
            .bind(QStringLiteral(":key"), kMigrationLockKey)
            .exec();
    // Another station may have applied this step while we waited for the lock.
    if (currentLevel().version >= step.version)
        return;
    try {
        for (const QString &statement : splitSqlScript(step.script))
            execute(m_db, statement);
        if (step.then == QLatin1String("seal_audit_chain"))
            AuditLog(m_db).sealUnchained();
        else if (step.then == QLatin1String("fill_search_text"))
            fillSearchText(m_db);
    } catch (const StoreError &e) {
        // A row the new schema refuses (a value longer than its new limit,
        // say) stops the step; the transaction leaves the store as it was.
        throw StoreError(e.kind(),
                         tr("The database could not be brought to schema %1 (%2): %3 Nothing was "
                            "changed; the previous version of Ruqsat still opens it.")
                             .arg(step.version)
                             .arg(step.name, e.message()),
                         e.detail());
    }
    if (checkForeignKeys)
        requireForeignKeysHold(step);
    Query(m_db, QStringLiteral("INSERT INTO schema_version (version, name, min_compatible, "
                               "applied_at) VALUES (:v, :n, :m, :t)"))
        .bind(QStringLiteral(":v"), step.version)
        .bind(QStringLiteral(":n"), step.name)
        .bind(QStringLiteral(":m"), step.minCompatible)
        .bind(QStringLiteral(":t"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .exec();
    tx.commit();
}

void SchemaMigrator::requireForeignKeysHold(const Migration &step) const
{
    // With foreign keys off nothing checked the references while tables were
    // rebuilt; the step commits only if every one still finds its row.
    QSqlQuery check(m_db.handle());
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        throwSqlError(check.lastError(), QStringLiteral("PRAGMA foreign_key_check"));
    if (!check.next())
        return;
    const QString table = check.value(0).toString();
    const QString parent = check.value(2).toString();
    check.finish();
    throw StoreError(StoreError::Kind::Invalid,
                     tr("The database could not be brought to schema %1 (%2): rows of %3 refer to "
                        "rows of %4 that do not exist. Nothing was changed; the previous version "
                        "of Ruqsat still opens it.")
                         .arg(step.version)
                         .arg(step.name, table, parent),
                     QStringLiteral("PRAGMA foreign_key_check"));
}

} // namespace ruqsat::store
