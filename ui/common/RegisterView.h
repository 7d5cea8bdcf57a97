// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QTableView;

namespace ruqsat::ui {

// A register's table as the clerk uses it everywhere: sorted by the model in
// SQL (newest first on `sortColumn`), movable columns, whole rows selected
// one at a time, read-only, compact rows, and the urgency colours
// (UrgencyDelegate) on `urgencyColumn`.
void setUpRegisterView(QTableView *view, QAbstractItemModel *model, int sortColumn, int urgencyColumn);

} // namespace ruqsat::ui
