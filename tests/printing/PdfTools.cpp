// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTools.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTest>
#include <algorithm>

namespace ruqsat::test {

void renderPdf(const printing::FormRenderer &renderer, const QList<printing::PrintItem> &items,
               const QString &pdfPath)
{
    QPdfWriter writer(pdfPath);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Ruqsat tests"));
    printing::FormRenderer::setupDevice(writer);
    renderer.render(writer, items);
}

QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        QTest::qFail(qPrintable(program + QStringLiteral(" did not finish")), __FILE__, __LINE__);
        return {};
    }
    // zbarimg exits 4 when it finds no symbol: the caller judges the output.
    if (p.exitCode() != 0 && program != QLatin1String("zbarimg"))
        QTest::qFail(qPrintable(program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError())),
                     __FILE__, __LINE__);
    return p.readAllStandardOutput();
}

QString pdfText(const QString &pdfPath)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                      pdfPath, QStringLiteral("-")}));
}

QString pdfRawText(const QString &pdfPath)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                      pdfPath, QStringLiteral("-")}));
}

QString pdfPage(const QString &pdfPath, int page, const QString &outBase)
{
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdfPath,
             outBase});
    return outBase + QStringLiteral(".png");
}

QStringList decodeQr(const QString &pngPath)
{
    const QString out = QString::fromUtf8(
        runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), pngPath}));
    return out.split(u'\n', Qt::SkipEmptyParts);
}

QString pdfFonts(const QString &pdfPath)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {pdfPath}));
}

int pdfPageCount(const QString &pdfPath)
{
    return int(pdfText(pdfPath).count(u'\f'));
}

QStringList pdfPageLines(const QString &pdfPath, int page)
{
    const QString text = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                 QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                 QString::number(page), pdfPath, QStringLiteral("-")}));
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString simple = QString(line).remove(u'\f').simplified();
        if (!simple.isEmpty())
            lines << simple;
    }
    return lines;
}

void renderContinuous(const printing::PreparedForm &form, const QString &pdfPath)
{
    const QTextDocument &doc = *form.document;
    constexpr double kPxToMm = 25.4 / 96.0;
    const double width = 210.0;
    const double height = doc.size().height() * kPxToMm + 30;
    QPdfWriter writer(pdfPath);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(width, height), QPageSize::Millimeter),
                                     QPageLayout::Portrait,
                                     QMarginsF(printing::FormRenderer::kMarginLeftMm, 15,
                                               printing::FormRenderer::kMarginRightMm, 15),
                                     QPageLayout::Millimeter));
    QPainter painter(&writer);
    const double scale = writer.width() / doc.textWidth();
    painter.scale(scale, scale);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
}

int ruledLines(const QString &pngPath)
{
    const QImage image(pngPath);
    int lines = 0;
    for (int y = 0; y < image.height(); ++y) {
        // The longest unbroken dark run: text has gaps, a rule has none.
        int run = 0, longest = 0;
        for (int x = 0; x < image.width(); ++x) {
            run = qGray(image.pixel(x, y)) < 128 ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        lines += longest > image.width() / 2;
    }
    return lines;
}

} // namespace ruqsat::test
