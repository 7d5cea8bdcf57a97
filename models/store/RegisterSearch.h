// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SearchFold.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ruqsat::store {

class Database;

// The WHERE clause of a register query, built a condition at a time, with
// the named parameters its conditions use.
struct SqlWhere
{
    QString sql = QStringLiteral("1 = 1");
    QVariantMap binds;

    void add(const QString &condition, const QVariantMap &values = {});
};

// A register statement with the named parameters it binds, built in one
// place for running it (Query::bind) and for showing it (inlineBinds).
struct Statement
{
    QString sql;
    QVariantMap binds;
};

// What the one search box of a register (cases, permits) was given, told by
// what it looks like: 12 digits an IIN (immigrant or employer), YYYY-NNNNNN
// a registry number, NN-YYYY-NNNNNN a permit number and its start a permit
// number prefix; any other text is looked for in the people's names (either
// script, any usual spelling: domain/SearchFold.h) and passport numbers,
// every word of it ("karimova sh"). A text without a word of three letters
// once folded ("li", "kho") is a prefix of a name or, with a digit, of a
// passport number, as a trigram index cannot look it up.
struct SearchTerm
{
    enum class Kind
    {
        None,
        Iin,
        RegistryNumber,
        PermitNumber,
        PermitNumberPrefix,
        Text,
        NamePrefix,
        PassportPrefix
    };

    Kind kind = Kind::None;
    QString text;      // as it is compared: a passport upper case without spaces
    QStringList words; // NamePrefix: one or two search keys (lower case)
    domain::FoldedSearch folded; // Text

    // A search through the people's rows (search text, names, passports, IINs).
    bool findsPeople() const
    {
        return kind == Kind::Iin || kind == Kind::Text || kind == Kind::NamePrefix ||
               kind == Kind::PassportPrefix;
    }
    static SearchTerm parse(const QString &input);
};

// The smallest text greater than every text starting with `prefix`: the
// upper bound of an index range scan (the key columns compare bytewise).
QString prefixEnd(const QString &prefix);

// "column starts with": `column >= lo AND column < hi` for placeholders
// bound to a prefix and its prefixEnd(), so that an index serves it.
QString prefixRange(const QString &column, const QString &lo, const QString &hi);

// Keeps the rows whose `column` is one of `districtIds` (DistrictScope.h);
// adds nothing for an empty list (every district). One district is an
// equality, so that an index led by the district (applications_district,
// permits_district) still serves the register's order.
void addDistrictScope(SqlWhere &w, const QString &column, const QList<int> &districtIds);

// The statement with its parameters inlined as literals of this store's SQL,
// for running it outside the program (the sqlite3 or psql tool).
QString inlineBinds(const Database &db, const QString &sql, const QVariantMap &binds);
inline QString inlineBinds(const Database &db, const Statement &statement)
{
    return inlineBinds(db, statement.sql, statement.binds);
}

} // namespace ruqsat::store
