// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Language.h"

#include <QList>
#include <QString>
#include <optional>

namespace ruqsat::printing {

using domain::Language;

// The printed forms of the Rules, by their appendix number.
enum class Form {
    Application = 1,      // Appendix 1: application for issuance / extension (R-KIND)
    Agreement = 3,        // Appendix 3: agreement of intent (R-PORTAL-INTENT)
    IntakeRefusal = 4,    // Appendix 4: receipt of refusal to accept documents (R-INCOMPLETE)
    Permit = 5,           // Appendix 5: the permit (R-RESULT, R-DUPLICATE)
    Termination = 6,      // Appendix 6: notice of termination (R-TERMINATION)
    Refusal = 7,          // Appendix 7: refusal of the service (R-REFUSAL)
    Revocation = 8,       // Appendix 8: information to the immigrant (R-REVOKE-NOTICE)
    RevocationPolice = 9, // Appendix 9: information to the police (R-REVOKE-POLICE)
};

QList<Form> allForms();
std::optional<Form> formFromAppendix(int appendix);
inline int appendixOf(Form f) { return static_cast<int>(f); }
// Forms named by a permit number; the others are named by a case.
bool isPermitForm(Form f);
// Forms that carry a QR code (Appendices 5 and 7).
bool hasQrCode(Form f);

// "kk", "ru", "en".
QString languageCode(Language language);
std::optional<Language> languageFromCode(const QString &code);
// "kk", "ru", "en" or several joined by '+' ("kk+ru"): printed one after the other.
std::optional<QList<Language>> languagesFromSpec(const QString &spec);

// Relative path of a form's template under :/print/ or the override folder.
QString templatePath(Form form, Language language);

} // namespace ruqsat::printing
