// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPrint.h"

#include "ReportDesk.h"
#include "ReportWords.h"
#include "printing/FormRenderer.h"
#include "store/StoreFiles.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace ruqsat::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::reports", text);
}

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString number(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

// The path, unless it is a store's own file; the refusal otherwise.
QString refusal(const QString &path)
{
    return store::openStoreFileRefusal(path);
}

} // namespace

QString reportHtml(const ReportHeading &heading, const QList<ReportLine> &lines,
                   domain::Language language)
{
    const Words words(language);
    const bool term = heading.kind == Kind::DecisionTerm;
    const auto cell = [](const QString &text, bool right) {
        return QStringLiteral("<td%1>%2</td>")
            .arg(right ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
    };
    const auto row = [&](const ReportLine &line, bool bold) {
        QString cells = cell(line.label, false) + cell(number(line.count), true);
        if (term)
            cells += cell(number(line.inTime), true) + cell(number(line.late()), true) +
                     cell(number(line.inTimePercent(), 1), true);
        return bold ? QStringLiteral("<tr style=\"font-weight: bold\">%1</tr>").arg(cells)
                    : QStringLiteral("<tr>%1</tr>").arg(cells);
    };
    QString head = QStringLiteral("<th align=\"left\">%1</th><th width=\"14%\">%2</th>")
                       .arg(title(heading.by, words).toHtmlEscaped(),
                            countTitle(heading.kind, words).toHtmlEscaped());
    if (term)
        head += QStringLiteral(
                    "<th width=\"14%\">%1</th><th width=\"14%\">%2</th><th width=\"14%\">%3</th>")
                    .arg(words(QT_TRANSLATE_NOOP("ruqsat::reports", "In time")).toHtmlEscaped(),
                         words(QT_TRANSLATE_NOOP("ruqsat::reports", "Late")).toHtmlEscaped(),
                         words(QT_TRANSLATE_NOOP("ruqsat::reports", "In time, %")).toHtmlEscaped());
    QString rows;
    for (const ReportLine &line : lines)
        rows += row(line, false);
    if (heading.by != Grouping::None)
        rows += row(ReportDesk::total(lines, words(QT_TRANSLATE_NOOP("ruqsat::reports", "Total"))),
                    true);
    QString about = words(QT_TRANSLATE_NOOP("ruqsat::reports", "Period: %1 to %2"))
                        .arg(day(heading.period.from), day(heading.period.to));
    if (heading.by != Grouping::None)
        about += QLatin1String("; ") + words(QT_TRANSLATE_NOOP("ruqsat::reports", "by: %1"))
                                           .arg(title(heading.by, words).toLower());
    return QStringLiteral("<html><body><h2>%1</h2><p>%2</p>"
                          "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                          "<thead><tr>%3</tr></thead>%4</table><p>%5</p></body></html>")
        .arg(title(heading.kind, words).toHtmlEscaped(), about.toHtmlEscaped(), head, rows,
             words(QT_TRANSLATE_NOOP("ruqsat::reports", "Printed on %1"))
                 .arg(day(heading.printedOn))
                 .toHtmlEscaped());
}

QString writeReportPdf(const QString &path, const ReportHeading &heading,
                       const QList<ReportLine> &lines, domain::Language language)
{
    if (const QString refused = refusal(path); !refused.isEmpty())
        return refused;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const printing::PreparedForm report = printing::FormRenderer::layOut(
        reportHtml(heading, lines, language), language,
        QStringLiteral("td, th { font-size: 9pt; } h2 { font-size: 13pt; }"));
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(QStringLiteral("Ruqsat"));
        printing::FormRenderer::setupDevice(pdf);
        QPainter painter(&pdf);
        bool firstPage = true;
        printing::FormRenderer::paint(painter, pdf, report, firstPage);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString writeReportFile(const QString &path, const QByteArray &bytes)
{
    if (const QString refused = refusal(path); !refused.isEmpty())
        return refused;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace ruqsat::reports
