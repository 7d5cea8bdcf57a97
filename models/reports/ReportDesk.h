// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportKind.h"
#include "domain/Language.h"
#include "store/RegisterSearch.h"
#include "store/ReportRepository.h"

#include <QList>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::reports {

// The reports of the Reports tab and of `ruqsatctl report`: what the store
// holds of one kind over a period, grouped, within the session's districts.
// The database groups and counts; the desk only asks, names the groups and
// orders them.
class ReportDesk
{
public:
    // `scope`: the session's districts (cases::Session::scope(); empty: all).
    ReportDesk(const store::Database &db, QList<int> scope) : m_db(db), m_scope(std::move(scope)) {}

    // Keeps every statement run (bench/reports_bench).
    void setTrace(QList<store::Statement> *trace) { m_trace = trace; }

    // The lines of the report, labelled in `language`: months in order (every
    // month of the period, none left out), grounds by number, the other
    // groups the largest first. Grouping::None gives one line, the total.
    // `period` must be valid and `by` one that `kind` groups().
    QList<ReportLine> run(Kind kind, Grouping by, const Period &period,
                          domain::Language language = domain::screenLanguage()) const;
    // Names the lines' groups again in `language` (a PDF in Kazakh or Russian).
    void label(QList<ReportLine> &lines, Grouping by, domain::Language language) const;

    // The queries of a report: one, or, for DecisionTerm over a period
    // in which Kazakhstan's offset from UTC changed, one per stretch of
    // the same offset (each compares decisions with their due day's end).
    QList<store::ReportRequest> requests(Kind kind, Grouping by, const Period &period) const;

    // The sum of the lines: the report's total.
    static ReportLine total(const QList<ReportLine> &lines, const QString &label);

private:
    const store::Database &m_db;
    QList<int> m_scope;
    QList<store::Statement> *m_trace = nullptr;
};

} // namespace ruqsat::reports
