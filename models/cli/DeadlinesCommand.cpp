// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl deadlines: every open statutory clock, as the Deadlines tab lists them.
#include "Command.h"
#include "DistrictCodes.h"
#include "StoreOption.h"
#include "deadlines/DeadlineDesk.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const deadlines::Deadline &d, const QString &district)
{
    QJsonObject o{{QStringLiteral("kind"), deadlines::code(d.kind)},
                  {QStringLiteral("rule"), d.rule},
                  {QStringLiteral("due_on"), iso(d.dueOn)},
                  {QStringLiteral("district"), district},
                  {QStringLiteral("district_id"), d.districtId},
                  {QStringLiteral("person"), d.person},
                  {QStringLiteral("clerk"), d.clerk},
                  {QStringLiteral("what"), d.ruleText},
                  {QStringLiteral("action"), d.action}};
    if (!d.caseId.isEmpty()) {
        o.insert(QStringLiteral("case"), d.caseId);
        o.insert(QStringLiteral("registry_number"), d.registryNumber);
    }
    if (!d.permitId.isEmpty()) {
        o.insert(QStringLiteral("permit"), d.permitId);
        o.insert(QStringLiteral("permit_number"), d.permitNumber);
    }
    if (d.opensOn.isValid())
        o.insert(QStringLiteral("opens_on"), iso(d.opensOn));
    if (d.doneOn.isValid())
        o.insert(QStringLiteral("done_on"), iso(d.doneOn));
    if (!d.detail.isEmpty())
        o.insert(QStringLiteral("detail"), d.detail);
    return o;
}

// --kind K[,K...] as kinds; writes which is unknown and returns nothing then.
std::optional<QList<deadlines::Kind>> kindsOf(const QString &value, CommandIo &io)
{
    QList<deadlines::Kind> kinds;
    for (const QString &c : value.split(u',', Qt::SkipEmptyParts)) {
        const auto kind = deadlines::kindFromCode(c.trimmed());
        if (!kind) {
            QStringList known;
            for (deadlines::Kind k : deadlines::allKinds())
                known << deadlines::code(k);
            io.err << tr("There is no kind of deadline \"%1\"; the kinds: %2.").arg(c, known.join(u", "))
                   << '\n';
            return std::nullopt;
        }
        kinds << *kind;
    }
    return kinds;
}

} // namespace

int runDeadlines(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("on"), tr("Count from this day instead of today."), tr("DATE")});
    parser.addOption({QStringLiteral("district"), tr("Only this district (KATO code or id)."), tr("CODE")});
    parser.addOption({QStringLiteral("kind"), tr("Only these kinds, comma-separated: decision, police_answer, "
                                                 "reservation, extension_window, renewal_window, expiry, "
                                                 "revocation_notice, late_termination, complaint."),
                      tr("K")});
    parser.addOption({QStringLiteral("clerk"), tr("Only the clocks of this user's cases and permits."),
                      tr("LOGIN")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line.")});
    if (!parseCommand(parser, args, io,
                      tr("Lists every open statutory clock of your districts, the most urgent first.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    deadlines::DeadlineFilter filter;
    if (parser.isSet(QStringLiteral("on"))) {
        filter.today = QDate::fromString(parser.value(QStringLiteral("on")), Qt::ISODate);
        if (!filter.today.isValid()) {
            io.err << tr("--on takes a date YYYY-MM-DD.") << '\n';
            return BadInput;
        }
    }
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kinds = kindsOf(parser.value(QStringLiteral("kind")), io);
        if (!kinds)
            return BadInput;
        filter.kinds = *kinds;
    }
    filter.clerk = parser.value(QStringLiteral("clerk"));
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    const auto session = logIn(parser, *db, io, &code);
    if (!session)
        return code;
    try {
        const QList<store::District> districts = store::ReferenceRepository(*db).allDistricts();
        if (parser.isSet(QStringLiteral("district"))) {
            const auto ids = districtIds(districts, parser.value(QStringLiteral("district")), io);
            if (!ids || ids->size() != 1) {
                if (ids)
                    io.err << tr("--district takes one district.") << '\n';
                return BadInput;
            }
            filter.districtId = ids->first();
        }
        filter.districtIds = session->scope();
        const bool json = parser.isSet(QStringLiteral("json"));
        for (const deadlines::Deadline &d : deadlines::DeadlineDesk(*db).list(filter)) {
            const QString district = districtCodes(districts, {d.districtId});
            if (json) {
                printJson(io, toJson(d, district));
                continue;
            }
            io.out << iso(d.dueOn) << '\t' << deadlines::code(d.kind) << '\t'
                   << (d.registryNumber.isEmpty() ? d.permitNumber : d.registryNumber) << '\t' << district
                   << '\t' << d.person << '\t' << d.action << '\n';
        }
        return Ok;
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
}

} // namespace ruqsat::cli
