// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DateRange.h"

#include <QString>
#include <optional>

namespace ruqsat::domain {

// A checklist line's state (checklist_items.state).
enum class DocumentState { Present, Missing, Expired, Invalid };
QString documentStateCode(DocumentState state);

// What the clerk entered for one document of the checklist.
struct SubmittedDocument
{
    QString code;
    bool present = false;
    // passport: the date of the latest mark of crossing the border of
    // Kazakhstan; medical_certificate: its date of issue; others: the date of
    // the document, if any.
    QDate issuedOn;
    QDate validFrom;  // insurance: first day of cover
    QDate validUntil; // insurance: last day of cover; passport: its expiry
    bool rejected = false; // the clerk found it unusable (unreadable, not signed ...)
    QString rejectionNote;
    QString number; // the document's own number, as typed (kept, not checked)
    QString note;   // the clerk's note on it (kept, not checked)
    std::optional<qint64> amountKzt; // iit_receipt: the amount paid (R-REFUSE-7)
};

struct DocumentAssessment
{
    QString code;
    DocumentState state = DocumentState::Missing;
    QString reason; // translated; empty for a present document
    QString remark; // translated: what the clerk should know of a present document (an IIT amount)
};

// R-DOC-VALIDITY: "expired" from the document's own dates against the
// application date.
// - passport: a border mark no older than 12 months: on or after the same
//   date 12 months before the application date (QDate::addMonths, so from 29
//   Feb the limit is 28 Feb of the year before); a passport expired before the
//   application date is expired too.
// - medical_certificate (028/u): issued on or after that same date.
// - insurance: cover through the last day of the requested period; cover that
//   starts after its first day is invalid (a gap in the period).
// A date after the application date, or a missing date a rule needs, is
// invalid: the clerk must correct the entry.
class DocumentValidity
{
public:
    static constexpr int kMaxAgeMonths = 12;

    static DocumentAssessment assess(const SubmittedDocument &document, QDate applicationDate,
                                     const DateRange &requestedPeriod);
    // The oldest border mark or medical certificate still accepted.
    static QDate oldestAccepted(QDate applicationDate) { return applicationDate.addMonths(-kMaxAgeMonths); }
};

} // namespace ruqsat::domain
