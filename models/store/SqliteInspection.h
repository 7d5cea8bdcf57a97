// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ruqsat::store {

// What an existing SQLite file holds, read without writing a byte to it.
struct SqliteInspection
{
    enum class State { Missing, Empty, Ruqsat };
    State state = State::Missing;
    int version = 0;
    int minCompatible = 0;
};

// Looks at a file before the store opens it for writing. Throws StoreError
// (NotRuqsat, Corrupt, TooNew) for a file it must not touch.
SqliteInspection inspectSqliteFile(const QString &path, int programVersion);

} // namespace ruqsat::store
