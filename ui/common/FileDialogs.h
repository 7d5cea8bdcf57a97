// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class QFileDialog;
class QWidget;

namespace ruqsat::ui {

// Every file dialog of Ruqsat goes through these functions. A dialog that
// shows the store's folder must not open the store's files: SQLite's locks
// are per process and die with any close() of the file (models/store/
// StoreFiles.h), and both Qt's default icon provider (MIME types sniffed by
// content) and the desktop's own dialogs (which run in this process) read
// the files they list. So the dialogs are Qt's widget dialogs with an icon
// provider that tells files apart by name and kind alone.

QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &filter,
                         const QString &folder = {});
QStringList chooseFilesToOpen(QWidget *parent, const QString &caption, const QString &filter,
                              const QString &folder = {});
// Asks before overwriting, as Qt's dialog does.
QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggested,
                         const QString &filter);
QString chooseFolder(QWidget *parent, const QString &caption, const QString &folder = {});

// The dialog the functions above show, set up the same way, for a caller
// (or a test) that shows it itself.
std::unique_ptr<QFileDialog> makeFileDialog(QWidget *parent, const QString &caption,
                                            const QString &folder, const QString &filter);

// Makes every QFileDialog of the application, Qt's own too (the print
// dialog's "Print to file", the preview's "Export to PDF"), a widget dialog
// with the provider above: main() calls it first; the functions above call
// it too. Calling it again does nothing.
void guardFileDialogs();

} // namespace ruqsat::ui
