// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QStyle>

namespace ruqsat::ui {

namespace {

// Icons and type names from the name and the kind of entry (stat() only):
// never from the content, so listing a folder opens none of its files.
class ContentBlindIconProvider : public QAbstractFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::ui::FileDialogs)
public:
    QIcon icon(IconType type) const override
    {
        QStyle *style = QApplication::style();
        switch (type) {
        case Computer:
            return style->standardIcon(QStyle::SP_ComputerIcon);
        case Desktop:
            return style->standardIcon(QStyle::SP_DesktopIcon);
        case Trashcan:
            return style->standardIcon(QStyle::SP_TrashIcon);
        case Network:
            return style->standardIcon(QStyle::SP_DriveNetIcon);
        case Drive:
            return style->standardIcon(QStyle::SP_DriveHDIcon);
        case Folder:
            return style->standardIcon(QStyle::SP_DirIcon);
        case File:
            break;
        }
        return style->standardIcon(QStyle::SP_FileIcon);
    }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return icon(Drive);
        return icon(info.isDir() ? Folder : File);
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return tr("Folder");
        const QString suffix = info.suffix();
        return suffix.isEmpty() ? tr("File") : tr("%1 file").arg(suffix.toUpper());
    }
};

ContentBlindIconProvider *iconProvider()
{
    static ContentBlindIconProvider provider; // stateless: one for every dialog
    return &provider;
}

// Gives every file dialog the provider before its event loop runs: the
// folder's entries arrive from the gatherer thread as queued events, and the
// model asks the provider about each only when it handles them.
class FileDialogGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish || event->type() == QEvent::Show) {
            if (auto *dialog = qobject_cast<QFileDialog *>(watched);
                dialog && dialog->iconProvider() != iconProvider())
                dialog->setIconProvider(iconProvider());
        }
        return false;
    }
};

QStringList run(QFileDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

} // namespace

void guardFileDialogs()
{
    static FileDialogGuard *guard = nullptr;
    if (guard || !qApp)
        return;
    // The desktop's dialogs (GTK's, KDE's) run in this process and read the
    // files they list; Qt's own widget dialog can be told not to.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    guard = new FileDialogGuard(qApp);
    qApp->installEventFilter(guard);
}

std::unique_ptr<QFileDialog> makeFileDialog(QWidget *parent, const QString &caption,
                                            const QString &folder, const QString &filter)
{
    guardFileDialogs();
    auto dialog = std::make_unique<QFileDialog>(parent, caption, folder, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    // Before control returns to the event loop, which delivers the folder's
    // entries to the model.
    dialog->setIconProvider(iconProvider());
    return dialog;
}

QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &filter,
                         const QString &folder)
{
    const auto dialog = makeFileDialog(parent, caption, folder, filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    return run(*dialog).value(0);
}

QStringList chooseFilesToOpen(QWidget *parent, const QString &caption, const QString &filter,
                              const QString &folder)
{
    const auto dialog = makeFileDialog(parent, caption, folder, filter);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    return run(*dialog);
}

QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggested,
                         const QString &filter)
{
    const QFileInfo where(suggested);
    const bool hasFolder = suggested.contains(u'/');
    const auto dialog =
        makeFileDialog(parent, caption, hasFolder ? where.absolutePath() : QString(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(where.fileName());
    return run(*dialog).value(0);
}

QString chooseFolder(QWidget *parent, const QString &caption, const QString &folder)
{
    const auto dialog = makeFileDialog(parent, caption, folder, QString());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    return run(*dialog).value(0);
}

} // namespace ruqsat::ui
