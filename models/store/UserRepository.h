// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Codes.h"

#include <QList>
#include <optional>

namespace ruqsat::store {

class Database;

struct User
{
    QString id;
    QString login;
    QString fullName;
    QString position;
    records::Role role = records::Role::Clerk;
    int districtId = 0; // the first of districtIds, 0 for none
    bool active = true;
    // The districts the user works in (user_districts): the program scopes
    // by them, and on a server the row policies do.
    QList<int> districtIds;
};

struct PasswordHash;

// Users and their roles. Passwords are kept as salted PBKDF2-HMAC-SHA256
// hashes with their iteration count (PasswordHash), so the count can be raised.
// On a secured server (Database::usersAreRoles) each user is a LOGIN role
// instead, changed through ServerRoles, and no hash is kept.
class UserRepository
{
public:
    explicit UserRepository(const Database &db) : m_db(db) {}

    QString create(User &user, const QString &password, const QString &actor) const;
    void setPassword(const QString &userId, const QString &password, const QString &actor) const;
    void setActive(const QString &userId, bool active, const QString &actor) const;
    // The audit row keeps the role before and after.
    void setRole(const QString &userId, records::Role role, const QString &actor) const;
    // The audit row keeps the districts before and after.
    void setDistricts(const QString &userId, const QList<int> &districtIds, const QString &actor) const;
    // Inside a transaction: waits until no other connection is changing
    // users, and keeps them out until the commit, so that a check over all
    // users (the last administrator) still holds when the change lands. On
    // SQLite the write transaction already admits one writer.
    void lockForChange() const;
    // The user when the login exists, is active and the password matches.
    // A hash of fewer iterations than new hashes get is replaced by one of
    // the current count, with an audit row "password_rehash". Logins are
    // throttled and audited by users::LoginGuard, which calls this.
    std::optional<User> authenticate(const QString &login, const QString &password) const;
    std::optional<User> findByLogin(const QString &login) const;
    QList<User> all() const;
    bool isEmpty() const;

private:
    QString loginOf(const QString &userId) const;
    QList<int> districtsOf(const QString &userId) const;
    QList<User> select(const QString &where, const QString &value) const;
    // Writes `password` into the user's row (when `replacing` is not null,
    // only if the row still holds that hash); false if no row changed.
    bool storeHash(const QString &userId, const PasswordHash &password,
                   const QByteArray &replacing) const;
    void upgradeHash(const QString &userId, const QString &login, const QString &password,
                     const PasswordHash &stored) const;
    const Database &m_db;
};

} // namespace ruqsat::store
