// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchemaMigrator.h"
#include "SqlDialect.h"

#include <QSet>
#include <QString>

class QSqlDatabase;

namespace ruqsat::store {

// What a database holds, told from its tables alone by queries that only read.
struct StoredSchema
{
    bool empty = true; // no tables at all: a store can be created in it
    SchemaLevel level; // of a Ruqsat store
};

// Reads and checks the schema of the database on `db` (SQLite or PostgreSQL,
// the current schema). A database with tables is a Ruqsat store only if its
// schema_version table has exactly Ruqsat's columns and at least one row, the
// versions this program knows carry this program's migration names, and
// every table those migrations made is there. Anything else throws
// StoreError::NotRuqsat naming `where`; a failed query throws as Query does.
StoredSchema readStoredSchema(const QSqlDatabase &db, SqlDialect::Kind kind, const QString &where);

// The tables (lower case) a store holds at `version` by this program's
// migrations: created, minus dropped, following renames.
QSet<QString> tablesAtVersion(SqlDialect::Kind kind, int version);

} // namespace ruqsat::store
