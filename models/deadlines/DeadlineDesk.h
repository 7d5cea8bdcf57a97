// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Deadline.h"

#include <QHash>

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

// The first clocks of a list, and how many the whole list holds.
struct DeadlinePage
{
    QList<Deadline> items;           // the most urgent clocks, in the list's order
    QHash<Urgency, int> counts;      // every clock the filter selects, per group
    int total = 0;                   // every clock the filter selects
    bool complete() const { return items.size() >= total; }
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

    // Ordered by last day, then kind; the clocks of one kind on one day in
    // the order the store keeps them (by id, so in the order they were
    // made). `trace`: where to keep the statements run (bench/deadlines_bench).
    QList<Deadline> list(const DeadlineFilter &filter, QList<store::Statement> *trace = nullptr) const;
    // The first `size` clocks of list() (0: all), and the counts of all of
    // it, without reading the rest: each kind is counted per day first, and
    // then only as many rows of each as the page holds are read.
    DeadlinePage page(const DeadlineFilter &filter, int size, QList<store::Statement> *trace = nullptr) const;

private:
    const store::Database &m_db;
};

} // namespace ruqsat::deadlines
