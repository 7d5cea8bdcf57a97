// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "RegisterSearch.h"

namespace ruqsat::store {

class Database;
struct DeadlineColumns;

// One row behind a statutory clock, as the store holds it; models/deadlines
// turns the rows into the Deadlines tab's items (which window, which rule).
struct DeadlineRow
{
    QDate dueOn;   // the last day in time (a window's last day)
    QDate doneOn;  // when the act was done, for a clock shown after it (else invalid)
    QString caseId, registryNumber;
    QString permitId, permitNumber;
    QDate validTo, chainStart; // permits: to place their windows
    bool extending = false;    // permits: an extension is applied for or given
    int districtId = 0;
    QString clerk;  // the login of who took the case in or issued the permit
    QString person; // the immigrant's Latin name
    QString detail; // per kind: a complaint's addressee, a case's status
};

// Which rows to read: the session's districts (DistrictScope.h; empty: all)
// and the days that bound the windows of permits.
struct DeadlineScope
{
    QList<int> districtIds;
    QDate today;
    // Permits in force whose last day falls in [today, permitsUntil] are read
    // for their extension, renewal and expiry clocks.
    QDate permitsUntil;
    // Clocks already met (a notice sent, a late notice recorded) stay listed
    // while their day is on or after this one.
    QDate doneSince;
};

// The open statutory clocks of a store, one query per kind of clock. Each
// reads by an index on its due day or its open state, so the deadlines stay
// quick however large the register grows.
class DeadlineRepository
{
public:
    explicit DeadlineRepository(const Database &db) : m_db(db) {}

    // Keeps every statement run, with its parameters, in `trace` (the
    // benchmark runs them again in the sqlite3 tool); null: none kept.
    void setTrace(QList<Statement> *trace) { m_trace = trace; }

    // R-DECISION-TERM: open cases with their decision due day.
    QList<DeadlineRow> decisions(const DeadlineScope &scope) const;
    // R-POLICE: requests to the police not answered yet.
    QList<DeadlineRow> policeAnswers(const DeadlineScope &scope) const;
    // R-PORTAL-INTENT: live quota reservations with their last day.
    QList<DeadlineRow> reservations(const DeadlineScope &scope) const;
    // R-EXTEND-WINDOW, R-RENEW-AFTER-12 and expiry: permits in force ending
    // between scope.today and scope.permitsUntil.
    QList<DeadlineRow> permitsEnding(const DeadlineScope &scope) const;
    // R-REVOKE-POLICE: Appendix 9 notices not sent, and those sent lately.
    QList<DeadlineRow> revocationNotices(const DeadlineScope &scope) const;
    // R-TERMINATION: employers' notices that came after their day, lately.
    QList<DeadlineRow> lateTerminations(const DeadlineScope &scope) const;
    // R-COMPLAINT-*: complaints not resolved; `detail` is the addressee.
    QList<DeadlineRow> complaints(const DeadlineScope &scope) const;

private:
    QList<DeadlineRow> run(const DeadlineColumns &c, const QString &from, SqlWhere w,
                           const DeadlineScope &scope) const;

    const Database &m_db;
    QList<Statement> *m_trace = nullptr;
};

} // namespace ruqsat::store
