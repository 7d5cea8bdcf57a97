// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormContext.h"

#include <QStringList>

namespace ruqsat::printing {

// The small template language of the forms (docs/PRINTING.md):
//   {{name}}                 the field, HTML-escaped
//   {{#name}}...{{/name}}    repeated for each item of the list `name`, or
//                            shown once when the field `name` is not empty
//   {{^name}}...{{/name}}    shown when the field or list `name` is empty
// Names are [a-z][a-z0-9_]*. Anything else inside {{ }} is malformed.
class TemplateEngine
{
public:
    // Fills `text`; throws TemplateError (naming `templateName`) for a
    // malformed template or a placeholder that `context` does not have.
    static QString fill(const QString &templateName, const QString &text, const FormContext &context);
    // Every name the template uses (fields, sections), in order of first use;
    // throws TemplateError when malformed.
    static QStringList placeholders(const QString &templateName, const QString &text);
};

} // namespace ruqsat::printing
