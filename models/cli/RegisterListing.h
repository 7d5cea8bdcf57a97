// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineParser>

namespace ruqsat::cases {
struct Session;
}
namespace ruqsat::store {
class Database;
}

namespace ruqsat::cli {

// `cases list` and `permits list` with the register's search and filters:
// the same search box (--search) and the same options as the register's
// filter bar and sortable columns, read through the register repositories.
enum class Register
{
    Cases,
    Permits
};

void addRegisterOptions(QCommandLineParser &parser, Register which);
// Whether the command asks for anything only the register answers.
bool asksRegister(const QCommandLineParser &parser, Register which);
// A message for an option value the register does not know; empty if none.
QString badRegisterOption(const QCommandLineParser &parser, Register which);
// Prints the rows (at most --limit; all without it), as `cases list` and
// `permits list` print theirs: tab-separated, or one JSON object a line.
int listRegister(const QCommandLineParser &parser, const store::Database &db,
                 const cases::Session &session, Register which, CommandIo &io);

} // namespace ruqsat::cli
