// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"

#include <optional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::users {

// Who is at the desk on a secured server (Database::usersAreRoles): the
// connection is the login, since the server checked the role's password,
// so the session is the connected role's user. The server's superuser (at
// init and repairs) acts as an administrator of no district. Otherwise
// nothing, with the reason in *problem.
std::optional<cases::Session> serverSession(const store::Database &db, QString *problem);

} // namespace ruqsat::users
