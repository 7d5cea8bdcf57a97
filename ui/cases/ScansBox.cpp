// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScansBox.h"

#include "ScanViewer.h"
#include "common/FileDialogs.h"
#include "store/AttachmentRepository.h"
#include "store/StoreError.h"
#include "store/StoreFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ruqsat::ui {

ScansBox::ScansBox(const store::Database &db, cases::Session session, const QString &applicationId,
                   QWidget *parent)
    : QWidget(parent), m_db(db), m_session(std::move(session)), m_applicationId(applicationId),
      m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("scans"));
    auto *attach = new QPushButton(tr("&Attach scans..."), this);
    attach->setObjectName(QStringLiteral("attachScans"));
    connect(attach, &QPushButton::clicked, this, [this] {
        attachFiles(chooseFilesToOpen(this, tr("Attach scans"), tr("Scans (*.pdf *.jpg *.jpeg *.png)")));
    });
    auto *view = new QPushButton(tr("&View scan"), this);
    view->setObjectName(QStringLiteral("viewScan"));
    connect(view, &QPushButton::clicked, this, [this] {
        if (const auto *item = m_list->currentItem())
            viewScan(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { viewScan(item->data(Qt::UserRole).toString()); });
    auto *remove = new QPushButton(tr("Remove scan"), this);
    remove->setObjectName(QStringLiteral("removeScan"));
    connect(remove, &QPushButton::clicked, this, &ScansBox::removeCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(attach);
    buttons->addWidget(view);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Scans (drop files here)"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    fill();
}

void ScansBox::fill()
{
    m_list->clear();
    for (const records::Attachment &a : store::AttachmentRepository(m_db).forApplication(m_applicationId)) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(a.fileName, QLocale().formattedDataSize(a.sizeBytes)), m_list);
        item->setData(Qt::UserRole, a.id);
    }
}

void ScansBox::attachFiles(const QStringList &paths)
{
    QStringList refused;
    for (const QString &path : paths) {
        // Before the file is opened: reading the store's own files closes
        // them again, and that close drops SQLite's locks.
        if (const QString refusal = store::openStoreFileRefusal(path); !refusal.isEmpty()) {
            refused << refusal;
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            refused << QFileInfo(path).fileName() + QLatin1String(": ") + file.errorString();
            continue;
        }
        try {
            store::AttachmentRepository(m_db).add(m_applicationId, QFileInfo(path).fileName(), file.readAll(),
                                                  QString(), m_session.login);
        } catch (const store::StoreError &e) {
            refused << e.message();
        }
    }
    fill();
    emit changed();
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Not attached"), refused.join(u'\n'));
}

QWidget *ScansBox::viewScan(const QString &attachmentId)
{
    return ScanViewer::show(this, m_db, m_applicationId, attachmentId);
}

void ScansBox::removeCurrent()
{
    const auto *item = m_list->currentItem();
    if (!item)
        return;
    try {
        store::AttachmentRepository(m_db).remove(item->data(Qt::UserRole).toString(), m_session.login);
    } catch (const store::StoreError &e) {
        QMessageBox box(QMessageBox::Warning, tr("Not done"), e.message(), QMessageBox::Ok, this);
        box.setInformativeText(e.detail());
        box.exec();
        return;
    }
    fill();
    emit changed();
}

} // namespace ruqsat::ui
