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

} // namespace ruqsat::test
