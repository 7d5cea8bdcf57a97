// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/CalendarCsv.h"

#include <QCoreApplication>
#include <optional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::cases {

// R-WORKDAY: the working-day calendar as the administrator keeps it (the
// year view of Tools > Administration > Calendar, `ruqsatctl calendar`).
// Anyone may read it; a change needs an administrator and is refused
// (StoreError::Forbidden) before anything is written; on a secured server
// the grants refuse a clerk's or head's role again (schema 11). Each change
// lands with its audit row, in its transaction, under the session's login.
class CalendarAdministration
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::cases::CalendarAdministration)
public:
    using Kind = domain::CalendarException::Kind;

    CalendarAdministration(const store::Database &db, Session session)
        : m_db(db), m_session(std::move(session))
    {
    }

    bool mayChange() const { return m_session.mayAdminister(); }

    QList<domain::CalendarException> all() const;
    QList<domain::CalendarException> year(int year) const;
    // See store::CalendarRepository::coveredYears for what "covered" means.
    QList<int> coveredYears() const;

    // Why `day` cannot be made `kind` with `note` (a holiday is a weekday, a
    // worked day a Saturday or Sunday, as in the calendar file; the note
    // fits its column), in the user's language; empty when it can.
    static QString dayProblem(QDate day, std::optional<Kind> kind, const QString &note);
    // Makes `day` a holiday, a worked day or (no kind) an ordinary day,
    // with `note` (trimmed; an ordinary day keeps none). False when the
    // day already was so (nothing written).
    bool setDay(QDate day, std::optional<Kind> kind, const QString &note) const;

    // What an import of `file` replaces: each year it covers, with the
    // exceptions the store holds for it now and those the file brings.
    struct YearReplaced
    {
        int year = 0;
        int rowsNow = 0;
        int rowsInFile = 0;
    };
    QList<YearReplaced> importPreview(const domain::CalendarCsv &file) const;
    // Replaces the years `file` covers (a file that did not parse, or lists
    // no day, is refused with its reason and nothing is written).
    void importFile(const domain::CalendarCsv &file) const;
    // The CSV (domain::CalendarCsv) of one year, or of every year when
    // `year` is 0.
    QByteArray exportCsv(int year = 0) const;

private:
    void requireAdministrator() const;

    const store::Database &m_db;
    Session m_session;
};

} // namespace ruqsat::cases
