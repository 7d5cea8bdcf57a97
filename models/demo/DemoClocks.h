// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::demo {

// The statutory clocks a try-out store should show on the Deadlines tab
// that the generated years rarely leave open on `today`: permits revoked in
// the last days with Appendix 9 not yet sent, termination notices that came
// late, open complaints to each addressee (one on a refused case), and live
// portal reservations. Taken through the program's own steps, as the
// administrator "demo". Returns how many clocks were made.
int addOpenClocks(const store::Database &db, const QDate &today);

} // namespace ruqsat::demo
