// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace ruqsat::intake {

DraftStore::DraftStore()
    : DraftStore(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("drafts")))
{
}

DraftStore::DraftStore(const QString &folder) : m_dir(folder)
{
}

QString DraftStore::fileOf(const QString &draftId) const
{
    return m_dir.filePath(draftId + QLatin1String(".json"));
}

bool DraftStore::save(const IntakeForm &form, QString *error) const
{
    if (!m_dir.exists() && !QDir().mkpath(m_dir.path())) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_dir.path());
        return false;
    }
    QSaveFile file(fileOf(form.draftId));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(form.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QList<IntakeForm> DraftStore::all() const
{
    QList<IntakeForm> forms;
    const auto files = m_dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        QFile f(info.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (doc.isObject())
            forms << IntakeForm::fromJson(doc.object());
    }
    return forms;
}

void DraftStore::remove(const QString &draftId) const
{
    QFile::remove(fileOf(draftId));
}

} // namespace ruqsat::intake
