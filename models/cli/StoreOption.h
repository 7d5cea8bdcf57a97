// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "cases/Session.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <memory>
#include <optional>

namespace ruqsat::cli {

// Every command takes --db; parseCommand() adds it with --help and parses.
// Returns false (and has written why to stderr) when the arguments are wrong.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, CommandIo &io,
                  const QString &description);

// Opens the store named by --db (or the default one). On failure writes the
// reason to stderr, sets *exitCode and returns null. Only `init` makes a
// store where there is none (a typo must not make one); the others refuse
// and say how.
std::unique_ptr<store::Database>
openStore(const QCommandLineParser &parser, CommandIo &io, int *exitCode,
          store::Database::IfNoStore ifNoStore = store::Database::IfNoStore::Refuse);

// Who acts in the core's steps from the command line: the user who logs in
// with --user LOGIN (or RUQSAT_USER), the password from RUQSAT_PASSWORD or
// asked on the terminal, through the same guard as the window's login (a
// failure is audited; five in a row make the login wait). Their role is
// checked by the core and they are the audit rows' actor. A store without
// users yet (just made) is worked on as "ruqsatctl", as an administrator.
// On failure writes why to stderr, sets *exitCode and returns nothing.
std::optional<cases::Session> logIn(const QCommandLineParser &parser, const store::Database &db,
                                    CommandIo &io, int *exitCode);

// Asks `question` on the terminal and reads the answer without echo; empty
// when there is no terminal.
QString promptHidden(const QString &question);

// Asks for a password on the terminal without echo; empty when there is no terminal.
QString promptPasswordOnTerminal(const store::ConnectionString &where);

} // namespace ruqsat::cli
