// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "StoreOption.h"
#include "cases/Administration.h"
#include "records/DistrictBodies.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace ruqsat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}
} // namespace

// ruqsatctl settings list [--json] | settings set KEY VALUE
int runSettings(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, or set KEY VALUE"));
    if (!parseCommand(parser, args, io,
                      tr("Lists or changes the administrator's settings: working hours, the print "
                         "template folder, the largest scan. The issuing body, its head and the police "
                         "body belong to each district: see \"ruqsatctl districts\".")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (action != QLatin1String("list") && !(action == QLatin1String("set") && words.size() == 3)) {
        io.err << tr("Use: ruqsatctl settings list [--json] | ruqsatctl settings set KEY VALUE") << '\n';
        return BadInput;
    }
    // Scripts written for the store-wide keys learn where they went (schema 6).
    if (action == QLatin1String("set") && records::districtBodyField(words.at(1))) {
        io.err << tr("\"%1\" is set for each district now: ruqsatctl districts set DISTRICT %1 VALUE "
                     "(\"ruqsatctl districts list\" shows the districts).")
                      .arg(words.at(1))
               << '\n';
        return BadInput;
    }
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    const store::SettingsRepository settings(*db);
    try {
        if (action == QLatin1String("set")) {
            // The administrator's own step, with its checks (the template
            // folder's among them), as Administration › Settings takes it.
            const auto session = logIn(parser, *db, io, &code);
            if (!session)
                return code;
            cases::Administration(*db, *session).setText(words.at(1), words.at(2));
            return Ok;
        }
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return e.kind() == store::StoreError::Kind::Invalid ? BadInput : Failure;
    }
    const auto list = settings.textSettings();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        for (const auto &[key, value] : list)
            object.insert(key, value);
        printJson(io, object);
        return Ok;
    }
    for (const auto &[key, value] : list)
        io.out << key << " = " << value << '\n';
    return Ok;
}

} // namespace ruqsat::cli
