// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QUrl>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ruqsat::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::store::StoreFiles)
};

// Stores are opened from the GUI thread and from the register's counting
// thread (Database::openAnother), so the registry takes a lock.
QMutex &registryLock()
{
    static QMutex lock;
    return lock;
}

QHash<QString, int> &openStores()
{
    static QHash<QString, int> stores; // database path -> open connections
    return stores;
}

struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity &other) const
    {
        return device == other.device && inode == other.inode;
    }
};

// stat() follows links and opens nothing, so no lock of ours is touched.
bool identityOf(const QString &path, FileIdentity *identity)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    *identity = {status.st_dev, status.st_ino};
    return true;
}

} // namespace

QStringList sqliteStoreFiles(const QString &databasePath)
{
    return {databasePath, databasePath + QLatin1String("-wal"),
            databasePath + QLatin1String("-shm"), databasePath + QLatin1String("-journal")};
}

namespace {

// AT_EACCESS: the effective rights, as open() will use them (plain access()
// asks with the real ones, which for root are all capabilities permitted).
bool mayWrite(const QString &path)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
}

} // namespace

bool sqliteStoreWritable(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    if (file.exists() && !mayWrite(file.absoluteFilePath()))
        return false;
    QDir folder = file.absoluteDir();
    while (!folder.exists() && !folder.isRoot())
        folder.setPath(QFileInfo(folder.absolutePath()).absolutePath());
    return mayWrite(folder.absolutePath());
}

QString sqliteReadOnlyUri(const QString &databasePath)
{
    QUrl uri = QUrl::fromLocalFile(QFileInfo(databasePath).absoluteFilePath());
    QString query = QStringLiteral("mode=ro");
    const bool journalFiles = QFileInfo::exists(databasePath + QLatin1String("-wal")) ||
                              QFileInfo::exists(databasePath + QLatin1String("-shm"));
    if (!journalFiles && !mayWrite(QFileInfo(databasePath).absolutePath()))
        query += QLatin1String("&immutable=1");
    uri.setQuery(query);
    return uri.toString(QUrl::FullyEncoded);
}

void noteOpenSqliteStore(const QString &databasePath)
{
    const QMutexLocker locker(&registryLock());
    ++openStores()[QFileInfo(databasePath).absoluteFilePath()];
}

void noteClosedSqliteStore(const QString &databasePath)
{
    const QMutexLocker locker(&registryLock());
    const QString key = QFileInfo(databasePath).absoluteFilePath();
    auto it = openStores().find(key);
    if (it != openStores().end() && --it.value() <= 0)
        openStores().erase(it);
}

bool isOpenStoreFile(const QString &path)
{
    FileIdentity candidate;
    if (path.isEmpty() || !identityOf(path, &candidate))
        return false;
    QStringList stores;
    {
        const QMutexLocker locker(&registryLock());
        stores = openStores().keys();
    }
    for (const QString &store : stores) {
        for (const QString &file : sqliteStoreFiles(store)) {
            FileIdentity identity;
            if (identityOf(file, &identity) && identity == candidate)
                return true;
        }
    }
    return false;
}

QString openStoreFileRefusal(const QString &path)
{
    if (!isOpenStoreFile(path))
        return {};
    return Tr::tr("%1 belongs to the open Ruqsat store and was not touched; choose another file.")
        .arg(QFileInfo(path).fileName());
}

} // namespace ruqsat::store
