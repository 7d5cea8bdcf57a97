// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ruqsat::store {

// Splits a migration file into single statements, since the Qt SQL drivers
// run one statement per exec(). Understands comments, quoted strings and
// identifiers, PostgreSQL dollar quotes and SQLite trigger bodies
// (BEGIN ... END, with CASE ... END inside).
QStringList splitSqlScript(const QString &script);

// The value of a `-- ruqsat:<key> <value>` header line, or an empty string.
QString sqlScriptHeader(const QString &script, const QString &key);

} // namespace ruqsat::store
