// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RegisterSearch.h"

#include <optional>
#include <utility>

namespace ruqsat::store {

class Database;

// The schema versions from which a server store's cases, and its permits,
// keep their people's search text (PersonSearch).
constexpr int kCaseSearchTextSince = 24;
constexpr int kPermitSearchTextSince = 25;

// The condition that keeps the rows of a register table (applications or
// permits, each with immigrant_id and employer_id) whose immigrant or
// employer a search term finds (SearchTerm::findsPeople()), and how a page
// of them is best read.
//
// A search finds people through the engines' trigram indexes (SQLite FTS5,
// PostgreSQL pg_trgm) or the IIN and name-key indexes; the register then
// wants the top rows of a sort order among their cases. Neither planner can
// weigh that alone (SQLite keeps no statistics; PostgreSQL cannot see that
// a LIMIT stops a walk early), so a bounded count of the matching people
// chooses (for a text search on SQLite, an estimate from the first 2,000 of
// them: see probe()):
// - ByPerson: the matching people's rows through the person indexes, sorted
//   after. Best for few people: at a million cases a prefix of 63,000
//   people took 168 ms this way.
// - WalkWithIdList: walk the sort order, keep the rows whose person is in
//   the list of matching ids (~0.8 us a person to build).
// - WalkWithLookup: walk the sort order, look each row's people up and test
//   them (~5.5 us more a row walked; a page walks ~100 x rows / matches).
// A walk reads ~100 x rows / matches rows for a page, each ~5 us with the
// look-ups; the matching people's rows cost ~7 us a person: a walk is worth
// it from ~sqrt(70 x rows) people on (8,400 at a million; at least 2,000),
// the lookup beats the list from ~sqrt(700 x rows). Measured with the
// sqlite3 tool on a million cases: 60,000 people 53 ms with the list, 13 ms
// looking up; 27,000 people 37 and 39 ms; 12,600 people 35 and 68 ms; 2,945
// people (a two-word search) 176 ms walking with the list.
class PersonSearch
{
public:
    enum class Plan
    {
        ByPerson,
        WalkWithIdList,
        WalkWithLookup
    };

    // `table` is "applications" or "permits"; `alias` its alias in the
    // register's statement.
    PersonSearch(const Database &db, QString table, QString alias);

    // The plan for `term`, kept for the last search asked (the pages of one
    // search are read with the plan of its first).
    Plan plan(const SearchTerm &term) const;
    SqlWhere condition(const SearchTerm &term, Plan plan) const;
    // The statements plan() runs, parameters inlined: for the benches.
    QStringList debugProbeSql(const SearchTerm &term) const;

private:
    // PostgreSQL from schema 24 (cases) and 25 (permits): a text search of a
    // register tests the row's copies of its people's text (immigrant_text, employer_text),
    // which trigram indexes led by the district serve, instead of finding the
    // people first: under row security every person a name matches in the
    // region had to be checked against the clerk's districts.
    bool readsCaseText(const SearchTerm &term) const;
    QString estimateSql() const;
    std::optional<Statement> probe(const SearchTerm &term, int *walkFrom, int *lookupFrom) const;

    const Database &m_db;
    QString m_table;
    QString m_alias;
    mutable std::optional<std::pair<QString, Plan>> m_lastPlan;
};

} // namespace ruqsat::store
