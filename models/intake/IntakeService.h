// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntakeValidator.h"
#include "records/RecordChanges.h"

#include <optional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::intake {

// Puts what the clerk typed into the store: the immigrant, the employer
// (found again by IIN) and the case, in one transaction.
class IntakeService
{
public:
    // `districtScope`: the districts the user files into (cases::Session::
    // scope(); empty: every one); save() refuses a case of another.
    IntakeService(const store::Database &db, QString actor, QList<int> districtScope = {})
        : m_db(db), m_actor(std::move(actor)), m_scope(std::move(districtScope))
    {
    }

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
    // The employer on record under the IIN typed, when the form names no
    // stored employer yet (a second worker of the same household), and the
    // fields where what was typed differs from it. Real estate is never a
    // difference: a property typed that is not on record is added to the
    // employer whatever the clerk chooses, since older cases keep theirs.
    struct KnownEmployer
    {
        records::Employer stored;
        QList<records::FieldChange> differences; // "before": stored, "after": typed
    };
    std::optional<KnownEmployer> knownEmployer(const IntakeForm &form) const;
    // The clerk's answer when the employer on record differs from the one typed.
    enum class EmployerChoice
    {
        KeepStored,   // this case names the employer as stored; the typed details are dropped
        UpdateStored, // the stored employer takes the typed details, for every case naming them
    };
    // Names the known employer in the form as the clerk chose. save() then
    // updates them over the version read here, or changes nothing but the
    // new real estate.
    static void settleEmployer(IntakeForm &form, const records::Employer &stored,
                               EmployerChoice choice);

    // Saves the form as a draft case; fills ids and versions. Throws
    // StoreError: Invalid for a date that is not a day or a text too long
    // (checkEntry); Conflict when someone else saved the immigrant, the
    // employer or the case first, or when the IIN typed names an employer on
    // record with other details and the clerk has not chosen
    // (settleEmployer); Forbidden for a case of a district outside the
    // scope. Nothing is written then. CommitUnknown (the connection broke
    // during COMMIT) leaves in `form` what was written, which the server may
    // hold: a ServerRetry learns which.
    void save(IntakeForm &form) const;

    // After a Conflict: what the store holds now for the form's immigrant,
    // employer and case (those it has ids for).
    IntakeForm storedVersion(const IntakeForm &form) const;
    // Where `mine` differs from `stored`, field by field ("before": stored,
    // "after": mine).
    static QList<records::FieldChange> differences(const IntakeForm &stored,
                                                   const IntakeForm &mine);
    // Whether the clerk's copy may still be saved over the stored one: only
    // while the stored case is a draft (a submitted or decided case is the
    // workflow's, and the intake editor never changes it).
    static bool mayKeepMine(const IntakeForm &stored);
    // The clerk keeps their typing: their values, over the versions stored
    // now, so that the next save() writes them (and audits what it replaces).
    static void keepMine(IntakeForm &mine, const IntakeForm &stored);
    // Checks, saves and registers the case: registry number, effective day
    // of receipt (R-AFTER-HOURS) and decision due date (R-DECISION-TERM).
    // Throws StoreError::Invalid with the problems when the form has any.
    void submit(IntakeForm &form) const;

private:
    const store::Database &m_db;
    QString m_actor;
    QList<int> m_scope;
};

} // namespace ruqsat::intake
