// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/Deadline.h"

class QWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// Asks for the language (Kazakh or Russian) and the file, and writes the
// day list of `items` as of `day` to PDF; says so, or why not.
void printDeadlineDayList(QWidget *parent, const store::Database &db, const QList<deadlines::Deadline> &items,
                          const QDate &day);

} // namespace ruqsat::ui
