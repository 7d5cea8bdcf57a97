// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRegisterRepository.h"

#include "Database.h"
#include "Query.h"

#include <algorithm>

namespace ruqsat::store {

using namespace records;

namespace {

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

} // namespace

CaseRegisterRepository::CaseRegisterRepository(const Database &db)
    : m_db(db), m_people(db, QStringLiteral("applications"), QStringLiteral("a"))
{
}

SqlWhere CaseRegisterRepository::where(const RegisterFilter &f, PersonSearch::Plan plan) const
{
    SqlWhere w;
    const SearchTerm term = SearchTerm::parse(f.search);
    if (term.findsPeople()) {
        const SqlWhere people = m_people.condition(term, plan);
        w.add(people.sql, people.binds);
    }
    switch (term.kind) {
    case SearchTerm::Kind::RegistryNumber:
        w.add(QStringLiteral("a.registry_number = :registry"), {{QStringLiteral(":registry"), term.text}});
        break;
    case SearchTerm::Kind::PermitNumber:
        w.add(QStringLiteral("a.id IN (SELECT application_id FROM permits WHERE number = :permit)"),
              {{QStringLiteral(":permit"), term.text}});
        break;
    case SearchTerm::Kind::PermitNumberPrefix:
        w.add(QLatin1String("a.id IN (SELECT application_id FROM permits WHERE ") +
                  prefixRange(QStringLiteral("number"), QStringLiteral(":permitLo"), QStringLiteral(":permitHi")) +
                  u')',
              {{QStringLiteral(":permitLo"), term.text}, {QStringLiteral(":permitHi"), prefixEnd(term.text)}});
        break;
    default:
        break;
    }
    if (f.status)
        w.add(QStringLiteral("a.status = :status"), {{QStringLiteral(":status"), code(*f.status)}});
    if (f.kind)
        w.add(QStringLiteral("a.kind = :kind"), {{QStringLiteral(":kind"), code(*f.kind)}});
    if (f.channel)
        w.add(QStringLiteral("a.channel = :channel"), {{QStringLiteral(":channel"), code(*f.channel)}});
    if (f.districtId != 0)
        w.add(QStringLiteral("a.district_id = :district"), {{QStringLiteral(":district"), f.districtId}});
    addDistrictScope(w, QStringLiteral("a.district_id"), f.districtIds);
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

Statement CaseRegisterRepository::countStatement(const RegisterFilter &filter) const
{
    const SqlWhere w = where(filter);
    return {QLatin1String("SELECT count(*) FROM applications a WHERE ") + w.sql, w.binds};
}

qint64 CaseRegisterRepository::count(const RegisterFilter &filter) const
{
    const Statement s = countStatement(filter);
    Query q(m_db, s.sql);
    q.bind(s.binds);
    return q.scalar().toLongLong();
}

QString CaseRegisterRepository::debugCountSql(const RegisterFilter &filter) const
{
    return inlineBinds(m_db, countStatement(filter));
}

QString CaseRegisterRepository::debugSql(const RegisterFilter &filter, const RegisterSort &sort, int limit,
                                         qint64 offset, const RegisterRow *after) const
{
    return inlineBinds(m_db, pageStatement(filter, sort, after, true, offset, limit));
}

QStringList CaseRegisterRepository::debugPlanProbeSql(const RegisterFilter &filter) const
{
    return m_people.debugProbeSql(SearchTerm::parse(filter.search));
}

Statement CaseRegisterRepository::pageStatement(const RegisterFilter &filter,
                                                                        const RegisterSort &sort,
                                                                        const RegisterRow *key, bool forward,
                                                                        qint64 offset, int limit) const
{
    SqlWhere w = where(filter, m_people.plan(SearchTerm::parse(filter.search)));
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
    q.bind(s.binds);
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
