// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "StoreOption.h"
#include "store/StoreStatistics.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ruqsat::cli {

int runStatus(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("ruqsat::cli", "Print one JSON object.")});
    if (!parseCommand(parser, args, io,
                      QCoreApplication::translate("ruqsat::cli", "Shows where the store is, its "
                                                                 "schema version and its counts.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    QList<store::TableCount> counts;
    try {
        counts = store::tableCounts(*db);
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject countObject;
        for (const auto &c : counts)
            countObject.insert(c.table, c.rows);
        printJson(io, {{QStringLiteral("store"), db->location().toString()},
                       {QStringLiteral("backend"), db->location().isSqlite()
                                                       ? QStringLiteral("sqlite")
                                                       : QStringLiteral("postgresql")},
                       {QStringLiteral("schema_version"), db->schemaVersion()},
                       {QStringLiteral("counts"), countObject}});
        return Ok;
    }
    io.out << QCoreApplication::translate("ruqsat::cli", "Store: %1").arg(db->location().toString())
           << '\n'
           << QCoreApplication::translate("ruqsat::cli", "Schema version: %1").arg(db->schemaVersion())
           << '\n';
    for (const auto &c : counts)
        io.out << "  " << c.table.leftJustified(22) << ' ' << c.rows << '\n';
    return Ok;
}

} // namespace ruqsat::cli
