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
    else {
        t.folded = domain::FoldedSearch::of(t.text);
        if (t.folded.isIndexable()) {
            t.kind = Kind::Text;
        } else if (t.text.contains(hasDigit)) {
            t.kind = Kind::PassportPrefix;
            t.text = t.text.toUpper().remove(u' ');
        } else if (!t.folded.isEmpty()) {
            t.kind = Kind::NamePrefix;
            t.words = searchKey(t.text).split(u' ').mid(0, 2);
        }
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
