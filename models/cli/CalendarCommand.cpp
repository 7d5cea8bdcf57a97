// SPDX-License-Identifier: GPL-3.0-or-later
// `ruqsatctl calendar import FILE.csv`, `ruqsatctl calendar export YEAR|all`
// and `ruqsatctl calendar years [--json]` (R-WORKDAY: the calendar is data an
// administrator maintains; the years it covers are those it holds days of,
// store::CalendarRepository::coveredYears).
#include "Command.h"
#include "StoreOption.h"
#include "domain/CalendarCsv.h"
#include "store/CalendarRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

int importFile(const QCommandLineParser &parser, const QString &path, CommandIo &io)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return BadInput;
    }
    // The whole file is checked before the store is touched: one bad line
    // rejects it all, and nothing changes.
    const auto csv = domain::CalendarCsv::parse(file.readAll());
    if (!csv.ok()) {
        io.err << tr("%1: %2").arg(path, csv.error) << '\n';
        return BadInput;
    }
    if (csv.years.isEmpty()) {
        io.err << tr("%1 lists no day: nothing to import.").arg(path) << '\n';
        return BadInput;
    }
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    const auto session = logIn(parser, *db, io, &code);
    if (!session)
        return code;
    // The calendar is the administrator's, as in Tools > Administration.
    if (!session->mayAdminister()) {
        io.err << tr("Only an administrator imports the calendar.") << '\n';
        return Failure;
    }
    try {
        store::CalendarRepository(*db).replaceYears(csv, session->login);
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
    QList<int> years(csv.years.begin(), csv.years.end());
    std::sort(years.begin(), years.end());
    QJsonArray yearArray;
    for (int y : years)
        yearArray.append(y);
    QJsonArray covered;
    for (int y : store::CalendarRepository(*db).coveredYears())
        covered.append(y);
    printJson(io, {{QStringLiteral("imported"), int(csv.rows.size())},
                   {QStringLiteral("years"), yearArray},
                   {QStringLiteral("covered"), covered}});
    return Ok;
}

// Each year the calendar covers with its holidays and worked days: a line
// `YEAR<TAB>HOLIDAYS<TAB>WORKED DAYS`, or one JSON object a line.
int listYears(const QCommandLineParser &parser, CommandIo &io)
{
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    try {
        const store::CalendarRepository calendar(*db);
        for (int year : calendar.coveredYears()) {
            int holidays = 0, worked = 0;
            for (const domain::CalendarException &e : calendar.year(year))
                ++(e.kind == domain::CalendarException::Kind::Holiday ? holidays : worked);
            if (parser.isSet(QStringLiteral("json")))
                printJson(io, {{QStringLiteral("year"), year},
                               {QStringLiteral("holidays"), holidays},
                               {QStringLiteral("worked_days"), worked}});
            else
                io.out << year << '\t' << holidays << '\t' << worked << '\n';
        }
        io.out.flush();
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
    return Ok;
}

int exportYear(const QCommandLineParser &parser, const QString &yearText, CommandIo &io)
{
    bool ok = false;
    const bool allYears = yearText == QLatin1String("all");
    const int year = allYears ? 0 : yearText.toInt(&ok);
    if (!allYears && (!ok || year < 2000 || year > 2100)) {
        io.err << tr("The year must be a number from 2000 to 2100, not \"%1\".").arg(yearText) << '\n';
        return BadInput;
    }
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    try {
        const store::CalendarRepository calendar(*db);
        io.out << QString::fromUtf8(
            domain::CalendarCsv::format(allYears ? calendar.all() : calendar.year(year)));
        io.out.flush();
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
    return Ok;
}

} // namespace

int runCalendar(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("import FILE.csv, export YEAR (or all), or years"));
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line.")});
    if (!parseCommand(parser, args, io,
                      tr("Imports a calendar file (replacing the years it covers), exports a "
                         "year or all years as CSV, or lists the years the calendar covers.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QStringList p = parser.positionalArguments();
    if (p.size() == 2 && p.at(0) == QLatin1String("import"))
        return importFile(parser, p.at(1), io);
    if (p.size() == 2 && p.at(0) == QLatin1String("export"))
        return exportYear(parser, p.at(1), io);
    if (p.size() == 1 && p.at(0) == QLatin1String("years"))
        return listYears(parser, io);
    io.err << tr("Usage: ruqsatctl calendar import FILE.csv | ruqsatctl calendar export YEAR|all | "
                 "ruqsatctl calendar years [--json]")
           << '\n';
    return BadInput;
}

} // namespace ruqsat::cli
