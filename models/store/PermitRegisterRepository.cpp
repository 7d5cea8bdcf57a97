// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitRegisterRepository.h"

#include "Database.h"
#include "Query.h"

#include <algorithm>

namespace ruqsat::store {

using namespace records;


namespace {

// How far ahead "expiring" looks: the extension window of R-EXTEND-WINDOW
// opens 30 calendar days before the permit expires.
constexpr int kExpiringDays = 30;

QString sortExpression(PermitRegisterColumn column)
{
    switch (column) {
    case PermitRegisterColumn::Number:
        return QStringLiteral("p.number");
    case PermitRegisterColumn::Immigrant:
        return QStringLiteral("p.immigrant_sort");
    case PermitRegisterColumn::ValidFrom:
        return QStringLiteral("p.valid_from");
    case PermitRegisterColumn::ValidTo:
        return QStringLiteral("p.valid_to");
    }
    return QStringLiteral("p.valid_from");
}

void addSearch(SqlWhere &w, const SearchTerm &term)
{
    switch (term.kind) {
    case SearchTerm::Kind::RegistryNumber:
        w.add(QStringLiteral("p.application_id IN (SELECT id FROM applications WHERE "
                             "registry_number = :registry)"),
              {{QStringLiteral(":registry"), term.text}});
        break;
    case SearchTerm::Kind::PermitNumber:
        w.add(QStringLiteral("p.number = :permit"), {{QStringLiteral(":permit"), term.text}});
        break;
    case SearchTerm::Kind::PermitNumberPrefix:
        w.add(prefixRange(QStringLiteral("p.number"), QStringLiteral(":permitLo"),
                          QStringLiteral(":permitHi")),
              {{QStringLiteral(":permitLo"), term.text},
               {QStringLiteral(":permitHi"), prefixEnd(term.text)}});
        break;
    default: // the people's searches: PersonSearch
        break;
    }
}

} // namespace

PermitRegisterRepository::PermitRegisterRepository(const Database &db)
    : m_db(db), m_people(db, QStringLiteral("permits"), QStringLiteral("p"))
{
}

SqlWhere PermitRegisterRepository::where(const PermitRegisterFilter &f,
                                         PersonSearch::Plan plan) const
{
    SqlWhere w;
    const SearchTerm term = SearchTerm::parse(f.search);
    if (term.findsPeople()) {
        const SqlWhere people = m_people.condition(term, plan);
        w.add(people.sql, people.binds);
    }
    addSearch(w, term);
    if (f.districtId != 0)
        w.add(QStringLiteral("p.district_id = :district"),
              {{QStringLiteral(":district"), f.districtId}});
    addDistrictScope(w, QStringLiteral("p.district_id"), f.districtIds);
    const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
    const QVariantMap day{{QStringLiteral(":today"), SqlDialect::date(today)}};
    // Keep in step with effectiveStatus(). The day tests sit in CASE so that
    // the status is the only term an index can take: SQLite (no histograms)
    // would otherwise read the (status, valid_to) range and sort every match
    // for a page; this way the sort column's index gives the order and a page
    // stops after its rows (measured at 1M permits: 0.5 s became 10 ms).
    switch (f.state) {
    case PermitRegisterFilter::State::Any:
        break;
    case PermitRegisterFilter::State::InForce:
        w.add(QStringLiteral("p.status = 'in_force' AND CASE WHEN p.valid_to >= :today THEN TRUE "
                             "ELSE FALSE END"),
              day);
        break;
    case PermitRegisterFilter::State::ExpiringWithin30Days:
        w.add(
            QStringLiteral(
                "p.status = 'in_force' AND "
                "CASE WHEN p.valid_to >= :today AND p.valid_to <= :soon THEN TRUE ELSE FALSE END"),
            {{QStringLiteral(":today"), SqlDialect::date(today)},
             {QStringLiteral(":soon"), SqlDialect::date(today.addDays(kExpiringDays))}});
        break;
    case PermitRegisterFilter::State::Expired:
        // One range of the status index rather than an OR of two (that took 1 s to count).
        w.add(
            QStringLiteral("p.status IN ('expired', 'in_force') AND "
                           "CASE WHEN p.status = 'expired' THEN TRUE ELSE p.valid_to < :today END"),
            day);
        break;
    case PermitRegisterFilter::State::Revoked:
        w.add(QStringLiteral("p.status = 'revoked'"));
        break;
    case PermitRegisterFilter::State::Terminated:
        w.add(QStringLiteral("p.status = 'terminated'"));
        break;
    }
    return w;
}

namespace {

QString personName(const QVariant &surname, const QVariant &givenNames)
{
    return QString(surname.toString() + u' ' + givenNames.toString()).trimmed();
}

} // namespace

PermitStatus effectiveStatus(PermitStatus stored, const QDate &validTo, const QDate &today)
{
    return stored == PermitStatus::InForce && validTo < today ? PermitStatus::Expired : stored;
}

Statement PermitRegisterRepository::countStatement(const PermitRegisterFilter &filter) const
{
    const SqlWhere w = where(filter);
    return {QLatin1String("SELECT count(*) FROM permits p WHERE ") + w.sql, w.binds};
}

qint64 PermitRegisterRepository::count(const PermitRegisterFilter &filter) const
{
    const Statement s = countStatement(filter);
    Query q(m_db, s.sql);
    q.bind(s.binds);
    return q.scalar().toLongLong();
}

QString PermitRegisterRepository::debugCountSql(const PermitRegisterFilter &filter) const
{
    return inlineBinds(m_db, countStatement(filter));
}

QString PermitRegisterRepository::debugSql(const PermitRegisterFilter &filter,
                                           const PermitRegisterSort &sort, int limit, qint64 offset,
                                           const PermitRegisterRow *after) const
{
    return inlineBinds(m_db, pageStatement(filter, sort, after, true, offset, limit));
}

QStringList PermitRegisterRepository::debugPlanProbeSql(const PermitRegisterFilter &filter) const
{
    return m_people.debugProbeSql(SearchTerm::parse(filter.search));
}

Statement PermitRegisterRepository::pageStatement(
    const PermitRegisterFilter &filter, const PermitRegisterSort &sort,
    const PermitRegisterRow *key, bool forward, qint64 offset, int limit) const
{
    SqlWhere w = where(filter, m_people.plan(SearchTerm::parse(filter.search)));
    const QString expr = sortExpression(sort.column);
    // Reading backwards is reading the reverse order forwards.
    const bool ascending = (sort.order == Qt::AscendingOrder) == forward;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (key) {
        QVariant value = key->sortValue;
        if (value.metaType() == QMetaType::fromType<QDate>())
            value = SqlDialect::date(value.toDate()); // PostgreSQL hands dates back as QDate
        w.add(u'(' + expr + QLatin1String(", p.id) ") + (ascending ? u'>' : u'<') +
                  QLatin1String(" (:kv, :kid)"),
              {{QStringLiteral(":kv"), value}, {QStringLiteral(":kid"), key->id}});
    }
    w.binds.insert(QStringLiteral(":limit"), limit);
    w.binds.insert(QStringLiteral(":offset"), offset);
    // The page is chosen on permits alone (their indexes serve the order);
    // people and the extended permit are joined for those rows only.
    const QString sql =
        QLatin1String(
            "SELECT p.id, p.number, p.valid_from, p.valid_to, p.status, p.copies_issued, "
            "p.application_id, p.sort_value, i.surname_lat, i.given_names_lat, i.surname_cyr, "
            "i.given_names_cyr, i.iin, e.surname, e.given_names, x.number FROM (SELECT p.*, ") +
        expr + QLatin1String(" AS sort_value FROM permits p WHERE ") + w.sql +
        QLatin1String(" ORDER BY ") + expr + dir + QLatin1String(", p.id") + dir +
        QLatin1String(" LIMIT :limit OFFSET :offset) p ") +
        QLatin1String(
            "JOIN immigrants i ON i.id = p.immigrant_id JOIN employers e ON e.id = p.employer_id "
            "LEFT JOIN permits x ON x.id = p.extends_permit_id ORDER BY p.sort_value") +
        dir + QLatin1String(", p.id") + dir;
    return {sql, w.binds};
}

QList<PermitRegisterRow> PermitRegisterRepository::page(const PermitRegisterFilter &filter,
                                                        const PermitRegisterSort &sort,
                                                        const PermitRegisterRow *key, bool forward,
                                                        qint64 offset, int limit) const
{
    const Statement s = pageStatement(filter, sort, key, forward, offset, limit);
    Query q(m_db, s.sql);
    q.bind(s.binds);
    q.exec();
    QList<PermitRegisterRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        PermitRegisterRow r;
        r.id = q.value(0).toString();
        r.number = q.value(1).toString();
        r.validFrom = SqlDialect::dateFrom(q.value(2));
        r.validTo = SqlDialect::dateFrom(q.value(3));
        r.status = fromCode<PermitStatus>(q.value(4).toString()).value_or(PermitStatus::InForce);
        r.copiesIssued = q.value(5).toInt();
        r.applicationId = q.value(6).toString();
        r.sortValue = q.value(7);
        r.immigrantLatin = personName(q.value(8), q.value(9));
        r.immigrantCyrillic = personName(q.value(10), q.value(11));
        r.iin = q.value(12).toString();
        r.employerName = personName(q.value(13), q.value(14));
        r.extendsPermitNumber = q.value(15).toString();
        rows << r;
    }
    if (!forward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<PermitRegisterRow> PermitRegisterRepository::firstPage(const PermitRegisterFilter &filter,
                                                             const PermitRegisterSort &sort,
                                                             int limit) const
{
    return page(filter, sort, nullptr, true, 0, limit);
}

QList<PermitRegisterRow> PermitRegisterRepository::pageAfter(const PermitRegisterFilter &filter,
                                                             const PermitRegisterSort &sort,
                                                             const PermitRegisterRow &last,
                                                             int limit) const
{
    return page(filter, sort, &last, true, 0, limit);
}

QList<PermitRegisterRow> PermitRegisterRepository::pageBefore(const PermitRegisterFilter &filter,
                                                              const PermitRegisterSort &sort,
                                                              const PermitRegisterRow &first,
                                                              int limit) const
{
    return page(filter, sort, &first, false, 0, limit);
}

QList<PermitRegisterRow> PermitRegisterRepository::pageAt(const PermitRegisterFilter &filter,
                                                          const PermitRegisterSort &sort,
                                                          qint64 offset, int limit) const
{
    return page(filter, sort, nullptr, true, offset, limit);
}

} // namespace ruqsat::store
