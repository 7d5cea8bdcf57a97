// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHeaderView;

namespace ruqsat::ui {

// How many rows fitSectionsToTitles() reads: they come with the first page.
constexpr int kRowsFitted = 50;

// Widens each section to show its whole title with the sort arrow, so
// longer Kazakh and Russian titles are not cut on first use, and the texts
// of the first kRowsFitted rows (a date and time, a name), which the model
// has already read with its first page: never more, a register may hold a
// million rows.
void fitSectionsToTitles(QHeaderView *header);

} // namespace ruqsat::ui
