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

} // namespace ruqsat::domain
