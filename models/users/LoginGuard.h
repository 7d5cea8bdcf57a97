// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "store/UserRepository.h"

#include <QDateTime>
#include <optional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::users {

struct LoginResult
{
    enum class Outcome
    {
        LoggedIn,
        Wrong,    // the login or the password is wrong (which one is not said)
        MustWait, // too many failures in a row: not checked at all
    };
    Outcome outcome = Outcome::Wrong;
    std::optional<store::User> user; // when logged in
    int waitSeconds = 0;             // when it must wait

    bool loggedIn() const { return outcome == Outcome::LoggedIn; }
    // Who is at the desk when logged in: the user, their role and their
    // districts (which scope what they see); every login makes it here.
    cases::Session session() const;
    // What to tell the person at the keyboard, in their language; empty
    // when logged in.
    QString message() const;
};

// Every way into the program goes through here (the GUI's login dialog, and
// the command line once it logs in), so that guessing passwords is slowed
// and on record: each failure writes an audit row, and after
// kFailuresInARow of them a login is turned away, without its password being
// checked, until kWaitSeconds have passed since the last failure. A success
// ends the run. The rows are store::LoginAudit's.
class LoginGuard
{
public:
    static constexpr int kFailuresInARow = 5;
    static constexpr int kWaitSeconds = 60;

    explicit LoginGuard(const store::Database &db) : m_db(db) {}

    // `now` is the time of the attempt, compared with the times the audit
    // rows were written (the clock's): tests pass a later one instead of
    // sleeping; the program passes QDateTime::currentDateTimeUtc().
    LoginResult logIn(const QString &login, const QString &password, const QDateTime &now) const;

private:
    const store::Database &m_db;
};

} // namespace ruqsat::users
