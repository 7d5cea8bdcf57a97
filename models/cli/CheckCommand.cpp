// SPDX-License-Identifier: GPL-3.0-or-later
// `ruqsatctl check iin NUMBER` and `ruqsatctl check mrz` (lines on stdin).
// Exit codes: 0 the number or MRZ is valid, 1 it is not (the JSON says why),
// 2 the command itself is wrong (missing argument, empty input).
#include "Command.h"
#include "StoreOption.h"
#include "domain/Iin.h"
#include "domain/Mrz.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

int checkIin(const QStringList &positional, CommandIo &io)
{
    if (positional.size() != 2) {
        io.err << tr("Usage: ruqsatctl check iin NUMBER") << '\n';
        return BadInput;
    }
    const auto c = domain::Iin::check(positional.at(1));
    if (!c.valid()) {
        printJson(io, {{QStringLiteral("valid"), false}, {QStringLiteral("reason"), c.reason}});
        return Failure;
    }
    QJsonObject out{{QStringLiteral("valid"), true}, {QStringLiteral("sex"), domain::sexCode(c.sex)}};
    // Century digit 0: the birth date cannot be known (see Iin.h).
    out.insert(QStringLiteral("birth_date"), c.birthDate.isValid()
                                                 ? QJsonValue(c.birthDate.toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null));
    printJson(io, out);
    return Ok;
}

int checkMrz(CommandIo &io)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        io.err << tr("Cannot read the standard input.") << '\n';
        return BadInput;
    }
    const QString text = QString::fromUtf8(in.readAll());
    if (text.trimmed().isEmpty()) {
        io.err << tr("Give the MRZ lines on the standard input.") << '\n';
        return BadInput;
    }
    const auto r = domain::Mrz::parse(text);
    if (!r.ok()) {
        printJson(io, {{QStringLiteral("valid"), false},
                       {QStringLiteral("field"), r.field},
                       {QStringLiteral("reason"), r.reason}});
        return Failure;
    }
    const domain::MrzFields &f = r.fields;
    printJson(io, {{QStringLiteral("valid"), true},
                   {QStringLiteral("format"), f.format == domain::MrzFields::Format::TD3
                                                  ? QStringLiteral("TD3")
                                                  : QStringLiteral("TD1")},
                   {QStringLiteral("document_code"), f.documentCode},
                   {QStringLiteral("issuing_state"), f.issuingState},
                   {QStringLiteral("surname"), f.surname},
                   {QStringLiteral("given_names"), f.givenNames},
                   {QStringLiteral("document_number"), f.documentNumber},
                   {QStringLiteral("nationality"), f.nationality},
                   {QStringLiteral("birth_date"), f.birthDate.toString(Qt::ISODate)},
                   {QStringLiteral("sex"), domain::sexCode(f.sex)},
                   {QStringLiteral("expiry_date"), f.expiryDate.toString(Qt::ISODate)},
                   {QStringLiteral("optional_data"), f.optionalData},
                   {QStringLiteral("corrections"), QJsonArray::fromStringList(r.corrections)}});
    return Ok;
}

} // namespace

int runCheck(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), tr("iin NUMBER, or mrz (the lines on standard input)"));
    if (!parseCommand(parser, args, io,
                      tr("Checks an IIN or a passport MRZ. Exit code 0: valid; 1: not valid; "
                         "2: wrong command.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("iin"))
        return checkIin(positional, io);
    if (positional.size() == 1 && positional.first() == QLatin1String("mrz"))
        return checkMrz(io);
    io.err << tr("Usage: ruqsatctl check iin NUMBER | ruqsatctl check mrz < lines") << '\n';
    return BadInput;
}

} // namespace ruqsat::cli
