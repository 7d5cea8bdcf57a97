// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormKind.h"

#include <QStringList>

namespace ruqsat::printing {

// The fields a form cannot print without: the "field" column of the form's
// table in spec/forms-*.md (Appendix 1: docs/PRINTING.md). A template that
// lacks one would print a form with a hole where the permit's number or the
// immigrant's name belongs.
QStringList requiredFields(Form form);

// Why `dir` cannot be the administrator's folder of print templates
// (settings print.override_dir), in the clerk's language, naming the file
// and the field; empty when it can. Each template the folder holds
// (<kk|ru|en>/appendix-N.html) must be well formed, name only fields its form
// has and name every field of requiredFields(); templates it does not hold
// come from the program.
QString templateFolderProblem(const QString &dir);

} // namespace ruqsat::printing
