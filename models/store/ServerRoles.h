// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Codes.h"

#include <QList>
#include <QString>

namespace ruqsat::store {

class Database;

// The users of a secured PostgreSQL store (docs/SERVER.md): each is a LOGIN
// role in the group of its role, made and changed by the SECURITY DEFINER
// functions of schema 11, which also write the audit rows. The password
// reaches the server only as its SCRAM-SHA-256 verifier, computed by libpq
// here; the server checks it at every connection and Ruqsat keeps none.
class ServerRoles
{
public:
    explicit ServerRoles(const Database &db) : m_db(db) {}

    // The group roles every user is in: ruqsat_clerk, ruqsat_head, ruqsat_admin.
    static QString groupOf(records::Role role);

    // True when the connected role is a superuser (who may secure a server).
    bool connectedAsSuperuser() const;
    // Before the first migration of a store on a server, as a superuser: makes
    // the NOLOGIN owner role ruqsat_owner (allowed to make roles and end
    // sessions), gives it the schema and becomes it for the migrations, so
    // that everything made belongs to it. Refuses a store whose tables
    // belong to a role that can log in (made before, around init).
    void becomeOwner() const;
    // Back to the connected role, after the migrations.
    void stopBeingOwner() const;
    // True on a store whose tables belong to a role that cannot log in: its
    // users are LOGIN roles.
    bool usersAreRoles() const;
    // The connected role.
    QString connectedLogin() const;

    void add(const QString &id, const QString &login, const QString &password, records::Role role,
             const QString &fullName, const QString &position, const QList<int> &districtIds) const;
    void setRole(const QString &login, records::Role role) const;
    // Deactivating ends the role's sessions and stops new ones (NOLOGIN).
    void setActive(const QString &login, bool active) const;
    void setPassword(const QString &login, const QString &password) const;
    void setDistricts(const QString &login, const QList<int> &districtIds) const;

private:
    QString verifier(const QString &login, const QString &password) const;
    const Database &m_db;
};

} // namespace ruqsat::store
