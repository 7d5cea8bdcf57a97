// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl report: the figures of the Reports tab, as JSON lines or CSV.
#include "Command.h"
#include "StoreOption.h"
#include "reports/ReportCsv.h"
#include "reports/ReportDesk.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

QStringList kindCodes()
{
    QStringList codes;
    for (reports::Kind k : reports::allKinds())
        codes << reports::code(k);
    return codes;
}

QStringList groupingCodes()
{
    QStringList codes;
    for (reports::Grouping g : reports::allGroupings())
        if (g != reports::Grouping::None)
            codes << reports::code(g);
    return codes;
}

QJsonObject toJson(reports::Kind kind, reports::Grouping by, const reports::ReportLine &line)
{
    QJsonObject o{{QStringLiteral("kind"), reports::code(kind)},
                  {QStringLiteral("by"), reports::code(by)},
                  {QStringLiteral("key"), line.key},
                  {QStringLiteral("label"), line.label},
                  {QStringLiteral("count"), line.count}};
    if (kind == reports::Kind::DecisionTerm) {
        o.insert(QStringLiteral("in_time"), line.inTime);
        o.insert(QStringLiteral("late"), line.late());
        // One decimal, as the tab and the CSV show it.
        o.insert(QStringLiteral("in_time_percent"), qRound(line.inTimePercent() * 10) / 10.0);
    }
    return o;
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name,
                                CommandIo &io)
{
    if (!parser.isSet(name)) {
        io.err << tr("--%1 is required: a date YYYY-MM-DD.").arg(name) << '\n';
        return std::nullopt;
    }
    const QDate d = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!d.isValid()) {
        io.err << tr("--%1 takes a date YYYY-MM-DD, not \"%2\".").arg(name, parser.value(name))
               << '\n';
        return std::nullopt;
    }
    return d;
}

} // namespace

int runReport(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("kind"), kindCodes().join(QLatin1String(", ")));
    parser.addOption(
        {QStringLiteral("from"), tr("The first day of the period (included)."), tr("DATE")});
    parser.addOption(
        {QStringLiteral("to"), tr("The last day of the period (included)."), tr("DATE")});
    parser.addOption({QStringLiteral("by"),
                      tr("Group by: %1 (ground: refusals only). Without it, the total.")
                          .arg(groupingCodes().join(QLatin1String(", "))),
                      tr("GROUP")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line.")});
    parser.addOption({QStringLiteral("csv"), tr("CSV (RFC 4180, UTF-8) with a header line.")});
    if (!parseCommand(
            parser, args, io,
            tr("Counts what the store holds of one kind over a period, within your districts: "
               "permits issued, extended, revoked, terminated, copies, refusals, refusals at "
               "intake, or decisions in time and late.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << tr("Name one kind of report: %1.").arg(kindCodes().join(QLatin1String(", ")))
               << '\n';
        return BadInput;
    }
    const auto kind = reports::kindFromCode(positional.first());
    if (!kind) {
        io.err << tr("There is no report \"%1\"; the reports: %2.")
                      .arg(positional.first(), kindCodes().join(QLatin1String(", ")))
               << '\n';
        return BadInput;
    }
    reports::Grouping by = reports::Grouping::None;
    if (parser.isSet(QStringLiteral("by"))) {
        const auto grouping = reports::groupingFromCode(parser.value(QStringLiteral("by")));
        if (!grouping || *grouping == reports::Grouping::None) {
            io.err << tr("--by takes one of: %1.").arg(groupingCodes().join(QLatin1String(", ")))
                   << '\n';
            return BadInput;
        }
        if (!reports::groups(*kind, *grouping)) {
            io.err
                << tr("Only refusals have a ground: --by ground goes with the report \"refused\".")
                << '\n';
            return BadInput;
        }
        by = *grouping;
    }
    const auto from = dateOption(parser, QStringLiteral("from"), io);
    if (!from)
        return BadInput;
    const auto to = dateOption(parser, QStringLiteral("to"), io);
    if (!to)
        return BadInput;
    if (*to < *from) {
        io.err << tr("The period ends before it begins: --to must be on or after --from.") << '\n';
        return BadInput;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool csv = parser.isSet(QStringLiteral("csv"));
    if (json == csv) {
        io.err << tr("Choose the output: --json or --csv.") << '\n';
        return BadInput;
    }
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    const auto session = logIn(parser, *db, io, &code);
    if (!session)
        return code;
    try {
        const QList<reports::ReportLine> lines =
            reports::ReportDesk(*db, session->scope()).run(*kind, by, {*from, *to});
        if (csv) {
            io.out << QString::fromUtf8(
                reports::reportCsv(*kind, lines, reports::csvColumnCodes(*kind)));
            io.out.flush();
            return Ok;
        }
        for (const reports::ReportLine &line : lines)
            printJson(io, toJson(*kind, by, line));
        return Ok;
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
}

} // namespace ruqsat::cli
