// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sex.h"

namespace ruqsat::domain {

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Unspecified:
        break;
    }
    return QStringLiteral("unspecified");
}

} // namespace ruqsat::domain
