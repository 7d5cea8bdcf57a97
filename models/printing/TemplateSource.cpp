// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateSource.h"

#include "TemplateError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ruqsat::printing {

QString TemplateSource::defaultOverrideDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/print");
}

QString TemplateSource::locate(const QString &relativePath) const
{
    if (!m_overrideDir.isEmpty()) {
        const QString file = QDir(m_overrideDir).filePath(relativePath);
        if (QFile::exists(file))
            return file;
    }
    const QString builtIn = QStringLiteral(":/print/") + relativePath;
    return QFile::exists(builtIn) ? builtIn : QString();
}

QString TemplateSource::load(const QString &relativePath) const
{
    const QString file = locate(relativePath);
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        throw TemplateError(relativePath, QString(),
                            QCoreApplication::translate("ruqsat::printing::TemplateSource",
                                                        "The print template %1 cannot be read.")
                                .arg(file.isEmpty() ? relativePath : file));
    return QString::fromUtf8(f.readAll());
}

} // namespace ruqsat::printing
