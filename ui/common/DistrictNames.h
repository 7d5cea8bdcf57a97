// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// District id -> the district's name in the screen's language, for lists
// that show a district beside each row.
QHash<int, QString> districtNamesOnScreen(const store::Database &db);

} // namespace ruqsat::ui
