// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Deadline.h"

namespace ruqsat::store {
class Database;
struct Statement;
}

namespace ruqsat::deadlines {

// Writes a clock's rule in words and what to do (Deadline::ruleText,
// action) in the language of `words`; list() does it in the screen's.
void describe(Deadline &d, const Words &words);

// Which clocks to list.
struct DeadlineFilter
{
    QDate today;            // invalid: the current date
    QList<int> districtIds; // the session's scope (cases::Session::scope()); empty: all
    int districtId = 0;     // one district chosen on the tab; 0: any
    QList<Kind> kinds;      // empty: every kind
    QString clerk;          // a login; empty: anyone's
};

// Every open statutory clock of a store: the Deadlines tab and
// `ruqsatctl deadlines` list the same items from here.
class DeadlineDesk
{
public:
    // A permit's extension or renewal window is listed this many days before
    // it opens, so that the employer can be told in time.
    static constexpr int kWindowNoticeDays = 7;
    // A permit is listed as expiring this many days before its last day (as
    // the permit register's "expiring" filter).
    static constexpr int kExpiryNoticeDays = 30;
    // A clock already met stays listed this many days after its day.
    static constexpr int kDoneShownDays = 7;

    explicit DeadlineDesk(const store::Database &db) : m_db(db) {}

    // Ordered by last day, then kind, then case or permit number. `trace`:
    // where to keep the statements run (bench/deadlines_bench).
    QList<Deadline> list(const DeadlineFilter &filter, QList<store::Statement> *trace = nullptr) const;

private:
    const store::Database &m_db;
};

} // namespace ruqsat::deadlines
