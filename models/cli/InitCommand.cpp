// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "StoreOption.h"

#include <QCoreApplication>

namespace ruqsat::cli {

int runInit(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, args, io,
                      QCoreApplication::translate("ruqsat::cli", "Creates the store, or brings "
                                                                 "it to this program's schema.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    int code = Ok;
    const auto db = openStore(parser, io, &code, store::Database::IfNoStore::Create);
    if (!db)
        return code;
    io.out << QCoreApplication::translate("ruqsat::cli", "Store ready: %1 (schema %2)")
                  .arg(db->location().toString())
                  .arg(db->schemaVersion())
           << '\n';
    return Ok;
}

} // namespace ruqsat::cli
