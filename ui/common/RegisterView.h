// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QAbstractItemModel;
class QLineEdit;
class QTableView;

namespace ruqsat::itemmodels {
class RegisterTableModel;
}

namespace ruqsat::ui {

// A register's table as the clerk uses it everywhere: sorted by the model in
// SQL (newest first on `sortColumn`), movable columns, whole rows selected
// one at a time, read-only, compact rows, and the urgency colours
// (UrgencyDelegate) on `urgencyColumn`.
void setUpRegisterView(QTableView *view, QAbstractItemModel *model, int sortColumn, int urgencyColumn);

// Calls `apply` once the clerk pauses typing in `search` (250 ms), and at
// once on Enter.
void searchAsTyped(QLineEdit *search, const std::function<void()> &apply);

// The status bar's words for a register's number of matches: `counted(n)`
// (the register's own "%n case(s)") once the true count is known, and
// otherwise that it is being counted or why it could not be.
QString matchCountText(const itemmodels::RegisterTableModel &model, const std::function<QString(int)> &counted);

} // namespace ruqsat::ui
