// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArrivalChecks.h"

#include <QCoreApplication>

namespace ruqsat::domain {

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::domain::ArrivalChecks)
};

} // namespace

QString ArrivalChecks::title(int item)
{
    switch (item) {
    case 1:
        return Tr::tr("The documents of the list");
    case 2:
        return Tr::tr("The application against the passport data");
    case 3:
        return Tr::tr("The citizenship (Law on population migration, art. 43-1 §1 sub. 1)");
    case 4:
        return Tr::tr("The conditions of the Law on population migration, art. 43-2 §5");
    default:
        return {};
    }
}

int ArrivalChecks::refusalGround(int item)
{
    switch (item) {
    case 1: // R-REFUSE-2: the materials do not meet the requirements of the Rules
    case 2: // R-REFUSE-2: nor does the application that disagrees with the passport
        return 2;
    case 3: // R-REFUSE-4
        return 4;
    case 4: // R-REFUSE-5
        return 5;
    default:
        return 0;
    }
}

} // namespace ruqsat::domain
