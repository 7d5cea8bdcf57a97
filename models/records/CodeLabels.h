// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"

namespace ruqsat::records {

// The words a clerk reads for each stored code, in the language of the screens.
QString label(ApplicationKind v);
QString label(Channel v);
QString label(CaseStatus v);
QString label(PermitStatus v);
QString label(DocumentState v);
QString label(Role v);

} // namespace ruqsat::records
