// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterListing.h"

#include "cases/Session.h"
#include "store/CaseRegisterRepository.h"
#include "store/Database.h"
#include "store/PermitRegisterRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <limits>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

// Rows read a page at a time: a keyset page after the last row read.
constexpr int kPage = 500;

const QMap<QString, store::RegisterColumn> &caseColumns()
{
    static const QMap<QString, store::RegisterColumn> columns{
        {QStringLiteral("received"), store::RegisterColumn::Received},
        {QStringLiteral("due"), store::RegisterColumn::DecisionDue},
        {QStringLiteral("registry"), store::RegisterColumn::RegistryNumber},
        {QStringLiteral("immigrant"), store::RegisterColumn::Immigrant},
        {QStringLiteral("status"), store::RegisterColumn::Status}};
    return columns;
}

const QMap<QString, store::PermitRegisterColumn> &permitColumns()
{
    static const QMap<QString, store::PermitRegisterColumn> columns{
        {QStringLiteral("number"), store::PermitRegisterColumn::Number},
        {QStringLiteral("immigrant"), store::PermitRegisterColumn::Immigrant},
        {QStringLiteral("from"), store::PermitRegisterColumn::ValidFrom},
        {QStringLiteral("to"), store::PermitRegisterColumn::ValidTo}};
    return columns;
}

const QMap<QString, store::RegisterFilter::Due> &dues()
{
    static const QMap<QString, store::RegisterFilter::Due> values{
        {QStringLiteral("today"), store::RegisterFilter::Due::Today},
        {QStringLiteral("overdue"), store::RegisterFilter::Due::Overdue},
        {QStringLiteral("week"), store::RegisterFilter::Due::ThisWeek}};
    return values;
}

using State = store::PermitRegisterFilter::State;
const QMap<QString, State> &states()
{
    static const QMap<QString, State> values{
        {QStringLiteral("in_force"), State::InForce},
        {QStringLiteral("expiring"), State::ExpiringWithin30Days},
        {QStringLiteral("expired"), State::Expired},
        {QStringLiteral("revoked"), State::Revoked},
        {QStringLiteral("terminated"), State::Terminated}};
    return values;
}

QStringList registerOnlyOptions(Register which)
{
    QStringList names{QStringLiteral("search"), QStringLiteral("district"), QStringLiteral("sort")};
    if (which == Register::Cases)
        names << QStringLiteral("kind") << QStringLiteral("channel") << QStringLiteral("due");
    else
        names << QStringLiteral("state");
    return names;
}

QString choices(const QStringList &keys)
{
    return keys.join(QLatin1String(", "));
}

Qt::SortOrder order(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("asc")) ? Qt::AscendingOrder : Qt::DescendingOrder;
}

int limitOf(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("limit")) ? parser.value(QStringLiteral("limit")).toInt()
                                                 : std::numeric_limits<int>::max();
}

// Hands each row of the register, in its order, to `print`: at most `limit`
// rows, read a keyset page after the last row read.
template <typename Repository, typename Filter, typename Sort, typename Print>
void forEachRow(const Repository &reg, const Filter &f, const Sort &sort, int limit, Print print)
{
    int left = limit;
    auto rows = reg.firstPage(f, sort, std::min(left, kPage));
    while (!rows.isEmpty() && left > 0) {
        for (const auto &row : rows)
            print(row);
        left -= int(rows.size());
        if (left > 0)
            rows = reg.pageAfter(f, sort, rows.last(), std::min(left, kPage));
    }
}

void listCases(const QCommandLineParser &parser, const store::Database &db,
               const cases::Session &session, CommandIo &io)
{
    store::RegisterFilter f;
    f.search = parser.value(QStringLiteral("search"));
    f.districtIds = session.scope();
    f.districtId = parser.value(QStringLiteral("district")).toInt();
    if (parser.isSet(QStringLiteral("status")))
        f.status = records::fromCode<records::CaseStatus>(parser.value(QStringLiteral("status")));
    if (parser.isSet(QStringLiteral("kind")))
        f.kind = records::fromCode<records::ApplicationKind>(parser.value(QStringLiteral("kind")));
    if (parser.isSet(QStringLiteral("channel")))
        f.channel = records::fromCode<records::Channel>(parser.value(QStringLiteral("channel")));
    f.due = dues().value(parser.value(QStringLiteral("due")), store::RegisterFilter::Due::Any);
    const store::RegisterSort sort{
        caseColumns().value(parser.value(QStringLiteral("sort")), store::RegisterColumn::Received),
        order(parser)};
    const store::CaseRegisterRepository reg(db);
    forEachRow(reg, f, sort, limitOf(parser), [&](const store::RegisterRow &c) {
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(io, {{QStringLiteral("id"), c.id},
                           {QStringLiteral("registry_number"), c.registryNumber},
                           {QStringLiteral("kind"), records::code(c.kind)},
                           {QStringLiteral("channel"), records::code(c.channel)},
                           {QStringLiteral("status"), records::code(c.status)},
                           {QStringLiteral("immigrant"), c.immigrantLatin},
                           {QStringLiteral("employer"), c.employerName},
                           {QStringLiteral("received_at"), c.receivedAt.toString(Qt::ISODate)},
                           {QStringLiteral("decision_due_on"), isoDate(c.decisionDueOn)}});
        } else {
            io.out << c.registryNumber << '\t' << records::code(c.status) << '\t' << c.id << '\t'
                   << c.immigrantLatin << '\n';
        }
    });
}

void listPermits(const QCommandLineParser &parser, const store::Database &db,
                 const cases::Session &session, CommandIo &io)
{
    store::PermitRegisterFilter f;
    f.search = parser.value(QStringLiteral("search"));
    f.districtIds = session.scope();
    f.districtId = parser.value(QStringLiteral("district")).toInt();
    f.state = states().value(parser.value(QStringLiteral("state")), State::Any);
    const store::PermitRegisterSort sort{
        permitColumns().value(parser.value(QStringLiteral("sort")),
                              store::PermitRegisterColumn::ValidFrom),
        order(parser)};
    const store::PermitRegisterRepository reg(db);
    const QDate today = QDate::currentDate();
    forEachRow(reg, f, sort, limitOf(parser), [&](const store::PermitRegisterRow &p) {
        const QString status = records::code(store::effectiveStatus(p.status, p.validTo, today));
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(io, {{QStringLiteral("number"), p.number},
                           {QStringLiteral("case_id"), p.applicationId},
                           {QStringLiteral("immigrant"), p.immigrantLatin},
                           {QStringLiteral("employer"), p.employerName},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("valid_from"), isoDate(p.validFrom)},
                           {QStringLiteral("valid_to"), isoDate(p.validTo)},
                           {QStringLiteral("copies_issued"), p.copiesIssued}});
        } else {
            io.out << p.number << '\t' << status << '\t' << isoDate(p.validFrom) << '\t'
                   << isoDate(p.validTo) << '\t' << p.immigrantLatin << '\n';
        }
    });
}

} // namespace

void addRegisterOptions(QCommandLineParser &parser, Register which)
{
    parser.addOption({QStringLiteral("search"),
                      tr("What the register's search box finds: any three letters of a name "
                         "(either script, any usual spelling), an IIN, a passport, registry or "
                         "permit number."),
                      tr("TEXT")});
    parser.addOption({QStringLiteral("district"), tr("Only this district (its id)."), tr("ID")});
    if (which == Register::Cases) {
        parser.addOption({QStringLiteral("kind"), tr("Only this kind: issue, extend."), tr("K")});
        parser.addOption({QStringLiteral("channel"),
                          tr("Only this channel: state_corporation, egov, enbek."), tr("C")});
        parser.addOption({QStringLiteral("due"),
                          tr("Only open cases whose decision is due: today, overdue, week."),
                          tr("WHEN")});
        parser.addOption({QStringLiteral("sort"),
                          tr("Order by: received (default), due, registry, immigrant, status."),
                          tr("COLUMN")});
    } else {
        parser.addOption({QStringLiteral("state"),
                          tr("Only permits in this state today: in_force, expiring, expired, "
                             "revoked, terminated."),
                          tr("S")});
        parser.addOption({QStringLiteral("sort"),
                          tr("Order by: from (default), to, number, immigrant."), tr("COLUMN")});
    }
    parser.addOption({QStringLiteral("asc"), tr("Ascending order (the default is descending).")});
}

bool asksRegister(const QCommandLineParser &parser, Register which)
{
    for (const QString &name : registerOnlyOptions(which))
        if (parser.isSet(name))
            return true;
    return parser.isSet(QStringLiteral("asc"));
}

QString badRegisterOption(const QCommandLineParser &parser, Register which)
{
    auto bad = [&parser](const QString &option, const QStringList &known) -> QString {
        if (!parser.isSet(option) || known.contains(parser.value(option)))
            return {};
        return tr("--%1 takes one of: %2.").arg(option, choices(known));
    };
    QString message;
    if (parser.isSet(QStringLiteral("district"))) {
        bool ok = false;
        if (parser.value(QStringLiteral("district")).toInt(&ok) <= 0 || !ok)
            return tr("--district takes a district's id (ruqsatctl districts list).");
    }
    if (which == Register::Cases) {
        if (parser.isSet(QStringLiteral("kind")) &&
            !records::fromCode<records::ApplicationKind>(parser.value(QStringLiteral("kind"))))
            return tr("--kind takes one of: issue, extend.");
        if (parser.isSet(QStringLiteral("channel")) &&
            !records::fromCode<records::Channel>(parser.value(QStringLiteral("channel"))))
            return tr("--channel takes one of: state_corporation, egov, enbek.");
        if (asksRegister(parser, which) && parser.isSet(QStringLiteral("status")) &&
            !records::fromCode<records::CaseStatus>(parser.value(QStringLiteral("status"))))
            return tr("--status takes a case status: draft, submitted, refused_intake, accepted, "
                      "police_check, issued, extended, refused, withdrawn.");
        if (!(message = bad(QStringLiteral("due"), dues().keys())).isEmpty())
            return message;
        return bad(QStringLiteral("sort"), caseColumns().keys());
    }
    if (!(message = bad(QStringLiteral("state"), states().keys())).isEmpty())
        return message;
    return bad(QStringLiteral("sort"), permitColumns().keys());
}

int listRegister(const QCommandLineParser &parser, const store::Database &db,
                 const cases::Session &session, Register which, CommandIo &io)
{
    try {
        if (which == Register::Cases)
            listCases(parser, db, session, io);
        else
            listPermits(parser, db, session, io);
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
    return Ok;
}

} // namespace ruqsat::cli
