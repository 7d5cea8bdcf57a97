// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineRepository.h"

#include "Database.h"
#include "Query.h"
#include "RegisterSearch.h"
#include "SqlDialect.h"

namespace ruqsat::store {

namespace {

// Every query names the same columns, in this order.
const QString kColumns = QStringLiteral(
    "SELECT %1 AS due_on, %2 AS done_on, a.id, a.registry_number, %3 AS permit_id, "
    "%4 AS permit_number, %5 AS valid_to, %6 AS chain_start, %7 AS extending, %8 AS district_id, "
    "u.login, i.surname_lat, i.given_names_lat, %9 AS detail ");

} // namespace

struct DeadlineColumns
{
    QString due, done = QStringLiteral("NULL"), permitId = QStringLiteral("NULL"),
                 permitNumber = QStringLiteral("NULL"), validTo = QStringLiteral("NULL"),
                 chainStart = QStringLiteral("NULL"), extending = QStringLiteral("0"), district,
                 detail = QStringLiteral("''");

    QString select() const
    {
        return kColumns.arg(due, done, permitId, permitNumber, validTo, chainStart, extending,
                            district, detail);
    }
};

namespace {

QList<DeadlineRow> read(const Database &db, const QString &sql, const QVariantMap &binds)
{
    Query q(db, sql);
    q.bind(binds);
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

} // namespace

// `from` and `conditions` with the scope's districts on the district column.
QList<DeadlineRow> DeadlineRepository::run(const DeadlineColumns &c, const QString &from, SqlWhere w,
                                           const DeadlineScope &scope) const
{
    addDistrictScope(w, c.district, scope.districtIds);
    const QString sql = c.select() + from + QLatin1String(" WHERE ") + w.sql;
    if (m_trace)
        *m_trace << Statement{sql, w.binds};
    return read(m_db, sql, w.binds);
}

QList<DeadlineRow> DeadlineRepository::decisions(const DeadlineScope &scope) const
{
    DeadlineColumns c;
    c.due = QStringLiteral("a.decision_due_on");
    c.district = QStringLiteral("a.district_id");
    c.detail = QStringLiteral("a.status");
    SqlWhere w;
    // applications_status_due serves each status.
    w.add(QStringLiteral("a.status IN ('submitted', 'accepted', 'police_check') "
                         "AND a.decision_due_on IS NOT NULL"));
    return run(c,
               QStringLiteral("FROM applications a JOIN immigrants i ON i.id = a.immigrant_id "
                              "LEFT JOIN users u ON u.id = a.created_by"),
               w, scope);
}

QList<DeadlineRow> DeadlineRepository::policeAnswers(const DeadlineScope &scope) const
{
    DeadlineColumns c;
    c.due = QStringLiteral("pc.answer_due_on");
    c.district = QStringLiteral("a.district_id");
    SqlWhere w;
    w.add(QStringLiteral("a.status = 'police_check' AND pc.answered_at IS NULL"));
    return run(c,
               QStringLiteral("FROM applications a JOIN police_checks pc ON pc.application_id = a.id "
                              "JOIN immigrants i ON i.id = a.immigrant_id "
                              "LEFT JOIN users u ON u.id = a.created_by"),
               w, scope);
}

QList<DeadlineRow> DeadlineRepository::reservations(const DeadlineScope &scope) const
{
    DeadlineColumns c;
    c.due = QStringLiteral("r.expires_on");
    c.district = QStringLiteral("a.district_id");
    SqlWhere w;
    w.add(QStringLiteral("r.state = 'live'"));
    return run(c,
               QStringLiteral("FROM quota_reservations r JOIN applications a ON a.id = r.application_id "
                              "JOIN immigrants i ON i.id = a.immigrant_id "
                              "LEFT JOIN users u ON u.id = a.created_by"),
               w, scope);
}

QList<DeadlineRow> DeadlineRepository::permitsEnding(const DeadlineScope &scope) const
{
    DeadlineColumns c;
    c.due = QStringLiteral("p.valid_to");
    c.permitId = QStringLiteral("p.id");
    c.permitNumber = QStringLiteral("p.number");
    c.validTo = QStringLiteral("p.valid_to");
    c.chainStart = QStringLiteral("p.chain_start");
    c.extending = QStringLiteral(
        "CASE WHEN EXISTS (SELECT 1 FROM applications x WHERE x.extends_permit_id = p.id AND "
        "x.status NOT IN ('draft', 'refused_intake', 'refused', 'withdrawn')) THEN 1 ELSE 0 END");
    c.district = QStringLiteral("p.district_id");
    SqlWhere w;
    // permits_status_to (status, valid_to) bounds the read to the days asked.
    w.add(QStringLiteral("p.status = 'in_force' AND p.valid_to >= :today AND p.valid_to <= :until"),
          {{QStringLiteral(":today"), SqlDialect::date(scope.today)},
           {QStringLiteral(":until"), SqlDialect::date(scope.permitsUntil)}});
    return run(c,
               QStringLiteral("FROM permits p JOIN applications a ON a.id = p.application_id "
                              "JOIN immigrants i ON i.id = p.immigrant_id "
                              "LEFT JOIN users u ON u.id = p.issued_by"),
               w, scope);
}

QList<DeadlineRow> DeadlineRepository::revocationNotices(const DeadlineScope &scope) const
{
    DeadlineColumns c;
    c.due = QStringLiteral("v.police_notice_due_on");
    c.done = QStringLiteral("v.police_notified_on");
    c.permitId = QStringLiteral("p.id");
    c.permitNumber = QStringLiteral("p.number");
    c.district = QStringLiteral("p.district_id");
    SqlWhere w;
    w.add(QStringLiteral("(v.police_notified_on IS NULL OR v.police_notice_due_on >= :since)"),
          {{QStringLiteral(":since"), SqlDialect::date(scope.doneSince)}});
    return run(c,
               QStringLiteral("FROM revocations v JOIN permits p ON p.id = v.permit_id "
                              "JOIN applications a ON a.id = p.application_id "
                              "JOIN immigrants i ON i.id = p.immigrant_id "
                              "LEFT JOIN users u ON u.id = v.recorded_by"),
               w, scope);
}

QList<DeadlineRow> DeadlineRepository::lateTerminations(const DeadlineScope &scope) const
{
    DeadlineColumns c;
    c.due = QStringLiteral("t.notice_due_on");
    c.done = QStringLiteral("t.notified_on");
    c.permitId = QStringLiteral("p.id");
    c.permitNumber = QStringLiteral("p.number");
    c.district = QStringLiteral("p.district_id");
    SqlWhere w;
    w.add(QStringLiteral("t.notified_on > t.notice_due_on AND t.notice_due_on >= :since"),
          {{QStringLiteral(":since"), SqlDialect::date(scope.doneSince)}});
    return run(c,
               QStringLiteral("FROM terminations t JOIN permits p ON p.id = t.permit_id "
                              "JOIN applications a ON a.id = p.application_id "
                              "JOIN immigrants i ON i.id = p.immigrant_id "
                              "LEFT JOIN users u ON u.id = t.recorded_by"),
               w, scope);
}

QList<DeadlineRow> DeadlineRepository::complaints(const DeadlineScope &scope) const
{
    DeadlineColumns c;
    c.due = QStringLiteral("cp.due_on");
    c.permitId = QStringLiteral("p.id");
    c.permitNumber = QStringLiteral("p.number");
    c.district = QStringLiteral("COALESCE(p.district_id, a.district_id)");
    c.detail = QStringLiteral("cp.addressee");
    SqlWhere w;
    // complaints_due (resolved_on, due_on): the open ones.
    w.add(QStringLiteral("cp.resolved_on IS NULL"));
    return run(c,
               QStringLiteral("FROM complaints cp LEFT JOIN permits p ON p.id = cp.permit_id "
                              "JOIN applications a ON a.id = COALESCE(p.application_id, cp.application_id) "
                              "JOIN immigrants i ON i.id = a.immigrant_id "
                              "LEFT JOIN users u ON u.id = cp.recorded_by"),
               w, scope);
}

} // namespace ruqsat::store
