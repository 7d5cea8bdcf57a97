// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <iterator>

namespace ruqsat::cli {

namespace {

const CommandSpec kCommands[] = {
    {"init", runInit, QT_TRANSLATE_NOOP("ruqsat::cli", "create or migrate a store")},
    {"status", runStatus,
     QT_TRANSLATE_NOOP("ruqsat::cli", "show where the store is, its schema and counts")},
    {"calendar", runCalendar,
     QT_TRANSLATE_NOOP("ruqsat::cli", "import or export the working-day calendar")},
    {"calc", runCalc, QT_TRANSLATE_NOOP("ruqsat::cli", "compute the statutory dates of the rules")},
    {"check", runCheck, QT_TRANSLATE_NOOP("ruqsat::cli", "check an IIN or a passport MRZ")},
    {"settings", runSettings,
     QT_TRANSLATE_NOOP("ruqsat::cli", "list or change the administrator's settings")},
    {"districts", runDistricts,
     QT_TRANSLATE_NOOP("ruqsat::cli",
                       "list the districts, or set the issuing and police bodies of one")},
    {"users", runUsers,
     QT_TRANSLATE_NOOP("ruqsat::cli",
                       "list, add and change users (on a server: their login roles)")},
    {"demo", runDemo,
     QT_TRANSLATE_NOOP("ruqsat::cli", "fill a store with realistic synthetic cases")},
    {"print", runPrint, QT_TRANSLATE_NOOP("ruqsat::cli", "print a form of the Rules to PDF")},
    {"permits", runPermits,
     QT_TRANSLATE_NOOP("ruqsat::cli",
                       "list permits (to find what to print), or record and print a copy")},
    {"cases", runCases, QT_TRANSLATE_NOOP("ruqsat::cli", "list cases (to find what to print)")},
    {"deadlines", runDeadlines,
     QT_TRANSLATE_NOOP("ruqsat::cli", "list every open statutory clock, the most urgent first")},
    {"quotas", runQuotas,
     QT_TRANSLATE_NOOP("ruqsat::cli",
                       "list each region's quota of a year: limit, in force, reserved, free")},
    {"report", runReport,
     QT_TRANSLATE_NOOP("ruqsat::cli",
                       "count permits, refusals and decisions of a period, grouped (JSON or CSV)")},
    {"audit", runAudit,
     QT_TRANSLATE_NOOP("ruqsat::cli", "verify the audit log's hash chain (audit verify)")},
};

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("ruqsat::cli",
                                          "Usage: ruqsatctl <command> [options] [--db STORE]")
           << '\n'
           << QCoreApplication::translate("ruqsat::cli",
                                          "STORE is sqlite:/path/file.db or "
                                          "postgresql://user@host:port/dbname; without --db, the "
                                          "default store in your data folder.")
           << "\n\n";
    for (const CommandSpec &c : kCommands)
        stream << "  " << QString::fromLatin1(c.name).leftJustified(10) << ' '
               << QCoreApplication::translate("ruqsat::cli", c.summary) << '\n';
}

} // namespace

void printJson(CommandIo &io, const QJsonObject &object)
{
    io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    io.out.flush();
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int runCommandLine(const QStringList &arguments, CommandIo &io)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        printUsage(arguments.isEmpty() ? io.err : io.out);
        return arguments.isEmpty() ? BadInput : Ok;
    }
    for (const CommandSpec &c : kCommands) {
        if (arguments.first() == QLatin1String(c.name))
            return c.run(arguments, io);
    }
    io.err << QCoreApplication::translate("ruqsat::cli", "Unknown command \"%1\".").arg(arguments.first())
           << '\n';
    printUsage(io.err);
    return BadInput;
}

} // namespace ruqsat::cli
