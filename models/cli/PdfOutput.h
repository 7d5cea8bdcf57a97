// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "printing/FormRenderer.h"

class QSaveFile;

namespace ruqsat::cli {

// Printing needs a QGuiApplication (fonts, QTextDocument); false, after
// saying so, when ruqsatctl started without one.
bool canPrint(CommandIo &io);

// True, after saying so, when `path` is one of the files of a store open in
// this process: the PDF would replace the store's own file.
bool refusesStoreFile(const QString &path, CommandIo &io);

// Opens the PDF file to write through `file` (a QSaveFile: a failed or
// half-printed job never replaces an older file); false after saying why.
bool openPdf(QSaveFile &file, CommandIo &io);
// Paints `items` into the opened `file`; the number of forms printed, or -1
// after saying why (a template that does not fill). Nothing is committed.
int paintPdf(QSaveFile &file, const printing::FormRenderer &renderer,
             const QList<printing::PrintItem> &items, CommandIo &io);
// Puts the painted file in place; false after saying why.
bool commitPdf(QSaveFile &file, CommandIo &io);

// All three, then "Printed N form(s) to FILE.": Ok or Failure.
int writePdf(const QString &path, const printing::FormRenderer &renderer,
             const QList<printing::PrintItem> &items, CommandIo &io);

} // namespace ruqsat::cli
