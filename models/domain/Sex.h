// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ruqsat::domain {

// As an IIN or a passport's MRZ states it.
enum class Sex { Unspecified, Male, Female };

// "male", "female" or "unspecified": the codes of the store and the CLI.
QString sexCode(Sex sex);

} // namespace ruqsat::domain
