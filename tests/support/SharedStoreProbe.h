// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QStringList>

namespace ruqsat::test {

// Tells whether this process still shares its SQLite store with other
// processes, as StoreFiles.h explains why it may not: this process writes a
// setting, ruqsatctl (another process) opens the store, writes and closes it,
// this process writes again; a third process must then see all three, and
// this process must hold no deleted -wal or -shm. The settings written are
// issuing_body.name_kk, name_ru and name_en.
class SharedStoreProbe
{
public:
    explicit SharedStoreProbe(const store::Database &db) : m_db(db) {}

    // Writes issuing_body.name_kk here (before the code under test runs).
    void writeFirst();
    // ruqsatctl writes name_ru, then this process name_en. Returns what went
    // wrong, or an empty list when the store saw every write and this
    // process holds no deleted file.
    QStringList writeAroundAnotherProcess();

    // The files this process holds open that were deleted meanwhile
    // (/proc/self/fd links "… (deleted)").
    static QStringList deletedFilesHeld();

private:
    const store::Database &m_db;
};

} // namespace ruqsat::test
