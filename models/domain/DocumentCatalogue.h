// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"
#include "ServiceRequest.h"

#include <QList>
#include <optional>

namespace ruqsat::domain {

// The document codes the store (checklist_items.doc_code) and the UI use.
namespace DocumentCode {
inline QString application() { return QStringLiteral("application"); }
inline QString iitReceipt() { return QStringLiteral("iit_receipt"); }
inline QString passport() { return QStringLiteral("passport"); }
inline QString medicalCertificate() { return QStringLiteral("medical_certificate"); }
inline QString insurance() { return QStringLiteral("insurance"); }
inline QString intentAgreement() { return QStringLiteral("intent_agreement"); }
inline QString labourContract() { return QStringLiteral("labour_contract"); }
} // namespace DocumentCode

struct DocumentType
{
    QString code;
    TrilingualText name;
};

// How a document of the list is handed in (Appendix 2, row 8).
enum class Presentation {
    SignedPaper,    // the paper application signed by the immigrant and the employer
    Scanned,        // an original shown at the State Corporation, scanned and given back
    SignedWithEds,  // the portal application, certified with the EDS of both
    ElectronicCopy, // an electronic copy uploaded to the portal
    NotarisedCopy,  // a notarised copy (the passport, for an extension via a portal)
};

struct ChecklistLine
{
    QString code;
    Presentation presentation = Presentation::Scanned;
};

// R-DOCS-ISSUE-OFFICE, R-DOCS-ISSUE-PORTAL, R-DOCS-EXTEND-OFFICE,
// R-DOCS-EXTEND-PORTAL: the documents each kind of application needs, in the
// order of Appendix 2, row 8.
class DocumentCatalogue
{
public:
    static QList<DocumentType> all();
    static std::optional<DocumentType> find(const QString &code);
    static QList<ChecklistLine> checklist(ApplicationKind kind, Channel channel);
    // Just the codes of checklist(), in order.
    static QStringList requiredCodes(ApplicationKind kind, Channel channel);
};

} // namespace ruqsat::domain
