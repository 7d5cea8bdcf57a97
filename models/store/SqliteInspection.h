// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ruqsat::store {

// What an SQLite file holds, read without writing a byte to it.
struct SqliteInspection
{
    enum class State
    {
        Missing,       // no file: a store can be made there
        EmptyFile,     // zero bytes
        EmptyDatabase, // an SQLite database without tables
        Ruqsat,        // a Ruqsat store this program may use
    };
    State state = State::Missing;
    int version = 0;
    int minCompatible = 0;
    // The file and its folder can be written by this process.
    bool writable = true;
};

// Looks at a file before the store opens it for writing, through SQLite
// alone: the file may be a store this process already holds, and any other
// open()/close() of it would drop SQLite's locks (see StoreFiles.h). Throws
// StoreError (NotRuqsat, Corrupt, TooNew, Unreachable) for a file it must not
// touch; such a file is left byte for byte as it was.
SqliteInspection inspectSqliteFile(const QString &path, int programVersion);

} // namespace ruqsat::store
