// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaCheck.h"

#include "Query.h"
#include "SqlScript.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ruqsat::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::store::SchemaCheck)
};

StoreError notRuqsat(const QString &where, const QString &why)
{
    return StoreError(
        StoreError::Kind::NotRuqsat,
        Tr::tr("%1 is not a Ruqsat database (%2). It was not changed.").arg(where, why));
}

// Runs a read-only query and returns the first column of every row.
QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        throwSqlError(q.lastError(), sql);
    QStringList values;
    while (q.next())
        values << q.value(0).toString().toLower();
    return values;
}

QStringList tables(const QSqlDatabase &db, SqlDialect::Kind kind)
{
    return column(db, kind == SqlDialect::Kind::Sqlite
                          ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
                          : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = current_schema()"));
}

QStringList schemaVersionColumns(const QSqlDatabase &db, SqlDialect::Kind kind)
{
    return column(db, kind == SqlDialect::Kind::Sqlite
                          ? QStringLiteral("SELECT name FROM pragma_table_info('schema_version')")
                          : QStringLiteral("SELECT column_name FROM information_schema.columns "
                                           "WHERE table_schema = current_schema() "
                                           "AND table_name = 'schema_version'"));
}

struct VersionRow
{
    int version = 0;
    QString name;
    int minCompatible = 0;
};

QList<VersionRow> versionRows(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT version, name, min_compatible FROM schema_version ORDER BY version");
    if (!q.exec(sql))
        throwSqlError(q.lastError(), sql);
    QList<VersionRow> rows;
    while (q.next())
        rows << VersionRow{q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt()};
    return rows;
}

// Throws unless the rows are the history this program's migrations write.
SchemaLevel checkHistory(const QList<VersionRow> &rows, SqlDialect::Kind kind, const QString &where)
{
    if (rows.isEmpty())
        throw notRuqsat(where, Tr::tr("its schema_version table is empty"));
    QHash<int, QString> recorded;
    int minCompatible = 0; // every step's requirement holds after it (readSchemaLevel)
    for (const VersionRow &row : rows) {
        recorded.insert(row.version, row.name);
        minCompatible = std::max(minCompatible, row.minCompatible);
    }
    const int latest = rows.last().version;
    for (const Migration &step : SchemaMigrator::available(kind)) {
        if (step.version > latest)
            break;
        if (recorded.value(step.version) != step.name)
            throw notRuqsat(where,
                            Tr::tr("its schema_version table does not record Ruqsat's schema"));
    }
    return {latest, minCompatible};
}

} // namespace

QSet<QString> tablesAtVersion(SqlDialect::Kind kind, int version)
{
    // Comments may precede a statement; names are matched without quotes,
    // as the migrations write them.
    static const QRegularExpression create(
        QStringLiteral("^(?:\\s*--[^\\n]*\\n)*\\s*CREATE\\s+(?:VIRTUAL\\s+)?TABLE\\s+"
                       "(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(
        QStringLiteral("^(?:\\s*--[^\\n]*\\n)*\\s*DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rename(
        QStringLiteral(
            "^(?:\\s*--[^\\n]*\\n)*\\s*ALTER\\s+TABLE\\s+(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> made;
    for (const Migration &step : SchemaMigrator::available(kind)) {
        if (step.version > version)
            break;
        for (const QString &statement : splitSqlScript(step.script)) {
            if (const auto m = create.match(statement); m.hasMatch()) {
                made.insert(m.captured(1).toLower());
            } else if (const auto m = drop.match(statement); m.hasMatch()) {
                made.remove(m.captured(1).toLower());
            } else if (const auto m = rename.match(statement); m.hasMatch()) {
                made.remove(m.captured(1).toLower());
                made.insert(m.captured(2).toLower());
            }
        }
    }
    return made;
}

StoredSchema readStoredSchema(const QSqlDatabase &db, SqlDialect::Kind kind, const QString &where)
{
    const QStringList present = tables(db, kind);
    StoredSchema result;
    if (present.isEmpty())
        return result;
    result.empty = false;
    if (!present.contains(QLatin1String("schema_version")))
        throw notRuqsat(where, Tr::tr("it holds other tables"));
    QStringList columns = schemaVersionColumns(db, kind);
    columns.sort();
    if (columns != QStringList{QStringLiteral("applied_at"), QStringLiteral("min_compatible"),
                               QStringLiteral("name"), QStringLiteral("version")})
        throw notRuqsat(where, Tr::tr("its schema_version table is not Ruqsat's"));
    result.level = checkHistory(versionRows(db), kind, where);
    // A store that needs a newer program is refused as such by the caller;
    // one this program may use has every table its versions made.
    const int program = SchemaMigrator::programVersion(kind);
    if (result.level.minCompatible > program)
        return result;
    const int known = std::min(result.level.version, program);
    const QSet<QString> presentSet(present.cbegin(), present.cend());
    for (const QString &table : tablesAtVersion(kind, known))
        if (!presentSet.contains(table))
            throw notRuqsat(where, Tr::tr("the table %1 of a Ruqsat store is missing").arg(table));
    return result;
}

} // namespace ruqsat::store
