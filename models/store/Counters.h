// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ruqsat::store {

class Database;

// The next value of a named counter, taken in the caller's transaction, so a
// rolled-back case never leaves a gap-making number behind.
qint64 nextCounterValue(const Database &db, const QString &name);

} // namespace ruqsat::store
