// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormContext.h"
#include "FormKind.h"
#include "QrPayload.h"
#include "store/PrintQueries.h"

namespace ruqsat::printing {

struct FormOptions
{
    // R-DUPLICATE: the number of the recorded copy the permit prints as (the
    // copy mark, and K=N in its QR); 0 prints the original.
    int copyNumber = 0;
    QrPayload::Signer qrSigner; // the check value of a QR text, by the store's key
    // The day of printing, which tells a permit past its last day (the
    // mark of a permit out of force); invalid: today.
    QDate today;
};

// The fields of `form` in `language` from the store's record: every field of
// the form's table in spec/forms-*.md (and of Appendix 1, docs/PRINTING.md),
// no more, so a template naming anything else is reported.
FormContext formContext(Form form, Language language, const store::PrintRecord &record,
                        const FormOptions &options);

// The QR text of a permit or a refusal (docs/PRINTING.md); empty for other forms.
QString qrPayload(Form form, const QVariantHash &values, const FormOptions &options);

// Parts per form, one file each group.
class FieldBuilder;
void applicationFields(FieldBuilder &b, const store::PrintRecord &record);   // Appendix 1
void agreementFields(FieldBuilder &b);                                      // Appendix 3
void intakeRefusalFields(FieldBuilder &b);                                  // Appendix 4
void refusalFields(FieldBuilder &b);                                        // Appendix 7
void permitFields(FieldBuilder &b, const FormOptions &options);             // Appendix 5
void terminationFields(FieldBuilder &b);                                    // Appendix 6
void revocationFields(FieldBuilder &b);                                     // Appendix 8
void revokedPermitsFields(FieldBuilder &b, const store::PrintRecord &record); // Appendix 9

} // namespace ruqsat::printing
