// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl print: a form of the Rules (Appendices 1, 3-9) to a PDF file,
// one form or the permits issued on a day (a batch).
#include "Command.h"
#include "PdfOutput.h"
#include "StoreOption.h"
#include "printing/BodyCheck.h"
#include "printing/FormLoader.h"
#include "printing/TemplateError.h"
#include "store/PrintQueries.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

// Refuses forms that would print without their district's issuing body,
// head or police body: says what is missing and the commands that set it.
bool refuseMissingBodies(const QList<printing::PrintItem> &items, CommandIo &io)
{
    const QList<printing::MissingBodies> missing = printing::missingBodies(items);
    if (missing.isEmpty())
        return false;
    io.err << printing::describeMissingBodies(missing) << '\n' << tr("Set them with:") << '\n';
    for (const printing::MissingBodies &m : missing)
        for (const QString &key : m.keys)
            io.err << QStringLiteral("  ruqsatctl districts set %1 %2 \"...\"").arg(m.districtId).arg(key) << '\n';
    io.err << tr("or print anyway with --force.") << '\n';
    return true;
}

} // namespace

int runPrint(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("form"), tr("Appendix number of the form: 1, 3, 4, 5, 6, 7, 8 or 9."),
         tr("N")},
        {QStringLiteral("case"), tr("The case (id or registry number) for forms 1, 3, 4, 7."),
         tr("ID")},
        {QStringLiteral("permit"),
         tr("The permit number for forms 5, 6, 8; several, comma-separated, for 9."), tr("NUMBER")},
        {QStringLiteral("issued-on"),
         tr("Form 5 only: every permit issued on this day (YYYY-MM-DD)."), tr("DATE")},
        {QStringLiteral("lang"), tr("kk, ru, en, or kk+ru (one after the other). Default kk."),
         tr("LANG"), QStringLiteral("kk")},
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), tr("FILE")},
        // Kept to say where copies are printed: a copy prints as it is recorded.
        {QStringLiteral("copy"),
         tr("Not here: \"ruqsatctl permits copy NUMBER -o FILE\" records a copy and prints it.")},
        {QStringLiteral("templates"),
         tr("Folder of edited templates that win over the built-in ones."), tr("DIR")},
        {QStringLiteral("force"), tr("Print even when the district's issuing body, its head or its police "
                                     "body is not set.")},
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
    // A copy of a permit is a document issued in place of the original: it
    // is printed only as it is recorded, with its number in the QR.
    else if (parser.isSet(QStringLiteral("copy")) && *form == printing::Form::Permit)
        bad = tr("A copy of a permit is printed when it is recorded: use \"ruqsatctl permits copy "
                 "NUMBER "
                 "[--reason lost|damaged] -o FILE.pdf\".");
    else if (parser.isSet(QStringLiteral("copy")))
        bad =
            tr("Only a permit (form 5) has copies, and a copy is printed when it is recorded: use "
               "\"ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf\".");
    if (!bad.isEmpty()) {
        io.err << bad << '\n';
        return BadInput;
    }
    // Fonts and QTextDocument need a QGuiApplication (offscreen is enough).
    if (!canPrint(io))
        return Failure;
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    if (refusesStoreFile(output, io))
        return BadInput;
    // Who prints: they print the cases and permits of their districts only.
    const auto session = logIn(parser, *db, io, &code);
    if (!session)
        return code;
    try {
        const printing::FormLoader loader(*db, session->scope());
        QList<printing::PrintItem> items;
        if (!day.isEmpty()) {
            const QStringList numbers =
                store::PrintQueries(*db, session->scope()).permitNumbersIssuedOn(issuedOn);
            if (numbers.isEmpty()) {
                io.err << tr("No permit was issued on %1.").arg(day) << '\n';
                return Failure;
            }
            items = loader.loadPermits(numbers, *languages);
        } else {
            items = loader.load(*form, caseId.isEmpty() ? permit : caseId, *languages);
        }
        if (!parser.isSet(QStringLiteral("force")) && refuseMissingBodies(items, io))
            return Failure;
        const printing::FormRenderer renderer =
            parser.isSet(QStringLiteral("templates"))
                ? printing::FormRenderer(
                      printing::TemplateSource(parser.value(QStringLiteral("templates"))))
                : loader.renderer();
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
