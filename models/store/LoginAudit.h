// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ruqsat::store {

class Database;

// The failed logins in a row for one login, newest first, since its last
// successful one.
struct LoginFailures
{
    int inARow = 0;        // counted up to the limit asked for
    QDateTime lastFailure; // when the newest of them was written (UTC); invalid if none
};

// Logins in the audit log (entity "user"), which is also where the failures
// that slow a login down are counted, so no column of users keeps them:
//   "login"         a success (it ends a run of failures),
//   "login_failed"  a wrong password, an unknown or inactive login,
//   "login_refused" an attempt turned away unchecked while the login waits.
// The actor is the login as typed; entity_id the id of the user with that
// login, or the typed login itself when there is none, so that guessing at
// a login that does not exist is slowed down the same way. Never a password.
class LoginAudit
{
public:
    explicit LoginAudit(const Database &db) : m_db(db) {}

    static QString loginAction() { return QStringLiteral("login"); }
    static QString failedAction() { return QStringLiteral("login_failed"); }
    static QString refusedAction() { return QStringLiteral("login_refused"); }

    // The failures of `login` since its last success, at most `atMost` of them.
    LoginFailures failuresInARow(const QString &login, int atMost) const;
    // Writes one row with `action`. Does nothing on a read-only store, which
    // can keep no record (and whose users cannot change anything either).
    void record(const QString &login, const QString &action, const QJsonObject &details = {}) const;

private:
    QString entityId(const QString &login) const;
    const Database &m_db;
};

} // namespace ruqsat::store
