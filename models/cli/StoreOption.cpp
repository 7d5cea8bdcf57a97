// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreOption.h"

#include "store/StoreError.h"

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
} // namespace

bool parseCommand(QCommandLineParser &parser, const QStringList &args, CommandIo &io,
                  const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addOption({kDbOption,
                      tr("The store: sqlite:/path/file.db or postgresql://user@host:port/dbname."),
                      tr("STORE")});
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

cases::Session commandLineSession()
{
    return {QString(), QStringLiteral("ruqsatctl"), records::Role::Admin};
}

QString promptPasswordOnTerminal(const store::ConnectionString &where)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::cerr << tr("Password for %1: ").arg(where.toString()).toStdString() << std::flush;
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
