// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineRepository.h"

#include "Database.h"
#include "Query.h"
#include "RegisterSearch.h"
#include "SqlDialect.h"

namespace ruqsat::store {

namespace {

// Every row query names the same columns, in this order.
const QString kColumns = QStringLiteral(
    "SELECT %1 AS due_on, %2 AS done_on, a.id, a.registry_number, %3 AS permit_id, "
    "%4 AS permit_number, %5 AS valid_to, %6 AS chain_start, %7 AS extending, %8 AS district_id, "
    "u.login, i.surname_lat, i.given_names_lat, %9 AS detail ");

const QString kExtending = QStringLiteral(
    "CASE WHEN EXISTS (SELECT 1 FROM applications x WHERE x.extends_permit_id = %1 AND "
    "x.status NOT IN ('draft', 'refused_intake', 'refused', 'withdrawn')) THEN 1 ELSE 0 END");

// A kind of clock in two parts. The key: the narrow tables an index answers
// from alone (aliases k…), which rows are open, their due day and id, the
// district and the clerk's user id to filter by. The row: the tables joined
// to the key's rows `k` (k.id, k.due) for what the tab shows.
struct Source
{
    QString keyFrom, open, due, id, district, clerk;
    QString rowFrom; // after "FROM (key) k JOIN "
    QString rowDue, done = QStringLiteral("NULL"), permitId = QStringLiteral("NULL"),
                    permitNumber = QStringLiteral("NULL"), validTo = QStringLiteral("NULL"),
                    chainStart = QStringLiteral("NULL"), extending = QStringLiteral("0"),
                    rowDistrict, detail = QStringLiteral("''");
    // Permits: the key columns a tally also groups by (chain start, extension).
    QString tallyChainStart, tallyExtending;
    QVariantMap binds;

    QString columns() const
    {
        return kColumns.arg(rowDue, done, permitId, permitNumber, validTo, chainStart, extending,
                            rowDistrict, detail);
    }
};

Source sourceOf(ClockSource kind, const DeadlineScope &scope)
{
    Source s;
    switch (kind) {
    case ClockSource::Decisions:
        // applications_status_due (status, due, id, district, clerk) serves each status.
        s.keyFrom = QStringLiteral("applications ka");
        s.open = QStringLiteral("ka.status IN ('submitted', 'accepted', 'police_check') AND "
                                "ka.decision_due_on IS NOT NULL");
        s.due = QStringLiteral("ka.decision_due_on");
        s.id = QStringLiteral("ka.id");
        s.district = QStringLiteral("ka.district_id");
        s.clerk = QStringLiteral("ka.created_by");
        s.rowFrom = QStringLiteral("applications a ON a.id = k.id JOIN immigrants i ON i.id = a.immigrant_id "
                                   "LEFT JOIN users u ON u.id = a.created_by");
        s.rowDue = QStringLiteral("a.decision_due_on");
        s.rowDistrict = QStringLiteral("a.district_id");
        s.detail = QStringLiteral("a.status");
        break;
    case ClockSource::PoliceAnswers:
        // police_checks_open (answered_at, answer_due_on, id, application_id).
        s.keyFrom = QStringLiteral("police_checks kc JOIN applications ka ON ka.id = kc.application_id");
        s.open = QStringLiteral("kc.answered_at IS NULL AND ka.status = 'police_check'");
        s.due = QStringLiteral("kc.answer_due_on");
        s.id = QStringLiteral("kc.id");
        s.district = QStringLiteral("ka.district_id");
        s.clerk = QStringLiteral("ka.created_by");
        s.rowFrom = QStringLiteral("police_checks pc ON pc.id = k.id JOIN applications a ON a.id = pc.application_id "
                                   "JOIN immigrants i ON i.id = a.immigrant_id "
                                   "LEFT JOIN users u ON u.id = a.created_by");
        s.rowDue = QStringLiteral("pc.answer_due_on");
        s.rowDistrict = QStringLiteral("a.district_id");
        break;
    case ClockSource::Reservations:
        s.keyFrom = QStringLiteral("quota_reservations kr JOIN applications ka ON ka.id = kr.application_id");
        s.open = QStringLiteral("kr.state = 'live'");
        s.due = QStringLiteral("kr.expires_on");
        s.id = QStringLiteral("kr.id");
        s.district = QStringLiteral("ka.district_id");
        s.clerk = QStringLiteral("ka.created_by");
        s.rowFrom = QStringLiteral("quota_reservations r ON r.id = k.id JOIN applications a ON a.id = r.application_id "
                                   "JOIN immigrants i ON i.id = a.immigrant_id "
                                   "LEFT JOIN users u ON u.id = a.created_by");
        s.rowDue = QStringLiteral("r.expires_on");
        s.rowDistrict = QStringLiteral("a.district_id");
        break;
    case ClockSource::PermitsEnding:
        // permits_status_to (status, valid_to, id, chain_start, district, clerk)
        // bounds the read to the days asked.
        s.keyFrom = QStringLiteral("permits kp");
        s.open = QStringLiteral("kp.status = 'in_force' AND kp.valid_to >= :from AND kp.valid_to <= :until");
        s.binds = {{QStringLiteral(":from"),
                    SqlDialect::date(scope.permitsFrom.isValid() ? std::max(scope.today, scope.permitsFrom) : scope.today)},
                   {QStringLiteral(":until"), SqlDialect::date(scope.permitsUntil)}};
        s.due = QStringLiteral("kp.valid_to");
        s.id = QStringLiteral("kp.id");
        s.district = QStringLiteral("kp.district_id");
        s.clerk = QStringLiteral("kp.issued_by");
        s.tallyChainStart = QStringLiteral("kp.chain_start");
        s.tallyExtending = kExtending.arg(QStringLiteral("kp.id"));
        s.rowFrom = QStringLiteral("permits p ON p.id = k.id JOIN applications a ON a.id = p.application_id "
                                   "JOIN immigrants i ON i.id = p.immigrant_id "
                                   "LEFT JOIN users u ON u.id = p.issued_by");
        s.rowDue = QStringLiteral("p.valid_to");
        s.permitId = QStringLiteral("p.id");
        s.permitNumber = QStringLiteral("p.number");
        s.validTo = QStringLiteral("p.valid_to");
        s.chainStart = QStringLiteral("p.chain_start");
        s.extending = kExtending.arg(QStringLiteral("p.id"));
        s.rowDistrict = QStringLiteral("p.district_id");
        break;
    case ClockSource::RevocationNotices:
        // The revocations first, then each one's permit by its id: CROSS JOIN
        // keeps SQLite from reading every permit of a district instead
        // (PostgreSQL orders a cross join with a condition as any join).
        s.keyFrom = QStringLiteral("revocations kv CROSS JOIN permits kp");
        s.open = QStringLiteral("kp.id = kv.permit_id AND "
                                "(kv.police_notified_on IS NULL OR kv.police_notice_due_on >= :since)");
        s.binds = {{QStringLiteral(":since"), SqlDialect::date(scope.doneSince)}};
        s.due = QStringLiteral("kv.police_notice_due_on");
        s.id = QStringLiteral("kv.id");
        s.district = QStringLiteral("kp.district_id");
        s.clerk = QStringLiteral("kv.recorded_by");
        s.rowFrom = QStringLiteral("revocations v ON v.id = k.id JOIN permits p ON p.id = v.permit_id "
                                   "JOIN applications a ON a.id = p.application_id "
                                   "JOIN immigrants i ON i.id = p.immigrant_id "
                                   "LEFT JOIN users u ON u.id = v.recorded_by");
        s.rowDue = QStringLiteral("v.police_notice_due_on");
        s.done = QStringLiteral("v.police_notified_on");
        s.permitId = QStringLiteral("p.id");
        s.permitNumber = QStringLiteral("p.number");
        s.rowDistrict = QStringLiteral("p.district_id");
        break;
    case ClockSource::LateTerminations:
        // terminations_notice_due (notice_due_on), then the permit by its id,
        // as for the revocations.
        s.keyFrom = QStringLiteral("terminations kt CROSS JOIN permits kp");
        s.open = QStringLiteral("kp.id = kt.permit_id AND kt.notified_on > kt.notice_due_on AND "
                                "kt.notice_due_on >= :since");
        s.binds = {{QStringLiteral(":since"), SqlDialect::date(scope.doneSince)}};
        s.due = QStringLiteral("kt.notice_due_on");
        s.id = QStringLiteral("kt.id");
        s.district = QStringLiteral("kp.district_id");
        s.clerk = QStringLiteral("kt.recorded_by");
        s.rowFrom = QStringLiteral("terminations t ON t.id = k.id JOIN permits p ON p.id = t.permit_id "
                                   "JOIN applications a ON a.id = p.application_id "
                                   "JOIN immigrants i ON i.id = p.immigrant_id "
                                   "LEFT JOIN users u ON u.id = t.recorded_by");
        s.rowDue = QStringLiteral("t.notice_due_on");
        s.done = QStringLiteral("t.notified_on");
        s.permitId = QStringLiteral("p.id");
        s.permitNumber = QStringLiteral("p.number");
        s.rowDistrict = QStringLiteral("p.district_id");
        break;
    case ClockSource::Complaints:
        // complaints_due (resolved_on, due_on): the open ones.
        s.keyFrom = QStringLiteral("complaints kq LEFT JOIN permits kp ON kp.id = kq.permit_id "
                                   "JOIN applications ka ON ka.id = COALESCE(kp.application_id, kq.application_id)");
        s.open = QStringLiteral("kq.resolved_on IS NULL");
        s.due = QStringLiteral("kq.due_on");
        s.id = QStringLiteral("kq.id");
        s.district = QStringLiteral("COALESCE(kp.district_id, ka.district_id)");
        s.clerk = QStringLiteral("kq.recorded_by");
        s.rowFrom = QStringLiteral("complaints cp ON cp.id = k.id LEFT JOIN permits p ON p.id = cp.permit_id "
                                   "JOIN applications a ON a.id = COALESCE(p.application_id, cp.application_id) "
                                   "JOIN immigrants i ON i.id = a.immigrant_id "
                                   "LEFT JOIN users u ON u.id = cp.recorded_by");
        s.rowDue = QStringLiteral("cp.due_on");
        s.permitId = QStringLiteral("p.id");
        s.permitNumber = QStringLiteral("p.number");
        s.rowDistrict = QStringLiteral("COALESCE(p.district_id, a.district_id)");
        s.detail = QStringLiteral("cp.addressee");
        break;
    }
    return s;
}

// The open rows of `s` in the scope's districts and of its clerk.
SqlWhere keyWhere(const Source &s, const DeadlineScope &scope)
{
    SqlWhere w;
    w.add(s.open, s.binds);
    // The unary plus keeps SQLite's planner, which has no statistics, on the
    // index of the due day (which holds the district) rather than the
    // district's index, which would read every case of the district.
    addDistrictScope(w, QLatin1String("+") + s.district, scope.districtIds);
    if (!scope.clerk.isEmpty())
        w.add(s.clerk + QLatin1String(" = (SELECT cu.id FROM users cu WHERE cu.login = :clerk)"),
              {{QStringLiteral(":clerk"), scope.clerk}});
    return w;
}

} // namespace

QList<DeadlineRow> DeadlineRepository::rows(ClockSource source, const DeadlineScope &scope, int limit) const
{
    const Source s = sourceOf(source, scope);
    const SqlWhere w = keyWhere(s, scope);
    // The key's rows are chosen and ordered on the index alone; only they
    // are joined to what the tab shows.
    QString key = QStringLiteral("SELECT %1 AS id, %2 AS due FROM %3 WHERE %4 ORDER BY %2, %1")
                      .arg(s.id, s.due, s.keyFrom, w.sql);
    if (limit > 0)
        key += QStringLiteral(" LIMIT %1").arg(limit);
    const QString sql = s.columns() + QStringLiteral("FROM (") + key + QStringLiteral(") k JOIN ") +
                        s.rowFrom + QStringLiteral(" ORDER BY k.due, k.id");
    if (m_trace)
        *m_trace << Statement{sql, w.binds};
    Query q(m_db, sql);
    q.bind(w.binds);
    q.exec();
    QList<DeadlineRow> rows;
    while (q.next()) {
        DeadlineRow r;
        r.dueOn = SqlDialect::dateFrom(q.value(0));
        r.doneOn = SqlDialect::dateFrom(q.value(1));
        r.caseId = q.value(2).toString();
        r.registryNumber = q.value(3).toString();
        r.permitId = q.value(4).toString();
        r.permitNumber = q.value(5).toString();
        r.validTo = SqlDialect::dateFrom(q.value(6));
        r.chainStart = SqlDialect::dateFrom(q.value(7));
        r.extending = q.value(8).toInt() != 0;
        r.districtId = q.value(9).toInt();
        r.clerk = q.value(10).toString();
        r.person = QString(q.value(11).toString() + u' ' + q.value(12).toString()).trimmed();
        r.detail = q.value(13).toString();
        rows << r;
    }
    return rows;
}

QList<DeadlineTally> DeadlineRepository::tally(ClockSource source, const DeadlineScope &scope) const
{
    const Source s = sourceOf(source, scope);
    const SqlWhere w = keyWhere(s, scope);
    const bool permits = !s.tallyChainStart.isEmpty();
    // Grouped outside the row-wise select, so that PostgreSQL groups by the
    // extension's EXISTS as by any column.
    const QString columns = permits ? QStringLiteral("%1 AS g0, %2 AS g1, %3 AS g2")
                                          .arg(s.due, s.tallyChainStart, s.tallyExtending)
                                    : s.due + QLatin1String(" AS g0");
    const QString groups = permits ? QStringLiteral("g0, g1, g2") : QStringLiteral("g0");
    const QString sql = QStringLiteral("SELECT %1, count(*) FROM (SELECT %2 FROM %3 WHERE %4) t GROUP BY %1")
                            .arg(groups, columns, s.keyFrom, w.sql);
    if (m_trace)
        *m_trace << Statement{sql, w.binds};
    Query q(m_db, sql);
    q.bind(w.binds);
    q.exec();
    QList<DeadlineTally> counts;
    while (q.next()) {
        DeadlineTally t;
        t.dueOn = SqlDialect::dateFrom(q.value(0));
        if (permits) {
            t.validTo = t.dueOn;
            t.chainStart = SqlDialect::dateFrom(q.value(1));
            t.extending = q.value(2).toInt() != 0;
        }
        t.count = q.value(permits ? 3 : 1).toInt();
        counts << t;
    }
    return counts;
}

} // namespace ruqsat::store
