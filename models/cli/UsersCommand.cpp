// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl users: the store's users through cases::Administration, the code
// the window's Users page uses, so the same role checks and audit rows; on a
// secured server each user is a LOGIN role (store::ServerRoles).
#include "Command.h"
#include "DistrictCodes.h"
#include "StoreOption.h"
#include "cases/Administration.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

const QString kUsage = QStringLiteral(
    "ruqsatctl users list [--json] | users add LOGIN --role clerk|head|admin --district CODE[,CODE...] "
    "[--name \"FULL NAME\"] [--position TEXT] | users set-role LOGIN ROLE | users set-districts LOGIN "
    "CODE[,CODE...] | users deactivate LOGIN | users activate LOGIN");

void list(const cases::Administration &admin, bool json, CommandIo &io)
{
    const QList<store::District> all = admin.allDistricts(); // once, not a query per user
    for (const store::User &u : admin.users()) {
        if (json) {
            QJsonArray districts;
            for (int id : u.districtIds)
                districts.append(id);
            printJson(io, QJsonObject{
                              {QStringLiteral("login"), u.login},
                              {QStringLiteral("full_name"), u.fullName},
                              {QStringLiteral("role"), records::code(u.role)},
                              {QStringLiteral("districts"), districts},
                              {QStringLiteral("district_codes"), districtCodes(all, u.districtIds)},
                              {QStringLiteral("active"), u.active}});
            continue;
        }
        io.out << u.login << '\t' << records::code(u.role) << '\t'
               << (u.districtIds.isEmpty() ? QStringLiteral("-")
                                           : districtCodes(all, u.districtIds))
               << '\t' << (u.active ? QStringLiteral("active") : QStringLiteral("inactive")) << '\t'
               << u.fullName << '\n';
    }
}

// The new user's password: RUQSAT_NEW_PASSWORD, else asked twice on the
// terminal, else (a script) RUQSAT_PASSWORD.
QString newPassword(const QString &login, CommandIo &io)
{
    if (const QString given = qEnvironmentVariable("RUQSAT_NEW_PASSWORD"); !given.isEmpty())
        return given;
    const QString typed = promptHidden(tr("New password of %1: ").arg(login));
    if (!typed.isEmpty()) {
        if (promptHidden(tr("The same password again: ")) != typed) {
            io.err << tr("The two passwords differ.") << '\n';
            return {};
        }
        return typed;
    }
    return qEnvironmentVariable("RUQSAT_PASSWORD");
}

store::User userOf(const cases::Administration &admin, const QString &login)
{
    for (const store::User &u : admin.users())
        if (u.login == login)
            return u;
    const QString message =
        QCoreApplication::translate("ruqsat::cli", "No user has the login %1.").arg(login);
    throw store::StoreError(store::StoreError::Kind::NotFound, message);
}

int change(const cases::Administration &admin, const QString &action, const QStringList &words,
           const QCommandLineParser &parser, CommandIo &io)
{
    const QString login = words.value(1);
    if (action == QLatin1String("add")) {
        store::User user;
        user.login = login;
        user.fullName = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : login;
        user.position = parser.value(QStringLiteral("position"));
        const auto role = records::fromCode<records::Role>(parser.value(QStringLiteral("role")));
        if (!role) {
            io.err << tr("Give the role: --role clerk, head or admin.") << '\n';
            return BadInput;
        }
        user.role = *role;
        const auto ids = districtIds(admin.allDistricts(), parser.value(QStringLiteral("district")), io);
        if (!ids)
            return BadInput;
        user.districtIds = *ids;
        const QString password = newPassword(login, io);
        if (password.isEmpty()) {
            io.err << tr("Give the new user's password in RUQSAT_NEW_PASSWORD or type it.") << '\n';
            return BadInput;
        }
        admin.createUser(user, password);
        io.out << tr("User %1 added (%2).").arg(user.login, records::code(user.role)) << '\n';
        return Ok;
    }
    const store::User user = userOf(admin, login);
    if (action == QLatin1String("set-role")) {
        const auto role = records::fromCode<records::Role>(words.value(2));
        if (!role) {
            io.err << tr("A role is clerk, head or admin.") << '\n';
            return BadInput;
        }
        admin.setRole(user.id, *role);
        io.out << tr("%1 is now %2.").arg(login, records::code(*role)) << '\n';
    } else if (action == QLatin1String("set-districts")) {
        const auto ids = districtIds(admin.allDistricts(), words.value(2), io);
        if (!ids)
            return BadInput;
        admin.setDistricts(user.id, *ids);
        io.out << tr("%1 works in: %2.").arg(login, districtCodes(admin.allDistricts(), *ids)) << '\n';
    } else {
        const bool active = action == QLatin1String("activate");
        admin.setActive(user.id, active);
        io.out << (active ? tr("%1 can log in again.") : tr("%1 can no longer log in.")).arg(login) << '\n';
    }
    return Ok;
}

bool wellFormed(const QString &action, const QStringList &words)
{
    if (action == QLatin1String("list"))
        return words.size() == 1;
    if (action == QLatin1String("add") || action == QLatin1String("deactivate") ||
        action == QLatin1String("activate"))
        return words.size() == 2;
    if (action == QLatin1String("set-role") || action == QLatin1String("set-districts"))
        return words.size() == 3;
    return false;
}

} // namespace

int runUsers(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per user.")});
    parser.addOption({QStringLiteral("role"), tr("The new user's role: clerk, head or admin."), tr("ROLE")});
    parser.addOption({QStringLiteral("district"),
                      tr("The districts the new user works in: KATO codes or ids, separated by commas."),
                      tr("CODES")});
    parser.addOption({QStringLiteral("name"), tr("The new user's full name (else the login)."), tr("NAME")});
    parser.addOption({QStringLiteral("position"), tr("The new user's position."), tr("TEXT")});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list, add LOGIN, set-role LOGIN ROLE, set-districts LOGIN CODES, "
                                    "deactivate LOGIN or activate LOGIN"));
    if (!parseCommand(parser, args, io,
                      tr("Lists and changes the store's users. On a secured server each user is a "
                         "PostgreSQL login role; deactivating one also ends its sessions. Changes "
                         "need an administrator's login. The new user's password comes from "
                         "RUQSAT_NEW_PASSWORD or is asked.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (!wellFormed(action, words)) {
        io.err << tr("Use: %1").arg(kUsage) << '\n';
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
        const cases::Administration admin(*db, *session);
        if (action == QLatin1String("list")) {
            list(admin, parser.isSet(QStringLiteral("json")), io);
            return Ok;
        }
        return change(admin, action, words, parser, io);
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return e.kind() == store::StoreError::Kind::Invalid ? BadInput : Failure;
    }
}

} // namespace ruqsat::cli
