// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CalendarCsv.h"

namespace ruqsat::store {

class Database;

// R-WORKDAY: the working-day calendar exceptions kept in the store.
class CalendarRepository
{
public:
    explicit CalendarRepository(const Database &db) : m_db(db) {}

    QList<domain::CalendarException> all() const;
    QList<domain::CalendarException> year(int year) const;
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
