// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedStoreProbe.h"

#include "CaseFactory.h"
#include "store/SettingsRepository.h"
#include "store/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <unistd.h>

namespace ruqsat::test {

namespace {

// Three settings that take a plain value: written here, by another process,
// and here again. Each gets a value it never holds by default.
const QString kHere1 = QStringLiteral("provider.work_start");
const QString kThere = QStringLiteral("state_corporation.work_start");
const QString kHere2 = QStringLiteral("provider.work_end");
const QString kHere1Value = QStringLiteral("08:00");
const QString kThereValue = QStringLiteral("08:30");
const QString kHere2Value = QStringLiteral("19:00");

// Runs ruqsatctl (RUQSAT_CTL, from ctest); its standard output, or a null
// string with the reason in *error.
QString ctl(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(qEnvironmentVariable("RUQSAT_CTL"), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error =
            QStringLiteral("ruqsatctl %1 failed: %2 %3")
                .arg(args.join(u' '), p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

void SharedStoreProbe::writeFirst()
{
    store::SettingsRepository(m_db).setText(kHere1, kHere1Value,
                                            QStringLiteral("test"));
}

QStringList SharedStoreProbe::writeAroundAnotherProcess()
{
    QStringList problems;
    const QString db = m_db.location().toString();
    QString error;
    // The other process writes as an administrator of the store, logged in.
    const QString admin = QStringLiteral("probe-admin");
    if (!store::UserRepository(m_db).findByLogin(admin))
        CaseFactory(m_db).account(admin, records::Role::Admin);
    qputenv("RUQSAT_USER", admin.toUtf8());
    qputenv("RUQSAT_PASSWORD", CaseFactory::accountPassword().toUtf8());
    ctl({QStringLiteral("settings"), QStringLiteral("set"), kThere, kThereValue,
         QStringLiteral("--db"), db},
        &error);
    qunsetenv("RUQSAT_USER");
    qunsetenv("RUQSAT_PASSWORD");
    if (!error.isEmpty())
        problems << error;
    store::SettingsRepository(m_db).setText(kHere2, kHere2Value,
                                            QStringLiteral("test"));
    const QStringList deleted = deletedFilesHeld();
    if (!deleted.isEmpty())
        problems << QStringLiteral("this process holds deleted files: ") +
                        deleted.join(QLatin1String(", "));
    const QString listed = ctl({QStringLiteral("settings"), QStringLiteral("list"),
                                QStringLiteral("--json"), QStringLiteral("--db"), db},
                               &error);
    const QJsonObject seen = QJsonDocument::fromJson(listed.toUtf8()).object();
    const QList<std::pair<QString, QString>> expected{{kHere1, kHere1Value},
                                                      {kThere, kThereValue},
                                                      {kHere2, kHere2Value}};
    for (const auto &[key, value] : expected)
        if (seen.value(key).toString() != value)
            problems << QStringLiteral("a third process sees %1 = \"%2\", not \"%3\"")
                            .arg(key, seen.value(key).toString(), value);
    return problems;
}

QStringList SharedStoreProbe::deletedFilesHeld()
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        char buffer[4096];
        const ssize_t length =
            ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), buffer, sizeof buffer);
        const QString target =
            length > 0 ? QFile::decodeName(QByteArray(buffer, int(length))) : QString();
        if (target.endsWith(QLatin1String(" (deleted)")))
            deleted << target;
    }
    return deleted;
}

} // namespace ruqsat::test
