// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRegisterRepository.h"

#include "Database.h"
#include "Query.h"
#include "RegisterSearch.h"

#include <algorithm>
#include <cmath>

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

// See namePlan().
constexpr int kManyPeople = 2000;
constexpr double kLookupFactor = 700;
// rowid grows by one a case and cases are not deleted: an estimate of the
// number of cases that costs one step down an index, unlike count(*).
const QString kCasesEstimate = QStringLiteral("SELECT coalesce(max(rowid), 0) FROM applications");

} // namespace

struct CaseRegisterRepository::NameProbe
{
    Statement count; // of the matching people, up to lookupFrom
    int lookupFrom = 0;
};

std::optional<CaseRegisterRepository::NameProbe>
CaseRegisterRepository::nameProbe(const RegisterFilter &filter) const
{
    if (!m_db.dialect().isSqlite())
        return std::nullopt;
    const SearchTerm term = SearchTerm::parse(filter.search);
    if (term.kind != SearchTerm::Kind::Name && term.kind != SearchTerm::Kind::Passport)
        return std::nullopt;
    const double cases = Query(m_db, kCasesEstimate).scalar().toDouble();
    NameProbe probe;
    probe.lookupFrom = std::max(kManyPeople + 1, int(std::ceil(std::sqrt(kLookupFactor * cases))));
    const SqlWhere people = matchingImmigrants(term);
    probe.count = {QLatin1String("SELECT count(*) FROM (") + people.sql + QLatin1String(" LIMIT ") +
                       QString::number(probe.lookupFrom) + QLatin1String(") AS m"),
                   people.binds};
    return probe;
}

CaseRegisterRepository::NamePlan CaseRegisterRepository::namePlan(const RegisterFilter &filter) const
{
    // SQLite keeps no statistics its planner could weigh this with; the
    // PostgreSQL planner does. A page by person gathers every matching case
    // and sorts them: at a million cases a prefix of 63,000 took 168 ms. A
    // walk down the sort order keeps the matching cases it meets; a rare name
    // walked would read the whole table, hence the bound: with 2,000 people
    // or more a page of 100 is met within ~1/20 of it. The walk tests each
    // case against an IN () list of the matching ids (building it costs
    // ~0.8 us a person) or looks its person up (~5.5 us more a case walked,
    // and a page walks ~100 x cases / matches of them): the lookup is worth
    // it from ~sqrt(700 x cases) people on. Measured with the sqlite3 tool on
    // a million cases: 60,000 people 53 ms with the list, 13 ms looking up;
    // 27,000 people 37 and 39 ms; 12,600 people 35 and 68 ms.
    if (m_lastPlan && m_lastPlan->first == filter.search)
        return m_lastPlan->second;
    const std::optional<NameProbe> probe = nameProbe(filter);
    NamePlan plan = NamePlan::ByPerson;
    if (probe) {
        const int people = Query(m_db, probe->count.sql).bind(probe->count.binds).scalar().toInt();
        if (people >= kManyPeople)
            plan = people < probe->lookupFrom ? NamePlan::WalkWithIdList : NamePlan::WalkWithLookup;
    }
    m_lastPlan.emplace(filter.search, plan);
    return plan;
}

SqlWhere CaseRegisterRepository::where(const RegisterFilter &f, NamePlan plan) const
{
    SqlWhere w;
    const SearchTerm term = SearchTerm::parse(f.search);
    switch (term.kind) {
    case SearchTerm::Kind::None:
        break;
    case SearchTerm::Kind::Iin: {
        const SqlWhere people = matchingImmigrants(term);
        w.add(QLatin1String("(a.immigrant_id IN (") + people.sql + QLatin1String(") OR a.employer_id IN (") +
                  matchingEmployers(term).sql + QLatin1String("))"),
              people.binds);
        break;
    }
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
    case SearchTerm::Kind::Passport:
    case SearchTerm::Kind::Name: {
        if (plan == NamePlan::WalkWithLookup) {
            const SqlWhere matches = immigrantMatches(term, QStringLiteral("a.immigrant_id"));
            w.add(matches.sql, matches.binds);
        } else {
            const SqlWhere people = matchingImmigrants(term);
            // A unary + keeps SQLite from answering the IN through the
            // immigrant index, so it walks the sort order instead.
            w.add((plan == NamePlan::WalkWithIdList ? QLatin1String("+a.immigrant_id IN (")
                                                    : QLatin1String("a.immigrant_id IN (")) +
                      people.sql + u')',
                  people.binds);
        }
        break;
    }
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
    const std::optional<NameProbe> probe = nameProbe(filter);
    if (!probe)
        return {};
    return {kCasesEstimate, inlineBinds(m_db, probe->count)};
}

Statement CaseRegisterRepository::pageStatement(const RegisterFilter &filter,
                                                                        const RegisterSort &sort,
                                                                        const RegisterRow *key, bool forward,
                                                                        qint64 offset, int limit) const
{
    SqlWhere w = where(filter, namePlan(filter));
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
