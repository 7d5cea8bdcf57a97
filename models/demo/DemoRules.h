// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoGenerator.h"

namespace ruqsat::store {
class Database;
}

namespace ruqsat::demo {

// The real rules for demo data: the store's working-day calendar
// (R-WORKDAY), the permit term convention (R-TERM) and valid IINs.
DemoRules rulesFromStore(const store::Database &db);

} // namespace ruqsat::demo
