// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTools.h"

#include <QPdfWriter>
#include <QProcess>
#include <QTest>

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

} // namespace ruqsat::test
