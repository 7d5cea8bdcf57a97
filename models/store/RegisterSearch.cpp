// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterSearch.h"

#include "Binding.h"
#include "Database.h"
#include "DistrictScope.h"
#include "Query.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>

namespace ruqsat::store {

void SqlWhere::add(const QString &condition, const QVariantMap &values)
{
    sql += QLatin1String(" AND ") + condition;
    binds.insert(values);
}

bool inScope(const QList<int> &scope, int districtId)
{
    return scope.isEmpty() || scope.contains(districtId);
}

void addDistrictScope(SqlWhere &w, const QString &column, const QList<int> &districtIds)
{
    if (districtIds.isEmpty())
        return;
    if (districtIds.size() == 1) {
        w.add(column + QLatin1String(" = :scope0"),
              {{QStringLiteral(":scope0"), districtIds.first()}});
        return;
    }
    QStringList names;
    QVariantMap values;
    for (int i = 0; i < districtIds.size(); ++i) {
        names << QStringLiteral(":scope%1").arg(i);
        values.insert(names.last(), districtIds.at(i));
    }
    w.add(column + QLatin1String(" IN (") + names.join(QLatin1String(", ")) + u')', values);
}

SearchTerm SearchTerm::parse(const QString &input)
{
    static const QRegularExpression iin(QStringLiteral("^\\d{12}$"));
    static const QRegularExpression registry(QStringLiteral("^\\d{4}-\\d{6}$"));
    static const QRegularExpression permit(QStringLiteral("^\\d{2}-\\d{4}-\\d{6}$"));
    // Region code, then as much of the year and the counter as was typed:
    // "75-", "75-20", "75-2026-0001". A registry number starts with four digits.
    static const QRegularExpression permitStart(
        QStringLiteral("^\\d{2}-(\\d{0,4}|\\d{4}-\\d{0,5})$"));
    static const QRegularExpression hasDigit(QStringLiteral("\\d"));

    SearchTerm t;
    t.text = input.simplified();
    if (t.text.isEmpty())
        t.kind = Kind::None;
    else if (iin.match(t.text).hasMatch())
        t.kind = Kind::Iin;
    else if (registry.match(t.text).hasMatch())
        t.kind = Kind::RegistryNumber;
    else if (permit.match(t.text).hasMatch())
        t.kind = Kind::PermitNumber;
    else if (permitStart.match(t.text).hasMatch())
        t.kind = Kind::PermitNumberPrefix;
    else if (t.text.contains(hasDigit)) {
        t.kind = Kind::Passport;
        t.text = t.text.toUpper().remove(u' ');
    } else {
        t.kind = Kind::Name;
        t.words = searchKey(t.text).split(u' ').mid(0, 2);
    }
    return t;
}

QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

QString prefixRange(const QString &column, const QString &lo, const QString &hi)
{
    return column + QLatin1String(" >= ") + lo + QLatin1String(" AND ") + column +
           QLatin1String(" < ") + hi;
}

namespace {

// The conditions on an immigrant's row that a search term matches, any one
// of them enough; each is a range one index of immigrants serves.
SqlWhere immigrantConditions(const SearchTerm &term, QStringList *conditions)
{
    SqlWhere w;
    switch (term.kind) {
    case SearchTerm::Kind::Iin:
        *conditions << QStringLiteral("iin = :iin");
        w.binds.insert(QStringLiteral(":iin"), term.text);
        break;
    case SearchTerm::Kind::Passport:
        *conditions << prefixRange(QStringLiteral("passport_number"), QStringLiteral(":plo"), QStringLiteral(":phi"));
        w.binds = {{QStringLiteral(":plo"), term.text}, {QStringLiteral(":phi"), prefixEnd(term.text)}};
        break;
    case SearchTerm::Kind::Name: {
        const QString first = term.words.first();
        w.binds = {{QStringLiteral(":n1lo"), first}, {QStringLiteral(":n1hi"), prefixEnd(first)}};
        if (term.words.size() == 1) {
            // One word: the start of any name, in either script.
            for (const char *column :
                 {"surname_lat_key", "surname_cyr_key", "given_names_lat_key", "given_names_cyr_key"})
                *conditions << prefixRange(QLatin1String(column), QStringLiteral(":n1lo"), QStringLiteral(":n1hi"));
        } else {
            // A surname, then the start of a given name, in either script.
            const QString second = term.words.at(1);
            w.binds.insert(QStringLiteral(":n2lo"), second);
            w.binds.insert(QStringLiteral(":n2hi"), prefixEnd(second));
            for (const char *script : {"lat", "cyr"})
                *conditions << prefixRange(QStringLiteral("surname_%1_key").arg(QLatin1String(script)),
                                           QStringLiteral(":n1lo"), QStringLiteral(":n1hi")) +
                                   QLatin1String(" AND ") +
                                   prefixRange(QStringLiteral("given_names_%1_key").arg(QLatin1String(script)),
                                               QStringLiteral(":n2lo"), QStringLiteral(":n2hi"));
        }
        break;
    }
    default:
        break;
    }
    return w;
}

} // namespace

SqlWhere matchingImmigrants(const SearchTerm &term)
{
    QStringList conditions;
    SqlWhere w = immigrantConditions(term, &conditions);
    // UNION ALL of index range scans; a person found twice is still one id
    // in IN ().
    for (QString &c : conditions)
        c.prepend(QLatin1String("SELECT id FROM immigrants WHERE "));
    w.sql = conditions.join(QLatin1String(" UNION ALL "));
    return w;
}

SqlWhere immigrantMatches(const SearchTerm &term, const QString &immigrantId)
{
    QStringList conditions;
    SqlWhere w = immigrantConditions(term, &conditions);
    if (conditions.isEmpty()) {
        w.sql.clear();
        return w;
    }
    w.sql = QLatin1String("EXISTS (SELECT 1 FROM immigrants WHERE immigrants.id = ") + immigrantId +
            QLatin1String(" AND ((") + conditions.join(QLatin1String(") OR (")) + QLatin1String(")))");
    return w;
}

SqlWhere matchingEmployers(const SearchTerm &term)
{
    SqlWhere w;
    w.sql.clear();
    if (term.kind == SearchTerm::Kind::Iin) {
        w.sql = QStringLiteral("SELECT id FROM employers WHERE iin = :iin");
        w.binds.insert(QStringLiteral(":iin"), term.text);
    }
    return w;
}

QString inlineBinds(const Database &db, const QString &statement, const QVariantMap &binds)
{
    // One pass over the statement's text, so that a literal holding a colon
    // (a time) is never taken for a placeholder. The register statements
    // have no other colons: their own literals are codes and dates.
    static const QRegularExpression placeholder(QStringLiteral(":[A-Za-z_][A-Za-z0-9_]*"));
    const QSqlDriver *driver = db.handle().driver();
    QString sql;
    qsizetype done = 0;
    for (auto it = placeholder.globalMatch(statement); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto value = binds.constFind(m.captured());
        if (value == binds.constEnd())
            continue;
        const QVariant bound = bindable(*value);
        QSqlField field(QString(), bound.metaType());
        field.setValue(bound);
        sql +=
            QStringView(statement).mid(done, m.capturedStart() - done) + driver->formatValue(field);
        done = m.capturedEnd();
    }
    sql += QStringView(statement).mid(done);
    return sql;
}

} // namespace ruqsat::store
