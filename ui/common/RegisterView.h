// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <functional>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QWidget;

namespace ruqsat::store {
class Database;
}

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

// Fills a register's district filter: "All districts" (data 0), then the
// districts of `scope` (the session's, cases::Session::scope(); every
// district when empty), named in the language of the screens. The current
// choice is kept when it is still offered, and no signal is sent.
void fillDistrictFilter(QComboBox *box, const store::Database &db, const QList<int> &scope);

// The line over a register of a clerk or head with no district: why the
// register is empty and what to do. Hidden until shown.
QLabel *noDistrictNote(QWidget *parent);

} // namespace ruqsat::ui
