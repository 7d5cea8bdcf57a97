// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace ruqsat::cli {

// Exit codes of ruqsatctl.
enum ExitCode { Ok = 0, Failure = 1, BadInput = 2 };

struct CommandIo
{
    QTextStream &out;
    QTextStream &err;
};

// One `ruqsatctl <name> ...` command. `args` starts with the command name.
using CommandFunction = int (*)(const QStringList &args, CommandIo &io);

struct CommandSpec
{
    const char *name;
    CommandFunction run;
    const char *summary; // translated through QCoreApplication::translate("ruqsat::cli", ...)
};

// Runs the command line (without the program name) and returns the exit code.
int runCommandLine(const QStringList &arguments, CommandIo &io);

// Writes one compact JSON object as a line.
void printJson(CommandIo &io, const QJsonObject &object);
// A date as the listings print it: YYYY-MM-DD, empty for none.
QString isoDate(const QDate &d);

// The commands; each lives in its own file.
int runInit(const QStringList &args, CommandIo &io);
int runStatus(const QStringList &args, CommandIo &io);
int runCalendar(const QStringList &args, CommandIo &io);
int runCalc(const QStringList &args, CommandIo &io);
int runCheck(const QStringList &args, CommandIo &io);
int runDemo(const QStringList &args, CommandIo &io);
int runSettings(const QStringList &args, CommandIo &io);
int runDistricts(const QStringList &args, CommandIo &io);
int runUsers(const QStringList &args, CommandIo &io); // users list | add | set-role | set-districts | (de)activate
int runPrint(const QStringList &args, CommandIo &io);
int runPermits(const QStringList &args, CommandIo &io); // permits list | permits copy
int runPermitCopy(const QStringList &args, CommandIo &io);
int runCases(const QStringList &args, CommandIo &io);
int runAudit(const QStringList &args, CommandIo &io);
int runDeadlines(const QStringList &args, CommandIo &io);
int runQuotas(const QStringList &args, CommandIo &io);
int runReport(const QStringList &args, CommandIo &io);

} // namespace ruqsat::cli
