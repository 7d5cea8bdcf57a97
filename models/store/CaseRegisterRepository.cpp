// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRegisterRepository.h"

#include "Binding.h"
#include "Database.h"
#include "Query.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <algorithm>

namespace ruqsat::store {

using namespace records;

struct CaseRegisterRepository::Statement
{
    QString sql;
    QVariantMap binds;
};

struct CaseRegisterRepository::Where
{
    QString sql = QStringLiteral("1 = 1");
    QVariantMap binds;

    void add(const QString &condition, const QVariantMap &values = {})
    {
        sql += QLatin1String(" AND ") + condition;
        binds.insert(values);
    }
};

namespace {

// The smallest text greater than every text starting with `prefix`: the
// upper bound of an index range scan (the key columns compare bytewise).
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

QString sortExpression(RegisterColumn column)
{
    switch (column) {
    case RegisterColumn::Received:
        return QStringLiteral("a.received_at");
    case RegisterColumn::DecisionDue:
        return QStringLiteral("COALESCE(a.decision_due_on, '9999-12-31')");
    case RegisterColumn::RegistryNumber:
        return QStringLiteral("COALESCE(a.registry_number, '')");
    case RegisterColumn::Immigrant:
        return QStringLiteral("a.immigrant_sort");
    case RegisterColumn::Status:
        return QStringLiteral("a.status");
    }
    return QStringLiteral("a.received_at");
}

const QString kOpen = QStringLiteral("a.status IN ('submitted', 'accepted', 'police_check')");

// One name word as a prefix of a key column pair.
QString namePrefix(const QString &column, const QString &lo, const QString &hi)
{
    return column + QLatin1String(" >= ") + lo + QLatin1String(" AND ") + column + QLatin1String(" < ") + hi;
}

} // namespace

CaseRegisterRepository::Where CaseRegisterRepository::where(const RegisterFilter &f) const
{
    Where w;
    const QString term = f.search.simplified();
    static const QRegularExpression iin(QStringLiteral("^\\d{12}$"));
    static const QRegularExpression registry(QStringLiteral("^\\d{4}-\\d{6}$"));
    static const QRegularExpression permit(QStringLiteral("^\\d{2}-\\d{4}-\\d{6}$"));
    static const QRegularExpression hasDigit(QStringLiteral("\\d"));
    if (term.isEmpty()) {
        // no search
    } else if (iin.match(term).hasMatch()) {
        w.add(QStringLiteral("(a.immigrant_id IN (SELECT id FROM immigrants WHERE iin = :iin) OR "
                             "a.employer_id IN (SELECT id FROM employers WHERE iin = :iin))"),
              {{QStringLiteral(":iin"), term}});
    } else if (registry.match(term).hasMatch()) {
        w.add(QStringLiteral("a.registry_number = :registry"), {{QStringLiteral(":registry"), term}});
    } else if (permit.match(term).hasMatch()) {
        w.add(QStringLiteral("a.id IN (SELECT application_id FROM permits WHERE number = :permit)"),
              {{QStringLiteral(":permit"), term}});
    } else if (term.contains(hasDigit)) {
        const QString passport = term.toUpper().remove(u' ');
        w.add(QStringLiteral("a.immigrant_id IN (SELECT id FROM immigrants WHERE ") +
                  namePrefix(QStringLiteral("passport_number"), QStringLiteral(":plo"), QStringLiteral(":phi")) +
                  u')',
              {{QStringLiteral(":plo"), passport}, {QStringLiteral(":phi"), prefixEnd(passport)}});
    } else {
        const QStringList words = searchKey(term).split(u' ');
        const QString first = words.first();
        QVariantMap binds{{QStringLiteral(":n1lo"), first}, {QStringLiteral(":n1hi"), prefixEnd(first)}};
        QString people;
        if (words.size() == 1) {
            QStringList any;
            for (const char *column : {"surname_lat_key", "surname_cyr_key", "given_names_lat_key", "given_names_cyr_key"})
                any << QStringLiteral("SELECT id FROM immigrants WHERE ") +
                           namePrefix(QLatin1String(column), QStringLiteral(":n1lo"), QStringLiteral(":n1hi"));
            people = any.join(QLatin1String(" UNION ALL "));
        } else {
            // A surname, then the start of a given name, in either script.
            const QString second = words.at(1);
            binds.insert(QStringLiteral(":n2lo"), second);
            binds.insert(QStringLiteral(":n2hi"), prefixEnd(second));
            QStringList both;
            for (const char *script : {"lat", "cyr"})
                both << QStringLiteral("SELECT id FROM immigrants WHERE ") +
                            namePrefix(QStringLiteral("surname_%1_key").arg(QLatin1String(script)),
                                       QStringLiteral(":n1lo"), QStringLiteral(":n1hi")) +
                            QLatin1String(" AND ") +
                            namePrefix(QStringLiteral("given_names_%1_key").arg(QLatin1String(script)),
                                       QStringLiteral(":n2lo"), QStringLiteral(":n2hi"));
            people = both.join(QLatin1String(" UNION ALL "));
        }
        w.add(QLatin1String("a.immigrant_id IN (") + people + u')', binds);
    }
    if (f.status)
        w.add(QStringLiteral("a.status = :status"), {{QStringLiteral(":status"), code(*f.status)}});
    if (f.kind)
        w.add(QStringLiteral("a.kind = :kind"), {{QStringLiteral(":kind"), code(*f.kind)}});
    if (f.channel)
        w.add(QStringLiteral("a.channel = :channel"), {{QStringLiteral(":channel"), code(*f.channel)}});
    if (f.districtId != 0)
        w.add(QStringLiteral("a.district_id = :district"), {{QStringLiteral(":district"), f.districtId}});
    const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
    switch (f.due) {
    case RegisterFilter::Due::Any:
        break;
    case RegisterFilter::Due::Today:
        w.add(kOpen + QLatin1String(" AND a.decision_due_on = :due"), {{QStringLiteral(":due"), SqlDialect::date(today)}});
        break;
    case RegisterFilter::Due::Overdue:
        w.add(kOpen + QLatin1String(" AND a.decision_due_on < :due"), {{QStringLiteral(":due"), SqlDialect::date(today)}});
        break;
    case RegisterFilter::Due::ThisWeek:
        w.add(kOpen + QLatin1String(" AND a.decision_due_on >= :due AND a.decision_due_on <= :weekEnd"),
              {{QStringLiteral(":due"), SqlDialect::date(today)},
               {QStringLiteral(":weekEnd"), SqlDialect::date(today.addDays(7 - today.dayOfWeek()))}});
        break;
    }
    return w;
}

CaseRegisterRepository::Statement CaseRegisterRepository::countStatement(const RegisterFilter &filter) const
{
    const Where w = where(filter);
    return {QLatin1String("SELECT count(*) FROM applications a WHERE ") + w.sql, w.binds};
}

qint64 CaseRegisterRepository::count(const RegisterFilter &filter) const
{
    const Statement s = countStatement(filter);
    Query q(m_db, s.sql);
    for (auto it = s.binds.begin(); it != s.binds.end(); ++it)
        q.bind(it.key(), it.value());
    return q.scalar().toLongLong();
}

QString CaseRegisterRepository::debugCountSql(const RegisterFilter &filter) const
{
    return inlined(countStatement(filter));
}

QString CaseRegisterRepository::debugSql(const RegisterFilter &filter, const RegisterSort &sort, int limit,
                                         qint64 offset, const RegisterRow *after) const
{
    return inlined(pageStatement(filter, sort, after, true, offset, limit));
}

QString CaseRegisterRepository::inlined(const Statement &statement) const
{
    // One pass over the statement's text, so that a literal holding a colon
    // (a time) is never taken for a placeholder. The statements have no
    // other colons: their own literals are codes and dates.
    static const QRegularExpression placeholder(QStringLiteral(":[A-Za-z_][A-Za-z0-9_]*"));
    const QSqlDriver *driver = m_db.handle().driver();
    QString sql;
    qsizetype done = 0;
    for (auto it = placeholder.globalMatch(statement.sql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto value = statement.binds.constFind(m.captured());
        if (value == statement.binds.constEnd())
            continue;
        const QVariant bound = bindable(*value);
        QSqlField field(QString(), bound.metaType());
        field.setValue(bound);
        sql += QStringView(statement.sql).mid(done, m.capturedStart() - done) + driver->formatValue(field);
        done = m.capturedEnd();
    }
    sql += QStringView(statement.sql).mid(done);
    return sql;
}

CaseRegisterRepository::Statement CaseRegisterRepository::pageStatement(const RegisterFilter &filter,
                                                                        const RegisterSort &sort,
                                                                        const RegisterRow *key, bool forward,
                                                                        qint64 offset, int limit) const
{
    Where w = where(filter);
    const QString expr = sortExpression(sort.column);
    // Reading backwards is reading the reverse order forwards.
    const bool ascending = (sort.order == Qt::AscendingOrder) == forward;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (key) {
        QVariant value = key->sortValue;
        if (value.metaType() == QMetaType::fromType<QDateTime>())
            value = m_db.dialect().time(value.toDateTime());
        else if (value.metaType() == QMetaType::fromType<QDate>())
            value = SqlDialect::date(value.toDate());
        w.add(u'(' + expr + QLatin1String(", a.id) ") + (ascending ? u'>' : u'<') + QLatin1String(" (:kv, :kid)"),
              {{QStringLiteral(":kv"), value}, {QStringLiteral(":kid"), key->id}});
    }
    w.binds.insert(QStringLiteral(":limit"), limit);
    w.binds.insert(QStringLiteral(":offset"), offset);
    // The page of cases is chosen on applications alone (its indexes serve
    // the order); names are joined for those rows only.
    const QString sql =
        QLatin1String("SELECT a.id, a.registry_number, a.kind, a.channel, a.received_at, a.decision_due_on, "
                      "a.status, a.sort_value, i.surname_lat, i.given_names_lat, i.surname_cyr, "
                      "i.given_names_cyr, e.surname, e.given_names FROM (SELECT a.*, ") +
        expr + QLatin1String(" AS sort_value FROM applications a WHERE ") + w.sql + QLatin1String(" ORDER BY ") +
        expr + dir + QLatin1String(", a.id") + dir + QLatin1String(" LIMIT :limit OFFSET :offset) a ") +
        QLatin1String("JOIN immigrants i ON i.id = a.immigrant_id JOIN employers e ON e.id = a.employer_id "
                      "ORDER BY a.sort_value") +
        dir + QLatin1String(", a.id") + dir;
    return {sql, w.binds};
}

QList<RegisterRow> CaseRegisterRepository::page(const RegisterFilter &filter, const RegisterSort &sort,
                                                const RegisterRow *key, bool forward, qint64 offset,
                                                int limit) const
{
    const Statement s = pageStatement(filter, sort, key, forward, offset, limit);
    Query q(m_db, s.sql);
    for (auto it = s.binds.begin(); it != s.binds.end(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    QList<RegisterRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        RegisterRow r;
        r.id = q.value(0).toString();
        r.registryNumber = q.value(1).toString();
        r.kind = fromCode<ApplicationKind>(q.value(2).toString()).value_or(ApplicationKind::Issue);
        r.channel = fromCode<Channel>(q.value(3).toString()).value_or(Channel::StateCorporation);
        r.receivedAt = m_db.dialect().timeFrom(q.value(4));
        r.decisionDueOn = SqlDialect::dateFrom(q.value(5));
        r.status = fromCode<CaseStatus>(q.value(6).toString()).value_or(CaseStatus::Draft);
        r.sortValue = q.value(7);
        r.immigrantLatin = QString(q.value(8).toString() + u' ' + q.value(9).toString()).trimmed();
        r.immigrantCyrillic = QString(q.value(10).toString() + u' ' + q.value(11).toString()).trimmed();
        r.employerName = QString(q.value(12).toString() + u' ' + q.value(13).toString()).trimmed();
        rows << r;
    }
    if (!forward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<RegisterRow> CaseRegisterRepository::firstPage(const RegisterFilter &filter, const RegisterSort &sort,
                                                     int limit) const
{
    return page(filter, sort, nullptr, true, 0, limit);
}

QList<RegisterRow> CaseRegisterRepository::pageAfter(const RegisterFilter &filter, const RegisterSort &sort,
                                                     const RegisterRow &last, int limit) const
{
    return page(filter, sort, &last, true, 0, limit);
}

QList<RegisterRow> CaseRegisterRepository::pageBefore(const RegisterFilter &filter, const RegisterSort &sort,
                                                      const RegisterRow &first, int limit) const
{
    return page(filter, sort, &first, false, 0, limit);
}

QList<RegisterRow> CaseRegisterRepository::pageAt(const RegisterFilter &filter, const RegisterSort &sort,
                                                  qint64 offset, int limit) const
{
    return page(filter, sort, nullptr, true, offset, limit);
}

} // namespace ruqsat::store
