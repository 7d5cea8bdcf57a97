// SPDX-License-Identifier: GPL-3.0-or-later
// `ruqsatctl calc ...`: the statutory dates of the rules, computed with the
// working-day calendar and the working hours of the store given with --db.
#include "Command.h"
#include "StoreOption.h"
#include "domain/Deadlines.h"
#include "domain/PermitTerm.h"
#include "domain/WorkingHours.h"
#include "store/CalendarRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace ruqsat::cli {

namespace {

using domain::Deadlines;

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// Reads YYYY-MM-DD strictly (Qt alone would take 2026-3-5 too).
QDate parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

// A local Kazakhstan time YYYY-MM-DDTHH:mm[:ss], or an ISO 8601 instant with
// Z or an offset, which is converted to Kazakhstan time.
QDateTime parseTime(const QString &text)
{
    static const QRegularExpression local(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(:\\d{2})?)$"));
    const auto m = local.match(text);
    if (m.hasMatch()) {
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime t = QTime::fromString(m.captured(2), m.captured(3).isEmpty()
                                                             ? QStringLiteral("HH:mm")
                                                             : QStringLiteral("HH:mm:ss"));
        if (!d.isValid() || !t.isValid())
            return {};
        return QDateTime(d, t, domain::kazakhstanTimeZone());
    }
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODate);
    if (!instant.isValid() || instant.timeSpec() == Qt::LocalTime)
        return {};
    return instant;
}

int badInput(CommandIo &io, const QString &message)
{
    io.err << message << '\n';
    io.err.flush();
    return BadInput;
}

// The date of option `name`, or an invalid date after writing why to stderr.
QDate dateOption(const QCommandLineParser &parser, const QString &name, CommandIo &io)
{
    if (!parser.isSet(name)) {
        io.err << tr("--%1 is required.").arg(name) << '\n';
        return {};
    }
    const QDate d = parseDate(parser.value(name));
    if (!d.isValid())
        io.err << tr("--%1: \"%2\" is not a date YYYY-MM-DD.").arg(name, parser.value(name)) << '\n';
    return d;
}

struct StoreData
{
    domain::WorkCalendar calendar;
    domain::WorkingHours providerHours;
    domain::WorkingHours stateCorporationHours;
};

// R-WORKDAY: the calendar is the store's data, never the shipped files.
bool loadStore(const QCommandLineParser &parser, CommandIo &io, int *code, StoreData *data)
{
    const auto db = openStore(parser, io, code);
    if (!db)
        return false;
    try {
        data->calendar = domain::WorkCalendar(store::CalendarRepository(*db).all());
        const store::SettingsRepository settings(*db);
        data->providerHours = settings.providerHours();
        data->stateCorporationHours = settings.stateCorporationHours();
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        *code = Failure;
        return false;
    }
    return true;
}

int received(const QCommandLineParser &parser, CommandIo &io)
{
    if (!parser.isSet(QStringLiteral("at")))
        return badInput(io, tr("--at is required (YYYY-MM-DDTHH:mm, Kazakhstan time)."));
    const QDateTime at = parseTime(parser.value(QStringLiteral("at")));
    if (!at.isValid())
        return badInput(io, tr("--at: \"%1\" is not a time YYYY-MM-DDTHH:mm.")
                                .arg(parser.value(QStringLiteral("at"))));
    const QString office = parser.value(QStringLiteral("office"));
    if (office != QLatin1String("provider") && office != QLatin1String("state_corporation"))
        return badInput(io, tr("--office must be provider or state_corporation."));
    StoreData data;
    int code = Ok;
    if (!loadStore(parser, io, &code, &data))
        return code;
    const auto &hours = office == QLatin1String("provider") ? data.providerHours : data.stateCorporationHours;
    const QDate effective = domain::effectiveReceiptDay(at, hours, data.calendar); // R-AFTER-HOURS
    const Deadlines deadlines(data.calendar);
    // R-POLICE: the documents go to the police on the day they count as received.
    printJson(io, {{QStringLiteral("received_at"),
                    domain::toKazakhstanTime(at).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                   {QStringLiteral("effective_received"), iso(effective)},
                   {QStringLiteral("decision_due"), iso(deadlines.decisionDue(effective))},
                   {QStringLiteral("police_answer_due"), iso(deadlines.policeAnswerDue(effective))}});
    return Ok;
}

int permit(const QCommandLineParser &parser, CommandIo &io)
{
    const QDate from = dateOption(parser, QStringLiteral("from"), io);
    if (!from.isValid())
        return BadInput;
    bool numeric = false;
    const int months = parser.value(QStringLiteral("months")).toInt(&numeric);
    if (!numeric)
        return badInput(io, tr("--months must be a whole number from 1 to 12."));
    QDate chainStart;
    if (parser.isSet(QStringLiteral("chain-start"))) {
        chainStart = dateOption(parser, QStringLiteral("chain-start"), io);
        if (!chainStart.isValid())
            return BadInput;
    }
    const auto r = domain::PermitTerm::request(from, months, chainStart); // R-TERM
    if (!r.ok()) {
        printJson(io, {{QStringLiteral("error"), r.reason}, {QStringLiteral("max_months"), r.maxMonths}});
        return badInput(io, r.reason);
    }
    const QDate start = chainStart.isValid() ? chainStart : from;
    printJson(io, {{QStringLiteral("valid_from"), iso(from)},
                   {QStringLiteral("valid_to"), iso(r.validTo)},
                   {QStringLiteral("chain_start"), iso(start)},
                   {QStringLiteral("chain_limit"), iso(domain::PermitTerm::chainLimit(start))}});
    return Ok;
}

int extension(const QCommandLineParser &parser, CommandIo &io)
{
    const QDate expires = dateOption(parser, QStringLiteral("expires"), io);
    if (!expires.isValid())
        return BadInput;
    const auto window = Deadlines::extensionWindow(expires); // R-EXTEND-WINDOW
    const auto renewal = Deadlines::renewalWindow(expires);  // R-RENEW-AFTER-12
    printJson(io, {{QStringLiteral("extension_opens"), iso(window.first)},
                   {QStringLiteral("extension_closes"), iso(window.last)},
                   {QStringLiteral("renewal_opens"), iso(renewal.first)},
                   {QStringLiteral("renewal_closes"), iso(renewal.last)}});
    return Ok;
}

int revocation(const QCommandLineParser &parser, CommandIo &io)
{
    const QDate at = dateOption(parser, QStringLiteral("at"), io);
    if (!at.isValid())
        return BadInput;
    StoreData data;
    int code = Ok;
    if (!loadStore(parser, io, &code, &data))
        return code;
    const Deadlines deadlines(data.calendar);
    printJson(io, {{QStringLiteral("police_notice_due"), iso(deadlines.revocationPoliceDue(at))},
                   {QStringLiteral("stay_until"), iso(Deadlines::revocationStayUntil(at))}});
    return Ok;
}

int termination(const QCommandLineParser &parser, CommandIo &io)
{
    const QDate ended = dateOption(parser, QStringLiteral("ended"), io);
    if (!ended.isValid())
        return BadInput;
    StoreData data;
    int code = Ok;
    if (!loadStore(parser, io, &code, &data))
        return code;
    printJson(io, {{QStringLiteral("notice_due"),
                    iso(Deadlines(data.calendar).terminationNoticeDue(ended))}});
    return Ok;
}

int complaint(const QCommandLineParser &parser, CommandIo &io)
{
    const QDate registered = dateOption(parser, QStringLiteral("registered"), io);
    if (!registered.isValid())
        return BadInput;
    const QString to = parser.value(QStringLiteral("to"));
    if (to != QLatin1String("provider") && to != QLatin1String("quality") && to != QLatin1String("forward"))
        return badInput(io, tr("--to must be provider, quality or forward."));
    StoreData data;
    int code = Ok;
    if (!loadStore(parser, io, &code, &data))
        return code;
    const Deadlines deadlines(data.calendar);
    const QDate due = to == QLatin1String("provider") ? deadlines.complaintProviderDue(registered)
                      : to == QLatin1String("quality") ? deadlines.complaintQualityDue(registered)
                                                       : deadlines.complaintForwardDue(registered);
    printJson(io, {{QStringLiteral("due"), iso(due)}});
    return Ok;
}

} // namespace

int runCalc(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"),
                                 tr("received, permit, extension, revocation, termination or complaint"));
    parser.addOptions({
        {QStringLiteral("at"), tr("received: YYYY-MM-DDTHH:mm (Kazakhstan time); revocation: YYYY-MM-DD."), tr("WHEN")},
        {QStringLiteral("office"), tr("received: whose working hours, provider or state_corporation."), tr("OFFICE"), QStringLiteral("provider")},
        {QStringLiteral("from"), tr("permit: the first day."), tr("DATE")},
        {QStringLiteral("months"), tr("permit: 1 to 12."), tr("N")},
        {QStringLiteral("chain-start"), tr("permit: the first day of the first permit of the chain."), tr("DATE")},
        {QStringLiteral("expires"), tr("extension: the permit's last day."), tr("DATE")},
        {QStringLiteral("ended"), tr("termination: the day the labour contract ended."), tr("DATE")},
        {QStringLiteral("registered"), tr("complaint: the day it was registered."), tr("DATE")},
        {QStringLiteral("to"), tr("complaint: provider, quality or forward."), tr("BODY")},
    });
    if (!parseCommand(parser, args, io,
                      tr("Computes the dates of the rules with the store's calendar. Dates are "
                         "YYYY-MM-DD, times Kazakhstan time.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1)
        return badInput(io, tr("Say what to compute: received, permit, extension, revocation, "
                               "termination or complaint."));
    const QString &w = what.first();
    if (w == QLatin1String("received"))
        return received(parser, io);
    if (w == QLatin1String("permit"))
        return permit(parser, io);
    if (w == QLatin1String("extension"))
        return extension(parser, io);
    if (w == QLatin1String("revocation"))
        return revocation(parser, io);
    if (w == QLatin1String("termination"))
        return termination(parser, io);
    if (w == QLatin1String("complaint"))
        return complaint(parser, io);
    return badInput(io, tr("Unknown calculation \"%1\".").arg(w));
}

} // namespace ruqsat::cli
