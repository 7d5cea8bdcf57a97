// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentCatalogue.h"
#include "DocumentValidity.h"
#include "IitAdvance.h"

namespace ruqsat::domain {

// R-CHECK (1), R-INCOMPLETE (§17): the check of the documents on the day they
// arrive. An incomplete set, or a document whose validity has expired, is
// refused at intake with the receipt of Appendix 4, which lists them.
struct IntakeResult
{
    QList<DocumentAssessment> lines; // one per document of the checklist, in its order
    QStringList missing;             // codes, in checklist order
    QStringList expired;
    QStringList invalid; // present but wrongly entered or rejected: for the clerk to resolve
    // R-REFUSE-7: the IIT receipt's amount against the year's rate, when it
    // was submitted and checked (evaluate() with an IitBasis).
    std::optional<IitReceiptCheck> iit;

    // Nothing missing and nothing expired: the documents are accepted.
    // Invalid lines do not refuse the intake by §17; they block the decision
    // until the clerk resolves them (or lead to a refusal on R-REFUSE-*).
    bool accepted() const { return missing.isEmpty() && expired.isEmpty(); }
    // The lines of the Appendix 4 receipt: the name of each missing or
    // expired document in `language`, missing first.
    QStringList receiptLines(Language language) const;
};

// R-REFUSE-7: what the IIT receipt's amount is checked against.
struct IitBasis
{
    int months = 0;        // the months asked
    QList<YearRate> rates; // the administrator's year_rates
};

class Intake
{
public:
    // Documents not in the checklist of this kind and channel are ignored;
    // a checklist document absent from `submitted` is missing.
    static IntakeResult evaluate(ApplicationKind kind, Channel channel,
                                 const QList<SubmittedDocument> &submitted, QDate applicationDate,
                                 const DateRange &requestedPeriod);
    // The same, and the IIT receipt's amount checked against the rate of the
    // year it was paid in (its date; without one, the application date): a
    // receipt without an amount is invalid (the clerk types it), one whose
    // amount differs is present with a remark that says by how much.
    static IntakeResult evaluate(ApplicationKind kind, Channel channel,
                                 const QList<SubmittedDocument> &submitted, QDate applicationDate,
                                 const DateRange &requestedPeriod, const IitBasis &iit);
};

} // namespace ruqsat::domain
