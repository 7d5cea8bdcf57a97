// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "RegisterSearch.h"

namespace ruqsat::store {

class Database;

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

// What a count of clocks reads: how many rows of a kind share a due day
// and, for permits, the facts that place their windows.
struct DeadlineTally
{
    QDate dueOn;
    QDate validTo, chainStart; // permits only
    bool extending = false;    // permits only
    int count = 0;
};

// Where a kind of clock is read from.
enum class ClockSource {
    Decisions,         // R-DECISION-TERM: open cases with their decision due day
    PoliceAnswers,     // R-POLICE: requests to the police not answered yet
    Reservations,      // R-PORTAL-INTENT: live quota reservations with their last day
    PermitsEnding,     // R-EXTEND-WINDOW, R-RENEW-AFTER-12, expiry: permits in force
                       // ending between scope.permitsFrom and scope.permitsUntil
    RevocationNotices, // R-REVOKE-POLICE: Appendix 9 notices not sent, and those sent lately
    LateTerminations,  // R-TERMINATION: employers' notices that came late, lately
    Complaints,        // R-COMPLAINT-*: complaints not resolved; `detail` is the addressee
};

// Which rows to read: the districts (DistrictScope.h; empty: all), whose
// (a clerk's login; empty: anyone's) and the days that bound the windows.
struct DeadlineScope
{
    QList<int> districtIds;
    QString clerk;
    QDate today;
    // Permits in force whose last day falls in [permitsFrom, permitsUntil]
    // are read for their extension, renewal and expiry clocks; permitsFrom
    // is never before today (invalid: today).
    QDate permitsFrom, permitsUntil;
    // Clocks already met (a notice sent, a late notice recorded) stay listed
    // while their day is on or after this one.
    QDate doneSince;
};

// The open statutory clocks of a store. Each kind is found, counted and
// ordered from one index holding its due day, its id and the columns the
// scope filters by (schema 16), and only the rows asked for are joined to
// the immigrant and the clerk: a page of the most urgent clocks stays quick
// however large the register grows.
class DeadlineRepository
{
public:
    explicit DeadlineRepository(const Database &db) : m_db(db) {}

    // Keeps every statement run, with its parameters, in `trace` (the
    // benchmark runs them again in the sqlite3 tool); null: none kept.
    void setTrace(QList<Statement> *trace) { m_trace = trace; }

    // The first `limit` rows of `source` (0: every one) by due day (a
    // permit's: its last day), then by id: the same order at every limit.
    QList<DeadlineRow> rows(ClockSource source, const DeadlineScope &scope, int limit = 0) const;
    // How many rows of `source` there are per due day (permits: per last
    // day, chain start and extension under way).
    QList<DeadlineTally> tally(ClockSource source, const DeadlineScope &scope) const;

private:
    const Database &m_db;
    QList<Statement> *m_trace = nullptr;
};

} // namespace ruqsat::store
