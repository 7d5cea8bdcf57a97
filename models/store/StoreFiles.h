// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ruqsat::store {

// SQLite's locks are POSIX locks: they belong to the process, and ANY close()
// of the store's files by other code in the process (a MIME sniff, a hash, a
// read of "a scan") drops them all. Another process then believes it is
// alone, checkpoints and deletes the WAL, and every later save of this
// process goes to a deleted file. So nothing but SQLite may open the files of
// a store this process holds; these functions tell which files those are.

// The files of an SQLite store at `databasePath`: the database and the
// -wal, -shm and -journal files SQLite keeps beside it.
QStringList sqliteStoreFiles(const QString &databasePath);

// Whether this process may write the store at `databasePath`: the file (when
// it exists) and its folder, or the nearest folder that exists for a store
// still to be made (SQLite writes its -wal and -shm beside the file). Asked
// of the kernel with this process's effective rights; opens nothing.
bool sqliteStoreWritable(const QString &databasePath);

// The URI that opens the store at `databasePath` for reading only. SQLite
// reads a WAL store through its -shm; in a folder that cannot take a new
// one, a store without -wal and -shm is opened as immutable instead.
QString sqliteReadOnlyUri(const QString &databasePath);

// Database calls these when it opens and closes an SQLite connection;
// connections to one store are counted.
void noteOpenSqliteStore(const QString &databasePath);
void noteClosedSqliteStore(const QString &databasePath);

// True when `path` is, by device and inode (so whatever its name, link or
// spelling), one of the files of an SQLite store open in this process. Reads
// nothing but the files' status.
bool isOpenStoreFile(const QString &path);

// The clerk's message when `path` belongs to an open store and must not be
// opened by anything but SQLite (attached, read, overwritten); empty when
// the path is free to use.
QString openStoreFileRefusal(const QString &path);

} // namespace ruqsat::store
