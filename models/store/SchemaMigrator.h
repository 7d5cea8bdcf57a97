// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "SqlDialect.h"

#include <QList>
#include <QString>

class QSqlQuery;

namespace ruqsat::store {

// The schema level a database records in its schema_version table: its
// version, and the oldest program schema that may still use it.
struct SchemaLevel
{
    int version = 0;
    int minCompatible = 0;
};
SchemaLevel readSchemaLevel(QSqlQuery &query);

// One file resources/schema/<dialect>/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    int minCompatible = 0; // header line `-- ruqsat:min_compatible N`
    // Header line `-- ruqsat:foreign_keys off`: the step rebuilds tables
    // (SQLite's procedure for schema changes ALTER TABLE cannot make), so
    // foreign keys are off around its transaction and PRAGMA
    // foreign_key_check must find nothing before it commits.
    bool foreignKeysOff = false;
    // Header line `-- ruqsat:then STEP`: what SQL cannot do follows the
    // script in the same transaction. `seal_audit_chain` (SHA-256 on SQLite):
    // the audit rows without a hash are chained (AuditLog::sealUnchained);
    // `fill_search_text` (the spelling fold): every person's search text
    // (SearchText.h).
    QString then;
    QString script;
};

// Brings a database up to the program's schema, one transaction per step.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(const Database &db) : m_db(db) {}

    static QList<Migration> available(SqlDialect::Kind kind);
    static int programVersion(SqlDialect::Kind kind);
    // Throws TooNew when the database needs a newer program than this one.
    static void refuseIfTooNew(const SchemaLevel &level, int programVersion, const QString &where);

    // Checks that the database is a Ruqsat store (or, when `ifNoStore`
    // allows, one without tables to make a store in) and not too new before
    // it writes anything. Returns the version it is at afterwards.
    int migrate(Database::IfNoStore ifNoStore = Database::IfNoStore::Create);

private:
    SchemaLevel currentLevel() const;
    bool hasSchemaVersionTable() const;
    void apply(const Migration &step);
    void applyInTransaction(const Migration &step, bool checkForeignKeys);
    void requireForeignKeysHold(const Migration &step) const;

    const Database &m_db;
};

} // namespace ruqsat::store
