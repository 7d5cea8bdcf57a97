// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl districts: the districts of the store with the bodies their
// forms name (schema 6), and a way to set those bodies.
#include "Command.h"
#include "StoreOption.h"
#include "cases/Administration.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

bool isKato(const QString &text)
{
    static const QRegularExpression nineDigits(QStringLiteral("^[0-9]{9}$"));
    return nineDigits.match(text).hasMatch();
}

// DISTRICT on the command line: its id (as `districts list` shows it) or its KATO code.
const store::District *findDistrict(const QList<store::District> &all, const QString &which)
{
    for (const store::District &d : all) {
        if (isKato(which) ? d.kato == which : QString::number(d.id) == which)
            return &d;
    }
    return nullptr;
}

QString regionKato(const QList<store::Region> &regions, int regionId)
{
    for (const store::Region &r : regions)
        if (r.id == regionId)
            return r.kato;
    return {};
}

void list(const cases::Administration &admin, bool json, CommandIo &io)
{
    const auto regions = admin.regions();
    for (const store::District &d : admin.allDistricts()) {
        if (json) {
            QJsonObject object{{QStringLiteral("id"), d.id},
                               {QStringLiteral("region_kato"), regionKato(regions, d.regionId)},
                               {QStringLiteral("kato"), d.kato},
                               {QStringLiteral("name_kk"), d.nameKk},
                               {QStringLiteral("name_ru"), d.nameRu},
                               {QStringLiteral("name_en"), d.nameEn}};
            for (const records::DistrictBodyField &field : records::districtBodyFields())
                object.insert(field.key, d.bodies.*field.member);
            printJson(io, object);
            continue;
        }
        io.out << d.id << '\t' << (d.kato.isEmpty() ? QStringLiteral("-") : d.kato) << '\t' << d.nameRu << '\t'
               << d.nameKk << '\n';
        for (const records::DistrictBodyField &field : records::districtBodyFields())
            io.out << "    " << field.key << " = " << d.bodies.*field.member << '\n';
    }
}

QStringList bodyKeys()
{
    QStringList keys;
    for (const records::DistrictBodyField &field : records::districtBodyFields())
        keys << field.key;
    return keys;
}

} // namespace

// ruqsatctl districts list [--json] | districts set DISTRICT KEY VALUE
int runDistricts(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per district.")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, or set DISTRICT KEY VALUE"));
    if (!parseCommand(parser, args, io,
                      tr("Lists the districts with the bodies their forms name, or sets one of them. "
                         "DISTRICT is the id that \"list\" shows or the district's KATO code; KEY is one "
                         "of: %1. An empty VALUE clears it.")
                          .arg(bodyKeys().join(QLatin1String(", ")))))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (!(action == QLatin1String("list") && words.size() == 1) &&
        !(action == QLatin1String("set") && words.size() == 4)) {
        io.err << tr("Use: ruqsatctl districts list [--json] | ruqsatctl districts set DISTRICT KEY VALUE")
               << '\n';
        return BadInput;
    }
    const records::DistrictBodyField *field = records::districtBodyField(words.value(2));
    if (action == QLatin1String("set") && !field) {
        io.err << tr("\"%1\" is not a district's body. Use one of: %2.")
                      .arg(words.value(2), bodyKeys().join(QLatin1String(", ")))
               << '\n';
        return BadInput;
    }
    int code = Ok;
    const auto db = openStore(parser, io, &code);
    if (!db)
        return code;
    try {
        if (action == QLatin1String("list")) {
            // Reading needs no login: the districts and their bodies print on every form.
            list(cases::Administration(
                     *db, {QString(), QStringLiteral("ruqsatctl"), records::Role::Clerk, {}}),
                 parser.isSet(QStringLiteral("json")), io);
            return Ok;
        }
        const auto session = logIn(parser, *db, io, &code);
        if (!session)
            return code;
        const cases::Administration admin(*db, *session);
        const auto all = admin.allDistricts();
        const store::District *district = findDistrict(all, words.at(1));
        if (!district) {
            io.err << tr("There is no district \"%1\"; \"ruqsatctl districts list\" shows them.").arg(words.at(1))
                   << '\n';
            return BadInput;
        }
        records::DistrictBodies bodies = district->bodies;
        bodies.*field->member = words.at(3);
        admin.setDistrictBodies(district->id, bodies);
        return Ok;
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return e.kind() == store::StoreError::Kind::Invalid ? BadInput : Failure;
    }
}

} // namespace ruqsat::cli
