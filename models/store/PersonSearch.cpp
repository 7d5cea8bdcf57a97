// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonSearch.h"

#include "Database.h"
#include "Query.h"

#include <cmath>

namespace ruqsat::store {

namespace {

constexpr int kManyPeople = 2000; // the least for a walk, and the probe's sample
constexpr double kWalkFactor = 70;
constexpr double kLookupFactor = 700;

enum class Side
{
    Immigrant,
    Employer
};

QString personTable(Side side)
{
    return side == Side::Immigrant ? QStringLiteral("immigrants") : QStringLiteral("employers");
}

// The text search's tests of a person's row and their parameters: every
// long word anywhere in the search text, every short one starting a word.
SqlWhere textTests(const domain::FoldedSearch &folded, const QString &column)
{
    SqlWhere w;
    QStringList tests;
    auto add = [&](const QList<QStringList> &words, const QString &prefix, const QString &before,
                   const QString &pattern) {
        for (int i = 0; i < words.size(); ++i) {
            QStringList readings;
            for (int r = 0; r < words.at(i).size(); ++r) {
                const QString name = QStringLiteral(":%1%2_%3").arg(prefix).arg(i).arg(r);
                readings << before + QLatin1String(" LIKE ") + name;
                w.binds.insert(name, pattern.arg(words.at(i).at(r)));
            }
            tests << (readings.size() == 1 ? readings.first()
                                           : u'(' + readings.join(QLatin1String(" OR ")) + u')');
        }
    };
    add(folded.anywhere, QStringLiteral("a"), column, QStringLiteral("%%1%"));
    add(folded.wordStarts, QStringLiteral("w"), QLatin1String("(' ' || ") + column + u')',
        QStringLiteral("% %1%"));
    w.sql = tests.join(QLatin1String(" AND "));
    return w;
}

// The FTS5 query of a text search's words: each a quoted string (any text
// holding it, for the trigram tokenizer), a word's readings OR-ed.
QString ftsQuery(const domain::FoldedSearch &folded)
{
    QStringList words;
    for (const QStringList &readings : folded.anywhere) {
        QStringList quoted;
        for (const QString &r : readings)
            quoted << u'"' + r + u'"';
        words << (quoted.size() == 1 ? quoted.first()
                                     : u'(' + quoted.join(QLatin1String(" OR ")) + u')');
    }
    // A two-letter word start is a trigram with the space before it (the
    // stored text has one before every word); the row's text is still
    // tested for it, as for a one-letter one.
    for (const QStringList &readings : folded.wordStarts) {
        QStringList quoted;
        for (const QString &r : readings)
            if (r.size() == 2)
                quoted << QLatin1String("\" ") + r + u'"';
        if (quoted.size() == readings.size())
            words << (quoted.size() == 1 ? quoted.first()
                                         : u'(' + quoted.join(QLatin1String(" OR ")) + u')');
    }
    return words.join(QLatin1String(" AND "));
}

// The tests of the prefix searches (no trigram to look up): each is a
// range one index of immigrants serves, any one of them enough.
QStringList prefixTests(const SearchTerm &term, QVariantMap *binds)
{
    QStringList tests;
    if (term.kind == SearchTerm::Kind::PassportPrefix) {
        tests << prefixRange(QStringLiteral("passport_number"), QStringLiteral(":plo"),
                             QStringLiteral(":phi"));
        *binds = {{QStringLiteral(":plo"), term.text},
                  {QStringLiteral(":phi"), prefixEnd(term.text)}};
        return tests;
    }
    const QString first = term.words.first();
    *binds = {{QStringLiteral(":n1lo"), first}, {QStringLiteral(":n1hi"), prefixEnd(first)}};
    if (term.words.size() == 1) {
        // One word: the start of any name, in either script.
        for (const char *column :
             {"surname_lat_key", "surname_cyr_key", "given_names_lat_key", "given_names_cyr_key"})
            tests << prefixRange(QLatin1String(column), QStringLiteral(":n1lo"),
                                 QStringLiteral(":n1hi"));
        return tests;
    }
    // A surname, then the start of a given name, in either script.
    const QString second = term.words.at(1);
    binds->insert(QStringLiteral(":n2lo"), second);
    binds->insert(QStringLiteral(":n2hi"), prefixEnd(second));
    for (const char *script : {"lat", "cyr"})
        tests << prefixRange(QStringLiteral("surname_%1_key").arg(QLatin1String(script)),
                             QStringLiteral(":n1lo"), QStringLiteral(":n1hi")) +
                     QLatin1String(" AND ") +
                     prefixRange(QStringLiteral("given_names_%1_key").arg(QLatin1String(script)),
                                 QStringLiteral(":n2lo"), QStringLiteral(":n2hi"));
    return tests;
}

// `SELECT id FROM <people> WHERE …`: the people of one side the term finds,
// each query served by an index; empty when the term finds nobody there.
// `selected` replaces `id` as what is selected (the FTS5 rowid, for the
// probe's estimate).
SqlWhere matchingPeople(const Database &db, const SearchTerm &term, Side side,
                        const QString &selected = QStringLiteral("id"))
{
    const QString select = QLatin1String("SELECT ") + selected + QLatin1String(" FROM ");
    SqlWhere w;
    w.sql.clear();
    const QString table = personTable(side);
    switch (term.kind) {
    case SearchTerm::Kind::Iin:
        w.sql = select + table + QLatin1String(" WHERE iin = :iin");
        w.binds.insert(QStringLiteral(":iin"), term.text);
        break;
    case SearchTerm::Kind::Text: {
        if (db.dialect().isSqlite()) {
            // The FTS5 table answers the long words (a quoted word of three
            // characters or more is any text holding it) and holds the text
            // the short ones are tested against, and the person's id.
            const QString fts = side == Side::Immigrant ? QStringLiteral("immigrant_search")
                                                        : QStringLiteral("employer_search");
            domain::FoldedSearch rest;
            rest.wordStarts = term.folded.wordStarts;
            const SqlWhere tests = textTests(rest, QStringLiteral("search_text"));
            w.sql = select + fts + QLatin1String(" WHERE ") + fts +
                    QLatin1String(" MATCH :fts") +
                    (tests.sql.isEmpty() ? QString() : QLatin1String(" AND ") + tests.sql);
            w.binds = tests.binds;
            w.binds.insert(QStringLiteral(":fts"), ftsQuery(term.folded));
        } else {
            const SqlWhere tests = textTests(term.folded, QStringLiteral("search_text"));
            w.sql = select + table + QLatin1String(" WHERE ") + tests.sql;
            w.binds = tests.binds;
        }
        break;
    }
    case SearchTerm::Kind::NamePrefix:
    case SearchTerm::Kind::PassportPrefix: {
        if (side == Side::Employer)
            break;
        QStringList tests = prefixTests(term, &w.binds);
        // UNION ALL of index range scans; a person found twice is still one
        // id in IN ().
        for (QString &t : tests)
            t.prepend(select + QLatin1String("immigrants WHERE "));
        w.sql = tests.join(QLatin1String(" UNION ALL "));
        break;
    }
    default:
        break;
    }
    return w;
}

// `EXISTS (…)`: the person whose id is `personId` is one the term finds; for
// a walk that tests each row it meets. Empty when the term finds nobody on
// this side.
SqlWhere personFound(const SearchTerm &term, Side side, const QString &personId)
{
    SqlWhere w;
    w.sql.clear();
    QString test;
    switch (term.kind) {
    case SearchTerm::Kind::Iin:
        test = QStringLiteral("iin = :iin");
        w.binds.insert(QStringLiteral(":iin"), term.text);
        break;
    case SearchTerm::Kind::Text: {
        const SqlWhere tests = textTests(term.folded, QStringLiteral("search_text"));
        test = tests.sql;
        w.binds = tests.binds;
        break;
    }
    case SearchTerm::Kind::NamePrefix:
    case SearchTerm::Kind::PassportPrefix:
        if (side == Side::Immigrant)
            test = u'(' + prefixTests(term, &w.binds).join(QLatin1String(") OR (")) + u')';
        break;
    default:
        break;
    }
    if (!test.isEmpty()) {
        const QString table = personTable(side);
        w.sql = QLatin1String("EXISTS (SELECT 1 FROM ") + table + QLatin1String(" WHERE ") + table +
                QLatin1String(".id = ") + personId + QLatin1String(" AND (") + test +
                QLatin1String("))");
    }
    return w;
}

QString personColumn(const QString &alias, Side side)
{
    return alias + (side == Side::Immigrant ? QLatin1String(".immigrant_id")
                                            : QLatin1String(".employer_id"));
}

} // namespace

QString PersonSearch::estimateSql() const
{
    // An estimate of the rows that costs next to nothing, unlike count(*):
    // SQLite's rowid grows by one a row and register rows are not deleted;
    // PostgreSQL keeps one in its catalogue.
    return m_db.dialect().isSqlite()
               ? QString(QLatin1String("SELECT coalesce(max(rowid), 0) FROM ") + m_table)
               : QLatin1String("SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = '") +
                     m_table + QLatin1String("'::regclass");
}

PersonSearch::PersonSearch(const Database &db, QString table, QString alias)
    : m_db(db), m_table(std::move(table)), m_alias(std::move(alias))
{
}

bool PersonSearch::readsCaseText(const SearchTerm &term) const
{
    if (term.kind != SearchTerm::Kind::Text || m_db.dialect().isSqlite())
        return false;
    return m_db.schemaVersion() >= (m_table == QLatin1String("applications") ? kCaseSearchTextSince
                                                                           : kPermitSearchTextSince);
}

SqlWhere PersonSearch::condition(const SearchTerm &term, Plan plan) const
{
    if (readsCaseText(term)) {
        // The row's own copies of its people's text (schemas 24 and 25), one
        // side or the other, under the district-led trigram indexes.
        const SqlWhere immigrant =
            textTests(term.folded, m_alias + QLatin1String(".immigrant_text"));
        const SqlWhere employer = textTests(term.folded, m_alias + QLatin1String(".employer_text"));
        SqlWhere w;
        w.sql = QLatin1String("((") + immigrant.sql + QLatin1String(") OR (") + employer.sql +
                QLatin1String("))");
        w.binds = immigrant.binds; // the same names and values on both sides
        return w;
    }
    SqlWhere w;
    QStringList either;
    QStringList byPerson;
    for (const Side side : {Side::Immigrant, Side::Employer}) {
        const QString column = personColumn(m_alias, side);
        if (plan == Plan::WalkWithLookup) {
            const SqlWhere found = personFound(term, side, column);
            if (!found.sql.isEmpty()) {
                either << found.sql;
                w.binds.insert(found.binds);
            }
            continue;
        }
        const SqlWhere people = matchingPeople(m_db, term, side);
        if (people.sql.isEmpty())
            continue;
        w.binds.insert(people.binds);
        if (plan == Plan::WalkWithIdList) {
            // A unary + keeps SQLite from answering the IN through the
            // person index, so it walks the sort order instead.
            either << (m_db.dialect().isSqlite() ? QLatin1String("+") : QLatin1String("")) +
                          column + QLatin1String(" IN (") + people.sql + u')';
            continue;
        }
        either << column + QLatin1String(" IN (") + people.sql + u')';
        byPerson << QLatin1String("SELECT id FROM ") + m_table + QLatin1String(" WHERE ") +
                        column.mid(m_alias.size() + 1) + QLatin1String(" IN (") + people.sql + u')';
    }
    if (either.isEmpty())
        w.sql = QStringLiteral("1 = 0");
    else if (plan == Plan::ByPerson && byPerson.size() > 1)
        // An OR of two IN () would make either engine test every row
        // (PostgreSQL took 1.1 s for an IIN at a million cases): the union
        // of the two sides' rows, each found through its person index.
        w.sql = m_alias + QLatin1String(".id IN (") + byPerson.join(QLatin1String(" UNION ALL ")) +
                u')';
    else
        w.sql = u'(' + either.join(QLatin1String(" OR ")) + u')';
    return w;
}

std::optional<Statement> PersonSearch::probe(const SearchTerm &term, int *walkFrom,
                                             int *lookupFrom) const
{
    if (term.kind != SearchTerm::Kind::Text && term.kind != SearchTerm::Kind::NamePrefix &&
        term.kind != SearchTerm::Kind::PassportPrefix)
        return std::nullopt;
    const double rows = Query(m_db, estimateSql()).scalar().toDouble();
    *walkFrom = std::max(kManyPeople, int(std::ceil(std::sqrt(kWalkFactor * rows))));
    *lookupFrom = std::max(*walkFrom + 1, int(std::ceil(std::sqrt(kLookupFactor * rows))));
    Statement count;
    QStringList parts;
    for (const Side side : {Side::Immigrant, Side::Employer}) {
        const SqlWhere people = matchingPeople(m_db, term, side);
        if (people.sql.isEmpty())
            continue;
        count.binds.insert(people.binds);
        if (m_db.dialect().isSqlite() && term.kind == SearchTerm::Kind::Text) {
            // The FTS5 table hands its matches over in rowid order, and a
            // person's rowid says nothing of their name: the rowid of the
            // 2,000th match tells how many there are all told, for the cost
            // of reading 2,000 (counting 26,000 took 60-95 ms at a million).
            const QString fts = side == Side::Immigrant ? QStringLiteral("immigrant_search")
                                                        : QStringLiteral("employer_search");
            const QString rowids =
                matchingPeople(m_db, term, side, QStringLiteral("rowid AS r")).sql;
            parts << QStringLiteral(
                         "(SELECT CASE WHEN count(*) < %1 THEN count(*) ELSE %1.0 * "
                         "(SELECT max(rowid) FROM %2) / max(r) END FROM (%3 LIMIT %1) AS m)")
                         .arg(kManyPeople)
                         .arg(personTable(side), rowids);
            continue;
        }
        parts << QLatin1String("(SELECT count(*) FROM (") + people.sql + QLatin1String(" LIMIT ") +
                     QString::number(*lookupFrom) + QLatin1String(") AS m)");
    }
    count.sql = QLatin1String("SELECT ") + parts.join(QLatin1String(" + "));
    return count;
}

PersonSearch::Plan PersonSearch::plan(const SearchTerm &term) const
{
    if (m_lastPlan && m_lastPlan->first == term.text)
        return m_lastPlan->second;
    // Through the cases' own text the server's planner chooses alone: the
    // condition is on the row it reads, whatever it walks.
    if (readsCaseText(term))
        return Plan::ByPerson;
    int walkFrom = 0;
    int lookupFrom = 0;
    Plan plan = Plan::ByPerson;
    if (const std::optional<Statement> count = probe(term, &walkFrom, &lookupFrom)) {
        const double people = Query(m_db, count->sql).bind(count->binds).scalar().toDouble();
        if (people >= walkFrom)
            plan = people < lookupFrom ? Plan::WalkWithIdList : Plan::WalkWithLookup;
    }
    m_lastPlan.emplace(term.text, plan);
    return plan;
}

QStringList PersonSearch::debugProbeSql(const SearchTerm &term) const
{
    if (readsCaseText(term))
        return {}; // plan() runs no probe then
    int walkFrom = 0;
    int lookupFrom = 0;
    const std::optional<Statement> count = probe(term, &walkFrom, &lookupFrom);
    if (!count)
        return {};
    return {estimateSql(), inlineBinds(m_db, *count)};
}

} // namespace ruqsat::store
