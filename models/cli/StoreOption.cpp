// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreOption.h"

#include "store/StoreError.h"
#include "store/UserRepository.h"
#include "users/LoginGuard.h"

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
        if (store::UserRepository(db).isEmpty())
            return cases::Session{QString(), QStringLiteral("ruqsatctl"), records::Role::Admin};
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
        return cases::Session{result.user->id, result.user->login, result.user->role};
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        return std::nullopt;
    }
}

QString promptPasswordOnTerminal(const store::ConnectionString &where)
{
    return readHidden(tr("Password for %1: ").arg(where.toString()));
}

std::unique_ptr<store::Database> openStore(const QCommandLineParser &parser, CommandIo &io,
                                           int *exitCode, store::Database::IfNoStore ifNoStore)
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
    try {
        return store::Database::open(where, promptPasswordOnTerminal, ifNoStore);
    } catch (const store::StoreError &e) {
        io.err << e.message() << '\n';
        if (e.kind() == store::StoreError::Kind::NoStore)
            io.err << store::Database::howToCreate(where) << '\n';
        *exitCode = Failure;
        return nullptr;
    }
}

} // namespace ruqsat::cli
