// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CalendarCsv.h"

#include <optional>

namespace ruqsat::store {

class Database;

// R-WORKDAY: the working-day calendar exceptions kept in the store.
class CalendarRepository
{
public:
    explicit CalendarRepository(const Database &db) : m_db(db) {}

    QList<domain::CalendarException> all() const;
    QList<domain::CalendarException> year(int year) const;
    // The years the calendar covers: those the store holds at least one
    // exception of, in order. A year is entered by importing its file (or
    // shipped in resources/calendar/) or by setting its days one by one;
    // no separate list of years is kept, because no year of Kazakhstan is
    // without a weekday holiday (8 March and Nauryz, 21-23 March, always
    // give at least one), so a year without a single row has not been
    // entered. The price: a single day set in a year makes it count as
    // covered, which the day's editor says before it saves (ui/calendar).
    QList<int> coveredYears() const;
    bool covers(int year) const;
    // R-WORKDAY: makes `day` an exception of `kind`, with `note`, or (no
    // kind) an ordinary day again; writes the change and its audit row
    // (entity "calendar", id the day, action "set_day", the kind and note
    // before and after) in one transaction. Writes nothing and returns
    // false when the day already is so. The caller checks the role and the
    // day (cases::CalendarAdministration); the server checks the role again.
    bool setDay(QDate day, std::optional<domain::CalendarException::Kind> kind, const QString &note,
                const QString &actor) const;
    // Replaces the exceptions of every year the file covers, in one
    // transaction with its audit row.
    void replaceYears(const domain::CalendarCsv &file, const QString &actor) const;
    // Loads resources/calendar/kz-YYYY.csv; called on a store's first open,
    // inside its transaction.
    void seedShippedCalendar() const;

private:
    QList<domain::CalendarException> select(const QString &where, const QVariantMap &binds) const;
    void insert(const QList<domain::CalendarException> &rows) const;

    const Database &m_db;
};

} // namespace ruqsat::store
