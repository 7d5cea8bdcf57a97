// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl init: makes the store or brings it to this program's schema. On
// PostgreSQL, run by a superuser, it secures the server (docs/SERVER.md):
// the NOLOGIN owner role, the group roles, and the first administrator as a
// LOGIN role (--admin).
#include "Command.h"
#include "StoreOption.h"
#include "store/ReferenceRepository.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"

#include <QCoreApplication>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

// The first administrator of a secured server, in every district unless
// --district names some.
int addFirstAdministrator(const store::Database &db, const QCommandLineParser &parser, CommandIo &io)
{
    const QString login = parser.value(QStringLiteral("admin"));
    // init runs again after each upgrade (docs/SERVER.md): an administrator
    // of this store who exists already is left as they are.
    if (const auto known = store::UserRepository(db).findByLogin(login);
        known && known->role == records::Role::Admin) {
        io.out << tr("Administrator %1 exists already.").arg(login) << '\n';
        return Ok;
    }
    store::User admin;
    admin.login = login;
    admin.fullName = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : login;
    admin.role = records::Role::Admin;
    const QStringList codes = parser.value(QStringLiteral("district")).split(u',', Qt::SkipEmptyParts);
    const QList<store::District> all = store::ReferenceRepository(db).allDistricts();
    for (const QString &code : codes) {
        if (std::none_of(all.cbegin(), all.cend(), [&code](const store::District &d) {
                return (!d.kato.isEmpty() && d.kato == code) || QString::number(d.id) == code;
            })) {
            io.err << tr("No district has the code %1 (see ruqsatctl districts list).").arg(code) << '\n';
            return BadInput;
        }
    }
    for (const store::District &d : all)
        if (codes.isEmpty() || codes.contains(d.kato) || codes.contains(QString::number(d.id)))
            admin.districtIds << d.id;
    QString password = qEnvironmentVariable("RUQSAT_NEW_PASSWORD");
    if (password.isEmpty())
        password = promptHidden(tr("Password of the administrator %1: ").arg(login));
    if (password.isEmpty())
        password = qEnvironmentVariable("RUQSAT_PASSWORD");
    if (password.size() < 10) {
        io.err << tr("Give the administrator's password (at least 10 characters) in RUQSAT_NEW_PASSWORD "
                     "or type it.")
               << '\n';
        return BadInput;
    }
    store::UserRepository(db).create(admin, password, db.location().user);
    io.out << tr("Administrator %1 can log in.").arg(login) << '\n';
    return Ok;
}

} // namespace

int runInit(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("admin"),
                      tr("On a server, as its superuser: also make the first administrator LOGIN (the "
                         "password from RUQSAT_NEW_PASSWORD or asked)."),
                      tr("LOGIN")});
    parser.addOption({QStringLiteral("name"), tr("The administrator's full name."), tr("NAME")});
    parser.addOption({QStringLiteral("district"),
                      tr("The administrator's districts (KATO codes or ids, by commas); else all."),
                      tr("CODES")});
    if (!parseCommand(parser, args, io,
                      tr("Creates the store, or brings it to this program's schema. On PostgreSQL, run "
                         "as a superuser, it also secures the server: the tables belong to the NOLOGIN "
                         "role ruqsat_owner and every user is a login role (docs/SERVER.md).")))
        return parser.isSet(QStringLiteral("help")) ? Ok : BadInput;
    store::ConnectionString where = store::ConnectionString::defaultStore();
    if (parser.isSet(QStringLiteral("db"))) {
        QString error;
        const auto parsed = store::ConnectionString::parse(parser.value(QStringLiteral("db")), &error);
        if (!parsed) {
            io.err << error << '\n';
            return BadInput;
        }
        where = *parsed;
    }
    std::unique_ptr<store::Database> db;
    try {
        if (!where.isSqlite() && parser.isSet(QStringLiteral("admin")))
            db = store::Database::openSecured(where, promptPasswordOnTerminal);
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
    if (!db) {
        if (parser.isSet(QStringLiteral("admin"))) {
            io.err << tr("--admin makes the first administrator of a PostgreSQL server; on an SQLite "
                         "store the first start of the window does.")
                   << '\n';
            return BadInput;
        }
        int code = Ok;
        db = openStore(parser, io, &code, store::Database::IfNoStore::Create);
        if (!db)
            return code;
    }
    io.out << tr("Store ready: %1 (schema %2)").arg(db->location().toString()).arg(db->schemaVersion()) << '\n';
    if (!parser.isSet(QStringLiteral("admin")))
        return Ok;
    try {
        return addFirstAdministrator(*db, parser, io);
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return Failure;
    }
}

} // namespace ruqsat::cli
