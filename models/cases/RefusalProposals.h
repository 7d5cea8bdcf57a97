// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RefusalGrounds.h"
#include "records/Case.h"

namespace ruqsat::store {
class Database;
}

namespace ruqsat::cases {

// R-REFUSAL: what the case's record says against it, each with the refusal
// ground it rests on, in the order of the grounds: a failed check of the day
// of arrival (R-CHECK: R-REFUSE-2, -4, -5), an issuance applied for outside
// the renewal window (R-RENEW-AFTER-12: R-REFUSE-2), a negative police answer
// (R-REFUSE-3), an IIT advance short of the year's rate (R-REFUSE-7). The
// deciding official chooses; nothing here refuses by itself.
QList<domain::GroundProposal> proposeGrounds(const store::Database &db,
                                             const records::Application &app);

} // namespace ruqsat::cases
