// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl quotas: each region's quota of a year, the figures of the Quotas tab.
#include "Command.h"
#include "StoreOption.h"
#include "quotas/QuotaDesk.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

QJsonObject toJson(const quotas::QuotaFigures &f)
{
    return {{QStringLiteral("region"), f.regionKato},
            {QStringLiteral("region_name"), f.regionName},
            {QStringLiteral("year"), f.quota.year},
            {QStringLiteral("limit"), f.quota.quota},
            {QStringLiteral("in_force"), f.quota.issued},
            {QStringLiteral("reserved"), f.quota.reserved},
            {QStringLiteral("free"), f.quota.free()},
            {QStringLiteral("low"), f.low}};
}

} // namespace

int runQuotas(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("year"),
                      tr("The quotas of this year instead of the current one."), tr("YEAR")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line.")});
    if (!parseCommand(
            parser, args, io,
            tr("Lists each region's quota of a year: the limit, the permits in force, the "
               "reserved and the free places; low when 10% or less is free.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    int year = QDate::currentDate().year();
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = parser.value(QStringLiteral("year")).toInt(&ok);
        // The store keeps quotas of these years only (CHECK of quotas.year).
        if (!ok || year < 2000 || year > 2100) {
            io.err << tr("--year takes a year from 2000 to 2100.") << '\n';
            return BadInput;
        }
    }
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    // Reading needs no login on a store without users; on a secured server
    // it is the user's role that reads.
    const auto session = logIn(parser, *db, io, &code);
    if (!session)
        return code;
    try {
        const bool json = parser.isSet(QStringLiteral("json"));
        for (const quotas::QuotaFigures &f : quotas::QuotaDesk(*db).ofYear(year)) {
            if (json) {
                printJson(io, toJson(f));
                continue;
            }
            io.out << f.regionKato << '\t' << f.regionName << '\t' << f.quota.year << '\t'
                   << f.quota.quota << '\t' << f.quota.issued << '\t' << f.quota.reserved << '\t'
                   << f.quota.free() << '\t' << (f.low ? QStringLiteral("low") : QString()) << '\n';
        }
        return Ok;
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
}

} // namespace ruqsat::cli
