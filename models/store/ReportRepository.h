// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RegisterSearch.h"
#include "reports/ReportKind.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace ruqsat::store {

class Database;

// What one report query counts (models/reports/ReportDesk builds it).
struct ReportRequest
{
    reports::Kind kind = reports::Kind::Issued;
    reports::Grouping by = reports::Grouping::None;
    // The period: moments in [from, to) (local midnights, as UTC) for the
    // kinds counted by a moment, days in [firstDay, lastDay] for those
    // counted by a day (revocations, terminations).
    QDateTime from, to;
    QDate firstDay, lastDay;
    // Grouping::Month: the months' keys (YYYY-MM), first to last, and where
    // each month after the first begins, as a moment and as a day.
    QStringList monthKeys;
    QList<QDateTime> monthStarts;
    QList<QDate> monthFirstDays;
    // Kind::DecisionTerm: a decision is in time when taken before its due
    // day's UTC midnight plus this many seconds (the next local midnight:
    // 24 h less Kazakhstan's offset from UTC).
    int dueDayEndSeconds = 86400;
    // The session's districts (DistrictScope.h; empty: all).
    QList<int> districtIds;
};

// One group as the database counted it.
struct ReportRow
{
    QString key; // NULL (a clerk not recorded) reads as empty
    int count = 0;
    int inTime = 0;
};

// The SQL of the reports: one statement per report, grouped and counted in
// the database (GROUP BY), the same text on SQLite and PostgreSQL save what
// SqlDialect words. Each reads its kind's rows through an index led by the
// moment or day it counts by (schema 14).
class ReportRepository
{
public:
    explicit ReportRepository(const Database &db) : m_db(db) {}

    // Keeps every statement run, with its parameters, in `trace` (the
    // benchmark runs them again in the sqlite3 tool); null: none kept.
    void setTrace(QList<Statement> *trace) { m_trace = trace; }

    // The statement count() runs for `request`.
    Statement statement(const ReportRequest &request) const;
    QList<ReportRow> count(const ReportRequest &request) const;

    // Every user's login and full name by id: the labels of Grouping::Clerk.
    QHash<QString, QPair<QString, QString>> users() const;

private:
    const Database &m_db;
    QList<Statement> *m_trace = nullptr;
};

} // namespace ruqsat::store
