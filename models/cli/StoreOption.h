// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "cases/Session.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <memory>

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

// Who acts in the core's steps from the command line: the administrator who
// runs ruqsatctl on the store (audit rows say "ruqsatctl").
cases::Session commandLineSession();

// Asks for a password on the terminal without echo; empty when there is no terminal.
QString promptPasswordOnTerminal(const store::ConnectionString &where);

} // namespace ruqsat::cli
