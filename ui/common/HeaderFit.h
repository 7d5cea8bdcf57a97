// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHeaderView;

namespace ruqsat::ui {

// Widens each section to show its whole title with the sort arrow, so
// longer Kazakh and Russian titles are not cut on first use. Reads only the
// model's header data, never its rows (a register may hold a million).
void fitSectionsToTitles(QHeaderView *header);

} // namespace ruqsat::ui
