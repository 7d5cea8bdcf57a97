// SPDX-License-Identifier: GPL-3.0-or-later
// Printing benchmark (not a test): time of one one-page permit to PDF, and
// of a batch of 1,000 permits into one PDF on a QThreadPool; beside them,
// LibreOffice headless converting the same filled HTML to PDF (what clerks
// use today), when `soffice` is on PATH or given with --soffice. Writes a
// section to bench/RESULTS.md when given its path:
//   QT_QPA_PLATFORM=offscreen print_bench [--soffice PATH] [--keep DIR] [RESULTS.md]
// --keep DIR: write the PDFs and LibreOffice's HTML there (to look at them)
// instead of a temporary folder that is removed.
#include "printing/BatchPrinter.h"
#include "printing/FormFields.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

using namespace ruqsat::printing;

namespace {

// A permit's raw record as store::PrintQueries gives it, numbered `n`.
PrintItem permit(int n)
{
    PrintItem item;
    item.form = Form::Permit;
    item.language = Language::Kazakh;
    QVariantHash &v = item.record.values;
    v.insert(QStringLiteral("permit_number"), QStringLiteral("75-2026-%1").arg(n, 6, 10, QLatin1Char('0')));
    v.insert(QStringLiteral("surname_lat"), QStringLiteral("QURBONOV"));
    v.insert(QStringLiteral("given_names_lat"), QStringLiteral("AZIZ"));
    v.insert(QStringLiteral("passport_number"), QStringLiteral("FA%1").arg(1000000 + n));
    v.insert(QStringLiteral("citizenship_kk"), QStringLiteral("Өзбекстан"));
    v.insert(QStringLiteral("immigrant_iin"), QStringLiteral("900417%1").arg(400000 + n));
    v.insert(QStringLiteral("valid_from"), QDate(2026, 3, 27));
    v.insert(QStringLiteral("valid_to"), QDate(2026, 9, 26));
    v.insert(QStringLiteral("issued_at"), QDateTime(QDate(2026, 3, 27), QTime(5, 0), Qt::UTC));
    v.insert(QStringLiteral("region_kk"), QStringLiteral("Алматы"));
    v.insert(QStringLiteral("issuing_body.name_kk"), QStringLiteral("Алматы қаласы Алмалы ауданының әкімдігі"));
    v.insert(QStringLiteral("issuing_body.head_position"), QStringLiteral("Аудан әкімі"));
    v.insert(QStringLiteral("issuing_body.head_name"), QStringLiteral("Сәрсенбаев Нұрлан Қайратұлы"));
    item.options.qrSigner = [](const QString &canonical) {
        return QrPayload::checkValue(canonical, QByteArray(32, 'k'));
    };
    item.options.today = QDate(2026, 4, 1); // printed while in force: no mark across it
    return item;
}

QList<PrintItem> permits(int count)
{
    QList<PrintItem> items;
    for (int i = 1; i <= count; ++i)
        items << permit(i);
    return items;
}

double batchSeconds(const QString &path, int count, int threads)
{
    const QList<PrintItem> items = permits(count);
    QElapsedTimer t;
    t.start();
    QPdfWriter writer(path);
    writer.setResolution(300);
    FormRenderer::setupDevice(writer);
    const FormRenderer renderer;
    BatchPrinter batch(renderer);
    batch.setThreads(threads);
    batch.run(writer, items);
    return t.nsecsElapsed() / 1e9;
}

// ---- LibreOffice headless, on the same filled HTML ----------------------

QString ms(double seconds)
{
    return QString::number(seconds * 1000, 'f', seconds < 1 ? 1 : 0);
}

// The machine is shared: its load when the bench started (Linux), or empty.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Runs a program to its end; its standard output, or a null string when it
// could not run or failed.
QString run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// What a PDF holds, read with poppler-utils: pages, the permit's Kazakh
// title, whether page n holds permit n whole, embedded fonts.
struct PdfCheck
{
    bool read = false; // pdfinfo / pdftotext ran
    int pages = 0;
    bool kazakhTitle = false; // "ЕҢБЕКШІ КӨШІП КЕЛУШІГЕ РҰҚСАТ" (Ң Ө Ұ Қ І)
    int wholePages = 0;       // pages n with permit n's header, title, number and QR caption, once each
    QStringList fonts;        // embedded fonts (pdffonts), without subset tags
};

PdfCheck checkPdf(const QString &path)
{
    PdfCheck c;
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                           QStringLiteral("-")});
    if (info.isNull() || text.isNull())
        return c;
    c.read = true;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                         QRegularExpression::MultilineOption)
                                          .match(info);
    c.pages = m.hasMatch() ? m.captured(1).toInt() : 0;
    // pdftotext may break the title across lines: compare without whitespace.
    const QRegularExpression space(QStringLiteral("\\s+"));
    const QString title = QStringLiteral("ЕҢБЕКШІКӨШІПКЕЛУШІГЕРҰҚСАТ№");
    const QStringList pages = text.split(QLatin1Char('\f')); // pdftotext ends each page with a form feed
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QString flat = pages.at(i);
        flat.remove(space);
        if (flat.contains(title))
            c.kazakhTitle = true;
        if (flat.count(title) == 1 && flat.count(QStringLiteral("5-қосымша")) == 1
            && flat.count(QStringLiteral("QR-код")) == 1
            && flat.contains(title + QStringLiteral("75-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'))))
            ++c.wholePages;
    }
    const QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'));
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList cols = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type [encoding...] emb sub uni object ID: "emb" is 5th from the end.
        if (cols.size() < 6 || cols.at(cols.size() - 5) != QLatin1String("yes"))
            continue;
        QString name = cols.first();
        name.remove(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+")));
        if (!c.fonts.contains(name))
            c.fonts << name;
    }
    return c;
}

QString describe(const PdfCheck &c, int expectedPages)
{
    if (!c.read)
        return QStringLiteral("not checked (pdfinfo/pdftotext missing)");
    QStringList parts;
    QString pages = QStringLiteral("%1 %2").arg(c.pages).arg(c.pages == 1 ? QStringLiteral("page")
                                                                         : QStringLiteral("pages"));
    if (c.pages != expectedPages)
        pages += QStringLiteral(" (expected %1!)").arg(expectedPages);
    parts << pages;
    parts << (c.kazakhTitle ? QStringLiteral("Kazakh title in the text") : QStringLiteral("Kazakh title MISSING"));
    parts << (c.wholePages == expectedPages
                  ? QStringLiteral("page n holds permit n whole")
                  : QStringLiteral("only %1 of %2 pages hold their permit whole!").arg(c.wholePages).arg(expectedPages));
    parts << (c.fonts.isEmpty() ? QStringLiteral("no embedded fonts")
                                : QStringLiteral("fonts ") + c.fonts.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

// The HTML LibreOffice is given: for each permit the HTML FormRenderer lays
// out (FormRenderer::html: the template filled by TemplateEngine), with what
// the renderer adds outside the HTML made explicit: print.css inlined, the
// default font (Noto Serif 11 pt), the page (A4, margins 25/15/15/15 mm) as
// @page, and the QR image (a QTextDocument resource) written as a PNG file
// next to the HTML. Permits after the first start on a new page: the break
// is put on the permit's first element (its header table), as LibreOffice
// 7.4's HTML import ignores a break on a <div> that wraps a table (with
// <div style="page-break-before/after: always"> permits drifted across pages).
QString libreOfficeHtml(const FormRenderer &renderer, const QList<PrintItem> &items, const QDir &dir)
{
    QString body;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PrintItem &item = items.at(i);
        QString html = renderer.html(item);
        const FormContext context = formContext(item.form, item.language, item.record, item.options);
        for (auto it = context.images.cbegin(); it != context.images.cend(); ++it) {
            const QString file = QStringLiteral("%1-%2.png").arg(it.key()).arg(i + 1);
            it.value().save(dir.filePath(file));
            html.replace(QStringLiteral("src=\"%1\"").arg(it.key()), QStringLiteral("src=\"%1\"").arg(file));
        }
        const qsizetype from = html.indexOf(QLatin1String("<body>"));
        const qsizetype to = html.lastIndexOf(QLatin1String("</body>"));
        if (from < 0 || to < from)
            return QString();
        QString permitBody = html.mid(from + 6, to - from - 6);
        if (i > 0) {
            static const QRegularExpression firstTag(QStringLiteral("^\\s*<[a-zA-Z][a-zA-Z0-9]*"));
            const QRegularExpressionMatch m = firstTag.match(permitBody);
            const qsizetype tagEnd = m.hasMatch() ? permitBody.indexOf(QLatin1Char('>'), m.capturedEnd()) : -1;
            if (tagEnd >= 0 && !permitBody.left(tagEnd).contains(QLatin1String("style=")))
                permitBody.insert(m.capturedEnd(), QStringLiteral(" style=\"page-break-before: always\""));
            else // the first element has a style of its own: an empty paragraph carries the break
                permitBody.prepend(QStringLiteral("<p style=\"page-break-before: always; margin: 0; font-size: 1pt\"></p>"));
        }
        body += permitBody;
    }
    const QString css = renderer.source().styleSheet();
    const QString fontCss = QStringLiteral("body, p, td { font-family: \"%1\"; font-size: 11pt; }\n")
                                .arg(FormRenderer::fontFamily());
    const QString pageCss = QStringLiteral("@page { size: 210mm 297mm; margin: %1mm %2mm %3mm %4mm; }\n")
                                .arg(FormRenderer::kMarginTopMm)
                                .arg(FormRenderer::kMarginRightMm)
                                .arg(FormRenderer::kMarginBottomMm)
                                .arg(FormRenderer::kMarginLeftMm);
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>permits</title>\n<style>\n")
        + pageCss + fontCss + css + QStringLiteral("</style></head><body>\n") + body
        + QStringLiteral("</body></html>\n");
}

struct LibreOffice
{
    QString program; // empty: not found
    QString version;
    QString profile; // its own user profile, so its first start is a first start
};

// One `soffice --headless --convert-to pdf` of `html` into `outDir`, timed
// from the start of the process to its end. <0 when it failed.
double convertSeconds(const LibreOffice &lo, const QString &html, const QString &outDir)
{
    QFile::remove(QDir(outDir).filePath(QFileInfo(html).completeBaseName() + QStringLiteral(".pdf")));
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lo.program, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(lo.profile).toString(),
                         QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                         QStringLiteral("--outdir"), outDir, html});
    const bool ok = p.waitForFinished(30 * 60 * 1000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    const double seconds = t.nsecsElapsed() / 1e9;
    if (!ok || !QFileInfo::exists(QDir(outDir).filePath(QFileInfo(html).completeBaseName() + QStringLiteral(".pdf")))) {
        QTextStream(stderr) << "soffice failed on " << html << ": " << QString::fromLocal8Bit(p.readAll()) << "\n";
        return -1;
    }
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QString load = loadAverage();
    QString resultsPath, sofficeArg, keepDir;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--soffice") && i + 1 < args.size())
            sofficeArg = args.at(++i);
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keepDir = args.at(++i);
        else
            resultsPath = args.at(i);
    }
    QTemporaryDir tmp;
    if (!keepDir.isEmpty())
        QDir().mkpath(keepDir);
    const QDir dir(keepDir.isEmpty() ? tmp.path() : keepDir);

    // One form, alone, ten times: the mean (the first, timed apart, includes
    // font loading: the first permit a clerk prints after starting Ruqsat).
    double single = 0;
    const double first = batchSeconds(dir.filePath(QStringLiteral("warm.pdf")), 1, 1);
    for (int i = 0; i < 10; ++i)
        single += batchSeconds(dir.filePath(QStringLiteral("one.pdf")), 1, 1);
    single /= 10;
    const double batch1 = batchSeconds(dir.filePath(QStringLiteral("b1.pdf")), 1000, 1);
    const int cores = QThread::idealThreadCount();
    const double batchN = batchSeconds(dir.filePath(QStringLiteral("bn.pdf")), 1000, cores);
    const qint64 size = QFile(dir.filePath(QStringLiteral("bn.pdf"))).size();
    const PdfCheck ruqsatOne = checkPdf(dir.filePath(QStringLiteral("one.pdf")));
    const PdfCheck ruqsatBatch = checkPdf(dir.filePath(QStringLiteral("bn.pdf")));

    // LibreOffice headless on the same filled HTML.
    LibreOffice lo;
    lo.program = sofficeArg.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("soffice")) : sofficeArg;
    QString skipped;
    double loFirst = -1, loWarm = -1, loBatchFirst = -1, loBatchSecond = -1;
    PdfCheck loOne, loBatch;
    qint64 loSize = 0;
    if (lo.program.isEmpty()) {
        skipped = QStringLiteral("`soffice` is not on PATH and --soffice was not given");
    } else if (!QFileInfo(lo.program).isExecutable()) {
        skipped = QStringLiteral("%1 is not an executable").arg(lo.program);
    } else {
        const FormRenderer renderer;
        const QDir loDir(dir.filePath(QStringLiteral("libreoffice")));
        QDir().mkpath(loDir.path());
        lo.profile = dir.filePath(QStringLiteral("libreoffice-profile"));
        QDir(lo.profile).removeRecursively(); // a first start, even with --keep
        const QString oneHtml = loDir.filePath(QStringLiteral("permit.html"));
        const QString batchHtml = loDir.filePath(QStringLiteral("permits-1000.html"));
        const QString oneText = libreOfficeHtml(renderer, permits(1), loDir);
        const QString batchText = libreOfficeHtml(renderer, permits(1000), loDir);
        QFile f1(oneHtml), f2(batchHtml);
        if (oneText.isEmpty() || batchText.isEmpty() || !f1.open(QIODevice::WriteOnly)
            || !f2.open(QIODevice::WriteOnly)) {
            skipped = QStringLiteral("the HTML for LibreOffice could not be written");
        } else {
            f1.write(oneText.toUtf8());
            f2.write(batchText.toUtf8());
            f1.close();
            f2.close();
            const QString out = loDir.path();
            // First start: a new user profile is made (what a clerk's first
            // conversion after logging in costs, less the disk cache).
            loFirst = convertSeconds(lo, oneHtml, out);
            // Later starts: the profile exists; every run is still a new process.
            double sum = 0;
            for (int i = 0; i < 3 && loFirst >= 0; ++i) {
                const double s = convertSeconds(lo, oneHtml, out);
                if (s < 0) {
                    sum = -3;
                    break;
                }
                sum += s;
            }
            loWarm = sum / 3;
            loBatchFirst = convertSeconds(lo, batchHtml, out);
            loBatchSecond = loBatchFirst < 0 ? -1 : convertSeconds(lo, batchHtml, out);
            if (loFirst < 0 || loWarm < 0 || loBatchFirst < 0 || loBatchSecond < 0) {
                skipped = QStringLiteral("soffice failed to convert (see the messages above)");
            } else {
                loOne = checkPdf(loDir.filePath(QStringLiteral("permit.pdf")));
                loBatch = checkPdf(loDir.filePath(QStringLiteral("permits-1000.pdf")));
                loSize = QFile(loDir.filePath(QStringLiteral("permits-1000.pdf"))).size();
                lo.version = run(lo.program, {QStringLiteral("--version")}).trimmed();
            }
        }
    }

    QString section;
    QTextStream s(&section);
    s << "\n## Printing (bench/print_bench.cpp), " << QDate::currentDate().toString(Qt::ISODate) << "\n\n"
      << "Permit (Appendix 5, kk, QR code), QPdfWriter at 300 dpi, Noto Serif embedded, " << cores
      << " cores" << (load.isEmpty() ? QString() : QStringLiteral(" (load average at start: %1)").arg(load))
      << ".\n\n"
      << "| measure | result |\n|---|---|\n"
      << "| first permit in the process (font loading) | " << ms(first) << " ms |\n"
      << "| one permit to its own PDF (mean of 10) | " << ms(single) << " ms |\n"
      << "| 1,000 permits into one PDF, 1 thread | " << QString::number(batch1, 'f', 1) << " s |\n"
      << "| 1,000 permits into one PDF, " << cores << " threads | " << QString::number(batchN, 'f', 1)
      << " s (" << QString::number(batchN, 'f', 1) << " ms a permit; " << size / 1024 << " KiB) |\n"
      << "| target: 1,000 permits | under 30 s |\n"
      << "| Ruqsat's PDFs | one: " << describe(ruqsatOne, 1) << "; batch: " << describe(ruqsatBatch, 1000)
      << " |\n\n";
    if (!skipped.isEmpty()) {
        s << "LibreOffice headless: not measured, " << skipped << ".\n";
    } else {
        s << "Beside " << (lo.version.isEmpty() ? QStringLiteral("LibreOffice") : lo.version)
          << " headless, `soffice --headless --convert-to pdf --outdir DIR FILE` on the same filled HTML "
             "(print.css inlined, A4 and margins as @page, QR as PNG files); every LibreOffice time is a "
             "whole process, its start included:\n\n"
          << "| measure | Ruqsat | LibreOffice |\n|---|---|---|\n"
          << "| one permit, first | " << ms(first) << " ms (in a running Ruqsat) | " << ms(loFirst)
          << " ms (cold start: new process, new user profile) |\n"
          << "| one permit, later | " << ms(single) << " ms (mean of 10) | " << ms(loWarm)
          << " ms (mean of 3; new process, profile exists) |\n"
          << "| 1,000 permits into one PDF | " << QString::number(batch1, 'f', 1) << " s (1 thread), "
          << QString::number(batchN, 'f', 1) << " s (" << cores << " threads) | "
          << QString::number(loBatchFirst, 'f', 1) << " s first run, " << QString::number(loBatchSecond, 'f', 1)
          << " s second run (one HTML, page breaks; " << loSize / 1024 << " KiB) |\n"
          << "| LibreOffice's PDFs | | one: " << describe(loOne, 1) << "; batch: " << describe(loBatch, 1000)
          << " |\n";
    }
    QTextStream(stdout) << section;
    if (!resultsPath.isEmpty()) {
        QFile out(resultsPath);
        if (out.open(QIODevice::Append | QIODevice::Text))
            out.write(section.toUtf8());
    }
    return 0;
}
