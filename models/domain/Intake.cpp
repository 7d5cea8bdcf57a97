// SPDX-License-Identifier: GPL-3.0-or-later
#include "Intake.h"

namespace ruqsat::domain {

QStringList IntakeResult::receiptLines(Language language) const
{
    QStringList out;
    for (const QString &code : missing + expired) {
        const auto type = DocumentCatalogue::find(code);
        out << (type ? type->name.in(language) : code);
    }
    return out;
}

IntakeResult Intake::evaluate(ApplicationKind kind, Channel channel,
                              const QList<SubmittedDocument> &submitted, QDate applicationDate,
                              const DateRange &requestedPeriod)
{
    IntakeResult result;
    for (const QString &code : DocumentCatalogue::requiredCodes(kind, channel)) { // R-DOCS-*
        SubmittedDocument document;
        document.code = code;
        for (const SubmittedDocument &s : submitted) {
            if (s.code == code) {
                document = s;
                break;
            }
        }
        const DocumentAssessment a = DocumentValidity::assess(document, applicationDate, requestedPeriod);
        result.lines << a;
        switch (a.state) {
        case DocumentState::Missing:
            result.missing << code;
            break;
        case DocumentState::Expired:
            result.expired << code;
            break;
        case DocumentState::Invalid:
            result.invalid << code;
            break;
        case DocumentState::Present:
            break;
        }
    }
    return result;
}

IntakeResult Intake::evaluate(ApplicationKind kind, Channel channel,
                              const QList<SubmittedDocument> &submitted, QDate applicationDate,
                              const DateRange &requestedPeriod, const IitBasis &iit)
{
    IntakeResult result = evaluate(kind, channel, submitted, applicationDate, requestedPeriod);
    for (DocumentAssessment &line : result.lines) {
        if (line.code != DocumentCode::iitReceipt() || line.state != DocumentState::Present)
            continue;
        SubmittedDocument receipt;
        for (const SubmittedDocument &s : submitted)
            if (s.code == line.code)
                receipt = s;
        const QDate paidOn = receipt.issuedOn.isValid() ? receipt.issuedOn : applicationDate;
        result.iit = IitAdvance::checkReceipt(receipt.amountKzt, paidOn, iit.months,
                                              iit.rates); // R-REFUSE-7
        if (result.iit->outcome == IitReceiptCheck::Outcome::NoAmount) {
            // Like a date a rule needs: the clerk completes the line before any decision.
            line.state = DocumentState::Invalid;
            line.reason = result.iit->remark;
        } else {
            line.remark = result.iit->remark;
        }
    }
    result.invalid.clear(); // in checklist order again
    for (const DocumentAssessment &line : result.lines)
        if (line.state == DocumentState::Invalid)
            result.invalid << line.code;
    return result;
}

} // namespace ruqsat::domain
