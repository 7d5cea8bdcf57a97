// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ruqsat::records {
struct Immigrant;
struct Employer;
} // namespace ruqsat::records

namespace ruqsat::store {

class Database;

// The text the register's search box looks through for a person, folded
// (domain/SearchFold.h) and stored in the person's row (search_text), where
// the engine's trigram index reads it: SQLite's FTS5 table kept in step by
// triggers, PostgreSQL's pg_trgm GIN index. Written by every store path
// that writes a person. Each word has a space before it, the first too.
// An immigrant: the names in both scripts and the passport number.
QString immigrantSearchText(const QString &surnameLat, const QString &givenNamesLat,
                            const QString &patronymicLat, const QString &surnameCyr,
                            const QString &givenNamesCyr, const QString &patronymicCyr,
                            const QString &passportSeries, const QString &passportNumber);
QString immigrantSearchText(const records::Immigrant &p);
// An employer: the name.
QString employerSearchText(const records::Employer &e);

// Schema 19's step after its script: the search text of every person
// already in the store, in the step's transaction.
void fillSearchText(const Database &db);

} // namespace ruqsat::store
