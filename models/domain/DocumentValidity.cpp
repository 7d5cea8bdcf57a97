// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentValidity.h"

#include "DocumentCatalogue.h"
#include "TypedDate.h"

#include <QCoreApplication>

namespace ruqsat::domain {

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::domain::DocumentValidity)
};

// Dates in the reasons as the clerk types and reads them on the forms.
QString shown(QDate d)
{
    return TypedDate::format(d);
}

DocumentAssessment verdict(const QString &code, DocumentState state, const QString &reason = {})
{
    return {code, state, reason, {}};
}

// The 12-month age rule of the passport mark and the medical certificate.
DocumentAssessment assessAge(const SubmittedDocument &d, QDate applicationDate, const QString &missingDate)
{
    if (!d.issuedOn.isValid())
        return verdict(d.code, DocumentState::Invalid, missingDate);
    if (d.issuedOn > applicationDate)
        return verdict(d.code, DocumentState::Invalid,
                       Tr::tr("The date %1 is after the application date %2.")
                           .arg(shown(d.issuedOn), shown(applicationDate)));
    const QDate oldest = DocumentValidity::oldestAccepted(applicationDate);
    if (d.issuedOn < oldest)
        return verdict(d.code, DocumentState::Expired,
                       Tr::tr("Dated %1: more than 12 months before the application date (the "
                          "oldest accepted is %2).")
                           .arg(shown(d.issuedOn), shown(oldest)));
    return verdict(d.code, DocumentState::Present);
}

} // namespace

QString documentStateCode(DocumentState state)
{
    switch (state) {
    case DocumentState::Present:
        return QStringLiteral("present");
    case DocumentState::Missing:
        return QStringLiteral("missing");
    case DocumentState::Expired:
        return QStringLiteral("expired");
    case DocumentState::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

DocumentAssessment DocumentValidity::assess(const SubmittedDocument &d, QDate applicationDate,
                                            const DateRange &requestedPeriod)
{
    if (!d.present)
        return verdict(d.code, DocumentState::Missing, Tr::tr("The document was not submitted."));
    if (d.rejected)
        return verdict(d.code, DocumentState::Invalid,
                       d.rejectionNote.isEmpty() ? Tr::tr("Rejected by the clerk.") : d.rejectionNote);
    if (d.code == DocumentCode::passport()) {
        // R-DOC-VALIDITY: the border mark no older than 12 months.
        if (d.validUntil.isValid() && d.validUntil < applicationDate)
            return verdict(d.code, DocumentState::Expired,
                           Tr::tr("The passport expired on %1.").arg(shown(d.validUntil)));
        return assessAge(d, applicationDate, Tr::tr("Enter the date of the latest border-crossing mark."));
    }
    if (d.code == DocumentCode::medicalCertificate()) {
        // R-DOC-VALIDITY: form 028/u issued no more than 12 months before.
        return assessAge(d, applicationDate, Tr::tr("Enter the date the certificate was issued."));
    }
    if (d.code == DocumentCode::insurance()) {
        // R-DOC-VALIDITY: valid for no less than the period asked.
        if (!d.validUntil.isValid())
            return verdict(d.code, DocumentState::Invalid, Tr::tr("Enter the last day of the insurance cover."));
        if (!requestedPeriod.isValid())
            return verdict(d.code, DocumentState::Invalid,
                           Tr::tr("The requested period is needed to check the insurance."));
        if (d.validUntil < requestedPeriod.last)
            return verdict(d.code, DocumentState::Expired,
                           Tr::tr("The insurance ends on %1, before the end of the requested period %2.")
                               .arg(shown(d.validUntil), shown(requestedPeriod.last)));
        if (d.validFrom.isValid() && d.validFrom > requestedPeriod.first)
            return verdict(d.code, DocumentState::Invalid,
                           Tr::tr("The insurance starts on %1, after the first day of the requested "
                              "period %2.")
                               .arg(shown(d.validFrom), shown(requestedPeriod.first)));
        return verdict(d.code, DocumentState::Present);
    }
    if (d.issuedOn.isValid() && d.issuedOn > applicationDate)
        return verdict(d.code, DocumentState::Invalid,
                       Tr::tr("The date %1 is after the application date %2.")
                           .arg(shown(d.issuedOn), shown(applicationDate)));
    return verdict(d.code, DocumentState::Present);
}

} // namespace ruqsat::domain
