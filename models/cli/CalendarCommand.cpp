// SPDX-License-Identifier: GPL-3.0-or-later
// `ruqsatctl calendar import FILE.csv` and `ruqsatctl calendar export YEAR`
// (R-WORKDAY: the calendar is data an administrator maintains).
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
    printJson(io, {{QStringLiteral("imported"), int(csv.rows.size())}, {QStringLiteral("years"), yearArray}});
    return Ok;
}

int exportYear(const QCommandLineParser &parser, const QString &yearText, CommandIo &io)
{
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || year < 2000 || year > 2100) {
        io.err << tr("The year must be a number from 2000 to 2100, not \"%1\".").arg(yearText) << '\n';
        return BadInput;
    }
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    try {
        io.out << QString::fromUtf8(domain::CalendarCsv::format(store::CalendarRepository(*db).year(year)));
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
    parser.addPositionalArgument(QStringLiteral("action"), tr("import FILE.csv, or export YEAR"));
    if (!parseCommand(parser, args, io,
                      tr("Imports a calendar file (replacing the years it covers) or exports a "
                         "year as CSV.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QStringList p = parser.positionalArguments();
    if (p.size() == 2 && p.at(0) == QLatin1String("import"))
        return importFile(parser, p.at(1), io);
    if (p.size() == 2 && p.at(0) == QLatin1String("export"))
        return exportYear(parser, p.at(1), io);
    io.err << tr("Usage: ruqsatctl calendar import FILE.csv | ruqsatctl calendar export YEAR") << '\n';
    return BadInput;
}

} // namespace ruqsat::cli
