// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreOption.h"

#include "deadlines/Lapses.h"

#include "store/ServerRoles.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"
#include "users/LoginGuard.h"
#include "users/ServerLogin.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace ruqsat::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}
const QString kDbOption = QStringLiteral("db");
const QString kUserOption = QStringLiteral("user");

// Asks on the terminal without echo; empty when there is no terminal.
QString readHidden(const QString &question)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::cerr << question.toStdString() << std::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << '\n';
    return QString::fromStdString(line);
}
// On a secured server the connection is the login (the server checked the
// password): the session is the connected role's user.
std::optional<cases::Session> serverSession(const store::Database &db, const QString &login,
                                            CommandIo &io, int *exitCode)
{
    const QString connected = store::ServerRoles(db).connectedLogin();
    if (!login.isEmpty() && login != connected) {
        io.err << tr("Connected to the server as %1, not as %2: name the user in the store's address "
                     "or with --user.")
                      .arg(connected, login)
               << '\n';
        return std::nullopt;
    }
    QString problem;
    auto session = users::serverSession(db, &problem);
    if (!session)
        io.err << problem << '\n';
    else
        *exitCode = Ok;
    return session;
}

} // namespace

bool parseCommand(QCommandLineParser &parser, const QStringList &args, CommandIo &io,
                  const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addOption({kDbOption,
                      tr("The store: sqlite:/path/file.db or postgresql://user@host:port/dbname."),
                      tr("STORE")});
    parser.addOption({kUserOption,
                      tr("Log in as LOGIN (or set RUQSAT_USER); the password comes from "
                         "RUQSAT_PASSWORD or is asked."),
                      tr("LOGIN")});
    parser.addHelpOption();
    if (!parser.parse(args)) {
        io.err << parser.errorText() << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return false;
    }
    return true;
}

std::optional<cases::Session> logIn(const QCommandLineParser &parser, const store::Database &db,
                                    CommandIo &io, int *exitCode)
{
    *exitCode = Failure;
    const QString login = parser.isSet(kUserOption) ? parser.value(kUserOption)
                                                    : qEnvironmentVariable("RUQSAT_USER");
    try {
        if (db.usersAreRoles())
            return serverSession(db, login, io, exitCode);
        if (store::UserRepository(db).isEmpty())
            return cases::Session{QString(), QStringLiteral("ruqsatctl"), records::Role::Admin, {}};
        if (login.isEmpty()) {
            io.err << tr("This store has users: log in with --user LOGIN (or RUQSAT_USER); the "
                         "password comes from RUQSAT_PASSWORD or is asked.")
                   << '\n';
            return std::nullopt;
        }
        QString password = qEnvironmentVariable("RUQSAT_PASSWORD");
        if (password.isEmpty())
            password = readHidden(tr("Password of %1: ").arg(login));
        const users::LoginResult result =
            users::LoginGuard(db).logIn(login, password, QDateTime::currentDateTimeUtc());
        if (!result.loggedIn()) {
            io.err << result.message() << '\n';
            return std::nullopt;
        }
        *exitCode = Ok;
        return result.session();
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return std::nullopt;
    }
}

QString promptHidden(const QString &question)
{
    return readHidden(question);
}

QString promptPasswordOnTerminal(const store::ConnectionString &where)
{
    return readHidden(tr("Password for %1: ").arg(where.toString()));
}

namespace {

std::unique_ptr<store::Database> openAsAsked(const QCommandLineParser &parser, CommandIo &io, int *exitCode,
                                             store::Database::IfNoStore ifNoStore)
{
    store::ConnectionString where = store::ConnectionString::defaultStore();
    if (parser.isSet(kDbOption)) {
        QString error;
        const auto parsed = store::ConnectionString::parse(parser.value(kDbOption), &error);
        if (!parsed) {
            io.err << error << '\n';
            *exitCode = BadInput;
            return nullptr;
        }
        where = *parsed;
    }
    const QString login = parser.isSet(kUserOption) ? parser.value(kUserOption)
                                                    : qEnvironmentVariable("RUQSAT_USER");
    const QString password = qEnvironmentVariable("RUQSAT_PASSWORD");
    QString loginRefused; // why the server refused the login, when it did
    if (!where.isSqlite() && !login.isEmpty() && login != where.user) {
        // On a secured server the login is a role: connect as it. A store
        // whose users are not roles (made before, by its owner) has no such
        // role (the server says only that the password failed), and is
        // opened as its address says.
        store::ConnectionString asLogin = where;
        asLogin.user = login;
        if (!password.isEmpty())
            asLogin.password = password;
        try {
            return store::Database::open(asLogin, promptPasswordOnTerminal, ifNoStore);
        } catch (const store::StoreError &e) {
            const QString said = e.message();
            if (!said.contains(QLatin1String("does not exist")) &&
                !said.contains(QLatin1String("authentication failed"))) {
                io.err << said << '\n';
                *exitCode = Failure;
                return nullptr;
            }
            loginRefused = said;
        }
    }
    // The address's user logs in with RUQSAT_PASSWORD too, when PGPASSWORD gives none.
    if (!where.isSqlite() && (login.isEmpty() || login == where.user) && where.password.isEmpty() &&
        qEnvironmentVariableIsEmpty("PGPASSWORD"))
        where.password = password;
    try {
        auto db = store::Database::open(where, promptPasswordOnTerminal, ifNoStore);
        if (!loginRefused.isEmpty() && db->usersAreRoles()) {
            io.err << loginRefused << '\n'; // the login's role exists there: its password was wrong
            *exitCode = Failure;
            return nullptr;
        }
        return db;
    } catch (const store::StoreError &e) {
        // The login's own refusal says more than the address's.
        io.err << (loginRefused.isEmpty() ? e.message() : loginRefused) << '\n';
        if (e.kind() == store::StoreError::Kind::NoStore)
            io.err << store::Database::howToCreate(where) << '\n';
        *exitCode = Failure;
        return nullptr;
    }
}

} // namespace

std::unique_ptr<store::Database> openStore(const QCommandLineParser &parser, CommandIo &io,
                                           int *exitCode, store::Database::IfNoStore ifNoStore)
{
    auto db = openAsAsked(parser, io, exitCode, ifNoStore);
    if (db) {
        // Whatever the command, what ran out is expired first, so that it
        // reads what every other reader of the store reads.
        try {
            deadlines::expireLapsed(*db, QDate::currentDate());
        } catch (const store::StoreError &) {
            // A role that may not write (or a busy store): the next writer does it.
        }
    }
    return db;
}

} // namespace ruqsat::cli
