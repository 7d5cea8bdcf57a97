// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntakeValidator.h"

namespace ruqsat::store {
class Database;
}

namespace ruqsat::intake {

// Puts what the clerk typed into the store: the immigrant, the employer
// (found again by IIN) and the case, in one transaction.
class IntakeService
{
public:
    IntakeService(const store::Database &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    // The rules' view of the form: for an extension the term starts the day
    // after the extended permit ends, within its chain (R-TERM); a new
    // permit after a 12-month chain is taken only in its window
    // (R-RENEW-AFTER-12), which the check names in `renewal`.
    IntakeCheck check(const IntakeForm &form) const;
    // R-AFTER-HOURS: the day the application counts as received, by the
    // hours of the office it reached and the store's calendar.
    QDate effectiveReceiptDay(const records::Application &app) const;
    // R-AFTER-HOURS, R-DECISION-TERM: that day and the decision's due date,
    // as submit() will record them.
    std::pair<QDate, QDate> receiptTerms(const records::Application &app) const;

    // An extension's application, filled from the permit, its case, the
    // immigrant and the employer (R-KIND), asking the longest term the
    // 12-month chain still allows (R-TERM). `notice` says when `today` is
    // outside the window for extending (R-EXTEND-WINDOW) or when only a new
    // permit is possible (R-RENEW-AFTER-12). Throws StoreError::Invalid for a
    // permit that is not in force or whose chain is full.
    struct Extension
    {
        IntakeForm form;
        QString notice; // translated; empty when the window is open
    };
    Extension extensionOf(const QString &permitId, const QDate &today) const;
    // Saves the form as a draft case; fills ids and the case version.
    // Throws StoreError (Conflict when someone else saved the case first).
    void save(IntakeForm &form) const;
    // Checks, saves and registers the case: registry number, effective day
    // of receipt (R-AFTER-HOURS) and decision due date (R-DECISION-TERM).
    // Throws StoreError::Invalid with the problems when the form has any.
    void submit(IntakeForm &form) const;

private:
    const store::Database &m_db;
    QString m_actor;
};

} // namespace ruqsat::intake
