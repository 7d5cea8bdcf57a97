// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLogin.h"

#include "store/ServerRoles.h"
#include "store/UserRepository.h"

#include <QCoreApplication>

namespace ruqsat::users {

std::optional<cases::Session> serverSession(const store::Database &db, QString *problem)
{
    const store::ServerRoles roles(db);
    const QString connected = roles.connectedLogin();
    const auto user = store::UserRepository(db).findByLogin(connected);
    if (user && user->active)
        return cases::Session{user->id, user->login, user->role, user->districtIds};
    if (roles.connectedAsSuperuser())
        return cases::Session{QString(), connected, records::Role::Admin, {}};
    *problem = QCoreApplication::translate("ruqsat::users::ServerLogin",
                                           "The role %1 is not an active Ruqsat user of this store.")
                   .arg(connected);
    return std::nullopt;
}

} // namespace ruqsat::users
