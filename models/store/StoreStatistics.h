// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ruqsat::store {

class Database;

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// Row counts of the domain tables, in a fixed order, for `status` and the
// main window.
QList<TableCount> tableCounts(const Database &db);

} // namespace ruqsat::store
