// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanViewer.h"

#include "records/Case.h"
#include "store/AttachmentRepository.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace ruqsat::ui {

using records::Attachment;

QWidget *ScanViewer::show(QWidget *parent, const store::Database &db, const QString &applicationId,
                          const QString &attachmentId)
{
    const store::AttachmentRepository attachments(db);
    const QByteArray bytes = attachments.content(attachmentId);
    QString name;
    for (const Attachment &a : attachments.forApplication(applicationId))
        if (a.id == attachmentId)
            name = a.fileName;
    QImage image;
    if (image.loadFromData(bytes)) {
        auto *viewer = new QDialog(parent);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setWindowTitle(name);
        auto *label = new QLabel(viewer);
        label->setObjectName(QStringLiteral("scanImage"));
        label->setPixmap(QPixmap::fromImage(image));
        auto *scroll = new QScrollArea(viewer);
        scroll->setWidget(label);
        auto *layout = new QVBoxLayout(viewer);
        layout->addWidget(scroll);
        viewer->resize(900, 1000);
        viewer->show();
        return viewer;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        QLatin1String("/ruqsat-scans");
    QDir().mkpath(dir);
    QFile copy(dir + u'/' + attachmentId + u'-' + QFileInfo(name).fileName());
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size()) {
        QMessageBox::warning(parent, tr("Cannot show the scan"), copy.errorString());
        return nullptr;
    }
    copy.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy.fileName())))
        QMessageBox::information(parent, tr("Scan"),
                                 tr("No viewer opened the file; it is at %1").arg(copy.fileName()));
    return nullptr;
}

} // namespace ruqsat::ui
