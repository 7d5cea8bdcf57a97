// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/FormRenderer.h"

#include <QStringList>

namespace ruqsat::test {

// Renders print items to a PDF file through QPdfWriter, as the CLI does.
void renderPdf(const printing::FormRenderer &renderer, const QList<printing::PrintItem> &items,
               const QString &pdfPath);
// Runs a tool and returns its standard output; fails the test if it fails.
QByteArray runTool(const QString &program, const QStringList &arguments);
// pdftotext -layout, as UTF-8 text.
QString pdfText(const QString &pdfPath);
// pdftotext -raw: content-stream order, so a table cell's lines stay together.
QString pdfRawText(const QString &pdfPath);
// pdftoppm -r 200 -png of page `page` (1-based): the PNG's path.
QString pdfPage(const QString &pdfPath, int page, const QString &outBase);
// zbarimg --raw -q: the decoded QR texts of an image.
QStringList decodeQr(const QString &pngPath);
// pdffonts: the font lines (name, type, embedded...).
QString pdfFonts(const QString &pdfPath);
// The number of pages (pdftotext ends each page with a form feed).
int pdfPageCount(const QString &pdfPath);
// pdftotext -layout of one page (1-based): its lines with runs of blanks
// made one, the empty lines left out.
QStringList pdfPageLines(const QString &pdfPath, int page);
// Paints a prepared form's whole document on one page as tall as the
// document, with no page break at all: what the form's pages together must
// hold, each line once.
void renderContinuous(const printing::PreparedForm &form, const QString &pdfPath);
// Rows of the PNG that are a ruled line: dark without a break across more
// than half the page's width.
int ruledLines(const QString &pngPath);

} // namespace ruqsat::test
