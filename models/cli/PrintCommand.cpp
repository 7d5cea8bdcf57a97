// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl print: a form of the Rules (Appendices 1, 3-9) to a PDF file,
// one form or the permits issued on a day (a batch).
#include "Command.h"
#include "StoreOption.h"
#include "printing/BatchPrinter.h"
#include "printing/FormLoader.h"
#include "printing/TemplateError.h"
#include "store/PrintQueries.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

int writePdf(const QString &path, const printing::FormRenderer &renderer,
             const QList<printing::PrintItem> &items, CommandIo &io)
{
    // QSaveFile: a failed or half-printed batch never replaces an older file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        io.err << tr("Cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return Failure;
    }
    printing::BatchResult result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setTitle(QFileInfo(path).completeBaseName());
        printing::FormRenderer::setupDevice(writer);
        result = printing::BatchPrinter(renderer).run(writer, items);
    }
    if (!result.error.isEmpty()) {
        io.err << result.error << '\n';
        return Failure;
    }
    if (!file.commit()) {
        io.err << tr("Cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return Failure;
    }
    io.out << QCoreApplication::translate("ruqsat::cli", "Printed %n form(s) to %1.", nullptr, result.printed).arg(path)
           << '\n';
    return Ok;
}

} // namespace

int runPrint(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("form"), tr("Appendix number of the form: 1, 3, 4, 5, 6, 7, 8 or 9."), tr("N")},
        {QStringLiteral("case"), tr("The case (id or registry number) for forms 1, 3, 4, 7."), tr("ID")},
        {QStringLiteral("permit"), tr("The permit number for forms 5, 6, 8; several, comma-separated, for 9."),
         tr("NUMBER")},
        {QStringLiteral("issued-on"), tr("Form 5 only: every permit issued on this day (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("lang"), tr("kk, ru, en, or kk+ru (one after the other). Default kk."), tr("LANG"),
         QStringLiteral("kk")},
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), tr("FILE")},
        {QStringLiteral("copy"), tr("Form 5: print as a copy, with the copy mark.")},
        {QStringLiteral("templates"), tr("Folder of edited templates that win over the built-in ones."),
         tr("DIR")},
    });
    if (!parseCommand(parser, args, io, tr("Prints a form of the Rules to a PDF file.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;

    const auto form = printing::formFromAppendix(parser.value(QStringLiteral("form")).toInt());
    const auto languages = printing::languagesFromSpec(parser.value(QStringLiteral("lang")));
    const QString output = parser.value(QStringLiteral("output"));
    const QString caseId = parser.value(QStringLiteral("case"));
    const QString permit = parser.value(QStringLiteral("permit"));
    const QString day = parser.value(QStringLiteral("issued-on"));
    const QDate issuedOn = QDate::fromString(day, Qt::ISODate);
    QString bad;
    if (!form)
        bad = tr("--form must be 1, 3, 4, 5, 6, 7, 8 or 9.");
    else if (!languages)
        bad = tr("--lang must be kk, ru, en or a combination such as kk+ru.");
    else if (output.isEmpty())
        bad = tr("-o FILE is required.");
    else if (!day.isEmpty() && (!issuedOn.isValid() || *form != printing::Form::Permit))
        bad = tr("--issued-on takes a date YYYY-MM-DD and goes with --form 5 only.");
    else if (int(!caseId.isEmpty()) + int(!permit.isEmpty()) + int(!day.isEmpty()) != 1)
        bad = tr("Name exactly one of --case, --permit or --issued-on.");
    else if (!permit.isEmpty() && !printing::isPermitForm(*form))
        bad = tr("Form %1 is printed for a case: use --case.").arg(printing::appendixOf(*form));
    if (!bad.isEmpty()) {
        io.err << bad << '\n';
        return BadInput;
    }
    // Fonts and QTextDocument need a QGuiApplication (offscreen is enough).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        io.err << tr("Printing needs the graphical application object; this build of ruqsatctl "
                     "starts without it.")
               << '\n';
        return Failure;
    }
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    try {
        const printing::FormLoader loader(*db);
        QList<printing::PrintItem> items;
        if (!day.isEmpty()) {
            const QStringList numbers = store::PrintQueries(*db).permitNumbersIssuedOn(issuedOn);
            if (numbers.isEmpty()) {
                io.err << tr("No permit was issued on %1.").arg(day) << '\n';
                return Failure;
            }
            items = loader.loadPermits(numbers, *languages, parser.isSet(QStringLiteral("copy")));
        } else {
            items = loader.load(*form, caseId.isEmpty() ? permit : caseId, *languages,
                                parser.isSet(QStringLiteral("copy")));
        }
        const QString overrides = parser.isSet(QStringLiteral("templates"))
                                      ? parser.value(QStringLiteral("templates"))
                                      : loader.overrideDir();
        const printing::FormRenderer renderer{printing::TemplateSource(overrides)};
        return writePdf(output, renderer, items, io);
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    } catch (const printing::TemplateError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
}

} // namespace ruqsat::cli
