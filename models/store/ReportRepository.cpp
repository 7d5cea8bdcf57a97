// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRepository.h"

#include "Database.h"
#include "Query.h"
#include "SqlDialect.h"

namespace ruqsat::store {

using reports::Grouping;
using reports::Kind;

namespace {

// Where a kind's rows are and which of their columns say what. The
// application (alias a) and the immigrant (alias i) are joined only when
// the grouping or the district scope needs them.
struct Source
{
    QString table;       // with its alias and the joins it always needs
    QString moment;      // the column counted by
    bool byDay = false;  // a date column rather than a moment
    QString condition;   // which rows are of the kind
    QString application; // the application's id
    QString immigrant;   // the immigrant's id; empty: through the application
    QString district;    // the district; empty: the application's
    QString clerk;       // the user who recorded it
};

Source sourceOf(Kind kind)
{
    Source s;
    switch (kind) {
    case Kind::Issued:
    case Kind::Extended:
        // A permit's issue time is its decision's (PermitRepository::issue).
        s.table = QStringLiteral("permits p");
        s.moment = QStringLiteral("p.issued_at");
        s.condition = kind == Kind::Issued ? QStringLiteral("p.extends_permit_id IS NULL")
                                           : QStringLiteral("p.extends_permit_id IS NOT NULL");
        s.application = QStringLiteral("p.application_id");
        s.immigrant = QStringLiteral("p.immigrant_id");
        s.district = QStringLiteral("p.district_id");
        s.clerk = QStringLiteral("p.issued_by");
        break;
    case Kind::Refused:
    case Kind::RefusedAtIntake:
    case Kind::DecisionTerm:
        s.table = QStringLiteral("decisions d");
        s.moment = QStringLiteral("d.decided_at");
        s.condition = kind == Kind::Refused ? QStringLiteral("d.kind = 'refuse'")
                      : kind == Kind::RefusedAtIntake
                          ? QStringLiteral("d.kind = 'refuse_intake'")
                          : QStringLiteral("d.kind IN ('issue', 'extend', 'refuse') "
                                           "AND a.decision_due_on IS NOT NULL");
        s.application = QStringLiteral("d.application_id");
        s.clerk = QStringLiteral("d.decided_by");
        break;
    case Kind::Revoked:
        s.table = QStringLiteral("revocations v JOIN permits p ON p.id = v.permit_id");
        s.moment = QStringLiteral("v.revoked_on");
        s.byDay = true;
        s.application = QStringLiteral("p.application_id");
        s.immigrant = QStringLiteral("p.immigrant_id");
        s.district = QStringLiteral("p.district_id");
        s.clerk = QStringLiteral("v.recorded_by");
        break;
    case Kind::Terminated:
        s.table = QStringLiteral("terminations t JOIN permits p ON p.id = t.permit_id");
        s.moment = QStringLiteral("t.notified_on");
        s.byDay = true;
        s.application = QStringLiteral("p.application_id");
        s.immigrant = QStringLiteral("p.immigrant_id");
        s.district = QStringLiteral("p.district_id");
        s.clerk = QStringLiteral("t.recorded_by");
        break;
    case Kind::Copies:
        s.table = QStringLiteral("permit_copies c JOIN permits p ON p.id = c.permit_id");
        s.moment = QStringLiteral("c.issued_at");
        s.application = QStringLiteral("p.application_id");
        s.immigrant = QStringLiteral("p.immigrant_id");
        s.district = QStringLiteral("p.district_id");
        s.clerk = QStringLiteral("c.issued_by");
        break;
    }
    return s;
}

} // namespace

Statement ReportRepository::statement(const ReportRequest &r) const
{
    const Source s = sourceOf(r.kind);
    const bool decisions = s.district.isEmpty();
    const bool needsApplication =
        r.by == Grouping::Channel || r.kind == Kind::DecisionTerm ||
        (decisions &&
         (!r.districtIds.isEmpty() || r.by == Grouping::District || r.by == Grouping::Citizenship));
    const QString district = decisions ? QStringLiteral("a.district_id") : s.district;
    const QString immigrant =
        s.immigrant.isEmpty() ? QStringLiteral("a.immigrant_id") : s.immigrant;

    QString from = QLatin1String("FROM ") + s.table;
    if (needsApplication)
        from += QLatin1String(" JOIN applications a ON a.id = ") + s.application;
    // A decision's citizenship is its application's copy (schema 18): one
    // lookup a decision, through applications_report, instead of two.
    const bool citizenshipOfApplication = r.by == Grouping::Citizenship && needsApplication &&
                                          s.immigrant.isEmpty();
    if (r.by == Grouping::Citizenship && !citizenshipOfApplication)
        from += QLatin1String(" JOIN immigrants i ON i.id = ") + immigrant;

    SqlWhere w;
    if (!s.condition.isEmpty())
        w.add(s.condition);
    if (s.byDay)
        w.add(s.moment + QLatin1String(" >= :first AND ") + s.moment + QLatin1String(" <= :last"),
              {{QStringLiteral(":first"), SqlDialect::date(r.firstDay)},
               {QStringLiteral(":last"), SqlDialect::date(r.lastDay)}});
    else
        w.add(s.moment + QLatin1String(" >= :from AND ") + s.moment + QLatin1String(" < :to"),
              {{QStringLiteral(":from"), m_db.dialect().time(r.from)},
               {QStringLiteral(":to"), m_db.dialect().time(r.to)}});
    addDistrictScope(w, district, r.districtIds);

    QString key;
    switch (r.by) {
    case Grouping::None:
        key = QStringLiteral("''");
        break;
    case Grouping::District:
        key = district;
        break;
    case Grouping::Citizenship:
        key = citizenshipOfApplication ? QStringLiteral("a.citizenship") : QStringLiteral("i.citizenship");
        break;
    case Grouping::Channel:
        key = QStringLiteral("a.channel");
        break;
    case Grouping::Ground:
        key = QStringLiteral("d.ground_id");
        break;
    case Grouping::Clerk:
        key = s.clerk;
        break;
    case Grouping::Month: {
        // Each row's month by the moments (or days) where the months begin,
        // bound from the program, which knows Kazakhstan's offset from UTC
        // in every year: one SQL for both databases, and right at midnight.
        key = QStringLiteral("CASE");
        for (int i = 1; i < r.monthKeys.size(); ++i) {
            const QString bound = QStringLiteral(":m%1").arg(i);
            const QString name = QStringLiteral(":k%1").arg(i - 1);
            key += QLatin1String(" WHEN ") + s.moment + QLatin1String(" < ") + bound +
                   QLatin1String(" THEN ") + name;
            w.binds.insert(bound, s.byDay ? SqlDialect::date(r.monthFirstDays.at(i - 1))
                                          : m_db.dialect().time(r.monthStarts.at(i - 1)));
            w.binds.insert(name, r.monthKeys.at(i - 1));
        }
        const QString last = QStringLiteral(":k%1").arg(r.monthKeys.size() - 1);
        key += QLatin1String(" ELSE ") + last + QLatin1String(" END");
        w.binds.insert(last, r.monthKeys.value(r.monthKeys.size() - 1));
        if (r.monthKeys.size() == 1)
            key = last;
        break;
    }
    }

    QString inTime = QStringLiteral("0");
    if (r.kind == Kind::DecisionTerm) {
        // R-DECISION-TERM: decided before the local midnight that ends the due day.
        inTime = QLatin1String("COALESCE(SUM(CASE WHEN d.decided_at < ") +
                 m_db.dialect().dayPlusSeconds(QStringLiteral("a.decision_due_on"),
                                               QStringLiteral(":dueEnd")) +
                 QLatin1String(" THEN 1 ELSE 0 END), 0)");
        w.binds.insert(QStringLiteral(":dueEnd"),
                       QStringLiteral("%1 seconds").arg(r.dueDayEndSeconds));
    }

    QString sql = QLatin1String("SELECT ") + key +
                  QLatin1String(" AS group_key, COUNT(*) AS counted, ") + inTime +
                  QLatin1String(" AS in_time ") + from + QLatin1String(" WHERE ") + w.sql;
    if (r.by != Grouping::None)
        sql += QLatin1String(" GROUP BY 1 ORDER BY 1");
    return {sql, w.binds};
}

QList<ReportRow> ReportRepository::count(const ReportRequest &request) const
{
    const Statement s = statement(request);
    if (m_trace)
        *m_trace << s;
    Query q(m_db, s.sql);
    q.bind(s.binds).exec();
    QList<ReportRow> rows;
    while (q.next())
        rows << ReportRow{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()};
    return rows;
}

QHash<QString, QPair<QString, QString>> ReportRepository::users() const
{
    // Only the columns every role may read (schema 11 grants no more).
    Query q(m_db, QStringLiteral("SELECT id, login, full_name FROM users"));
    q.exec();
    QHash<QString, QPair<QString, QString>> users;
    while (q.next())
        users.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    return users;
}

} // namespace ruqsat::store
