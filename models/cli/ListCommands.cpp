// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl permits list / cases list: find what to print. Without the
// register's options they list in the order things happened (received,
// issued), as a day's batch is printed; with --search, a filter or --sort
// they read the register (RegisterListing.h).
#include "Command.h"
#include "RegisterListing.h"
#include "StoreOption.h"
#include "store/PrintQueries.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

// Shared by both lists: the "list" verb, --status, --limit, --json.
bool parseList(QCommandLineParser &parser, const QStringList &args, CommandIo &io, const QString &what,
               bool withDay, int *code)
{
    parser.addPositionalArgument(QStringLiteral("list"), tr("The only action: list."));
    parser.addOption({QStringLiteral("status"), tr("Only this status."), tr("S")});
    parser.addOption({QStringLiteral("limit"), tr("At most N rows."), tr("N")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line.")});
    if (withDay)
        parser.addOption({QStringLiteral("issued-on"), tr("Only permits issued on this day."), tr("DATE")});
    const Register which = withDay ? Register::Permits : Register::Cases;
    addRegisterOptions(parser, which);
    if (!parseCommand(parser, args, io, what)) {
        *code = parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
        return false;
    }
    bool limitOk = true;
    if (parser.isSet(QStringLiteral("limit")))
        limitOk = parser.value(QStringLiteral("limit")).toInt(&limitOk) > 0 && limitOk;
    QString bad;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")})
        bad = tr("Usage: %1 list [options]").arg(args.value(0));
    else if (!limitOk)
        bad = tr("--limit takes a positive number.");
    else if (withDay && parser.isSet(QStringLiteral("issued-on")) &&
             !QDate::fromString(parser.value(QStringLiteral("issued-on")), Qt::ISODate).isValid())
        bad = tr("--issued-on takes a date YYYY-MM-DD.");
    else if (withDay && parser.isSet(QStringLiteral("issued-on")) && asksRegister(parser, which))
        bad = tr("--issued-on lists a day's batch; it does not combine with the register's options.");
    else
        bad = badRegisterOption(parser, which);
    if (!bad.isEmpty()) {
        io.err << bad << '\n';
        *code = BadInput;
        return false;
    }
    return true;
}

} // namespace

int runPermits(const QStringList &args, CommandIo &io)
{
    if (args.value(1) == QLatin1String("copy"))
        return runPermitCopy(args, io);
    QCommandLineParser parser;
    int code = Ok;
    if (!parseList(parser, args, io, tr("Lists permits: number, immigrant, dates."), true, &code))
        return code;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    // The permits of the districts of who asks.
    const auto session = logIn(parser, *db, io, &code);
    if (!session)
        return code;
    if (asksRegister(parser, Register::Permits))
        return listRegister(parser, *db, *session, Register::Permits, io);
    try {
        const auto rows =
            store::PrintQueries(*db, session->scope())
                .permits(QDate::fromString(parser.value(QStringLiteral("issued-on")), Qt::ISODate),
                         parser.value(QStringLiteral("status")),
                         parser.value(QStringLiteral("limit")).toInt());
        for (const store::PermitListing &p : rows) {
            if (parser.isSet(QStringLiteral("json"))) {
                printJson(io, {{QStringLiteral("number"), p.number},
                               {QStringLiteral("case_id"), p.caseId},
                               {QStringLiteral("immigrant"), p.immigrantLatin},
                               {QStringLiteral("citizenship"), p.citizenship},
                               {QStringLiteral("status"), p.status},
                               {QStringLiteral("valid_from"), isoDate(p.validFrom)},
                               {QStringLiteral("valid_to"), isoDate(p.validTo)},
                               {QStringLiteral("issued_on"), isoDate(p.issuedAt.toLocalTime().date())},
                               {QStringLiteral("copies_issued"), p.copiesIssued}});
            } else {
                io.out << p.number << '\t' << p.status << '\t' << isoDate(p.validFrom) << '\t'
                       << isoDate(p.validTo) << '\t' << p.immigrantLatin << '\n';
            }
        }
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
    return Ok;
}

int runCases(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!parseList(parser, args, io, tr("Lists cases: registry number, people, dates."), false, &code))
        return code;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    // The cases of the districts of who asks.
    const auto session = logIn(parser, *db, io, &code);
    if (!session)
        return code;
    if (asksRegister(parser, Register::Cases))
        return listRegister(parser, *db, *session, Register::Cases, io);
    try {
        const auto rows = store::PrintQueries(*db, session->scope())
                              .cases(parser.value(QStringLiteral("status")),
                                     parser.value(QStringLiteral("limit")).toInt());
        for (const store::CaseListing &c : rows) {
            if (parser.isSet(QStringLiteral("json"))) {
                printJson(io, {{QStringLiteral("id"), c.id},
                               {QStringLiteral("registry_number"), c.registryNumber},
                               {QStringLiteral("kind"), c.kind},
                               {QStringLiteral("status"), c.status},
                               {QStringLiteral("immigrant"), c.immigrantLatin},
                               {QStringLiteral("employer"), c.employerName},
                               {QStringLiteral("received_at"), c.receivedAt.toString(Qt::ISODate)},
                               {QStringLiteral("decision_due_on"), isoDate(c.decisionDueOn)}});
            } else {
                io.out << c.registryNumber << '\t' << c.status << '\t' << c.id << '\t' << c.immigrantLatin
                       << '\n';
            }
        }
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
    return Ok;
}

} // namespace ruqsat::cli
