// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl permits copy: R-DUPLICATE from the command line. The copy is
// recorded by the same core step as the GUI's (cases::PermitActions) and
// printed as that copy: the mark, the same number, "copy No. N" in its QR.
#include "Command.h"
#include "PdfOutput.h"
#include "StoreOption.h"
#include "cases/PermitActions.h"
#include "printing/FormLoader.h"
#include "printing/TemplateError.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

} // namespace

int runPermitCopy(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("copy"), tr("The action: copy."));
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                 tr("The number of the permit in force."));
    parser.addOptions({
        {QStringLiteral("reason"), tr("Why a copy is issued: lost (the default) or damaged."),
         tr("REASON"), QStringLiteral("lost")},
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), tr("FILE")},
        {QStringLiteral("lang"), tr("kk, ru, en, or kk+ru (one after the other). Default kk."),
         tr("LANG"), QStringLiteral("kk")},
    });
    if (!parseCommand(
            parser, args, io,
            tr("Records a copy of a permit in force, issued in place of a lost or damaged one, "
               "and prints it to a PDF file.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QStringList words = parser.positionalArguments();
    const QString reasonCode = parser.value(QStringLiteral("reason"));
    const auto languages = printing::languagesFromSpec(parser.value(QStringLiteral("lang")));
    const QString output = parser.value(QStringLiteral("output"));
    QString bad;
    if (words.size() != 2)
        bad = tr("Usage: ruqsatctl permits copy NUMBER [--reason lost|damaged] -o FILE.pdf [--lang "
                 "LANG]");
    else if (reasonCode != cases::code(cases::CopyReason::Lost) &&
             reasonCode != cases::code(cases::CopyReason::Damaged))
        bad = tr("--reason must be lost or damaged.");
    else if (!languages)
        bad = tr("--lang must be kk, ru, en or a combination such as kk+ru.");
    else if (output.isEmpty())
        bad = tr("-o FILE is required.");
    if (!bad.isEmpty()) {
        io.err << bad << '\n';
        return BadInput;
    }
    if (!canPrint(io))
        return Failure;
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    if (refusesStoreFile(output, io))
        return BadInput;
    const QString number = words.at(1);
    const auto reason = reasonCode == cases::code(cases::CopyReason::Lost)
                            ? cases::CopyReason::Lost
                            : cases::CopyReason::Damaged;
    // The file is opened first and put in place last; the copy is committed
    // only once it is printed: a copy that cannot be printed is not recorded.
    // Logged in before anything is written: the copy is recorded as theirs.
    const auto session = logIn(parser, *db, io, &code);
    if (!session)
        return code;
    QSaveFile file(output);
    if (!openPdf(file, io))
        return Failure;
    try {
        store::Transaction tx(*db);
        const auto permit = store::PermitRepository(*db).findByNumber(number);
        if (!permit) {
            io.err << tr("There is no permit %1.").arg(number) << '\n';
            return Failure;
        }
        const int copy =
            cases::PermitActions(*db, *session).recordCopy(permit->id, reason);
        const printing::FormLoader loader(*db, session->scope());
        if (paintPdf(file, loader.renderer(),
                     loader.load(printing::Form::Permit, number, *languages, copy), io) < 0)
            return Failure;
        tx.commit();
        if (!commitPdf(file, io)) {
            io.err << tr("The copy No. %1 of the permit %2 is recorded.").arg(copy).arg(number)
                   << '\n';
            return Failure;
        }
        io.out << tr("Recorded the copy No. %1 of the permit %2 and printed it to %3.")
                      .arg(copy)
                      .arg(number, output)
               << '\n';
        return Ok;
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n'; // unknown, or not in force (R-DUPLICATE)
        return Failure;
    } catch (const printing::TemplateError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
}

} // namespace ruqsat::cli
