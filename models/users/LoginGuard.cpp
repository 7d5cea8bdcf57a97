// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginGuard.h"

#include "store/LoginAudit.h"

#include <QCoreApplication>

namespace ruqsat::users {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::users::LoginGuard)
};

// Whole seconds left until `kWaitSeconds` after `lastFailure`, rounded up;
// 0 when the wait is over.
int secondsToWait(const QDateTime &lastFailure, const QDateTime &now)
{
    const qint64 left = qint64(LoginGuard::kWaitSeconds) * 1000 - lastFailure.msecsTo(now);
    return left > 0 ? int((left + 999) / 1000) : 0;
}

} // namespace

cases::Session LoginResult::session() const
{
    if (!user)
        return {};
    return cases::Session{user->id, user->login, user->role, user->districtIds};
}

QString LoginResult::message() const
{
    switch (outcome) {
    case Outcome::LoggedIn:
        return {};
    case Outcome::Wrong:
        return Tr::tr("The login or the password is wrong.");
    case Outcome::MustWait:
        return Tr::tr(
            "The password was wrong too many times in a row. Wait %n second(s), then try again.",
            nullptr, waitSeconds);
    }
    return {};
}

LoginResult LoginGuard::logIn(const QString &login, const QString &password,
                              const QDateTime &now) const
{
    const store::LoginAudit audit(m_db);
    const store::LoginFailures failures = audit.failuresInARow(login, kFailuresInARow);
    if (failures.inARow >= kFailuresInARow) {
        if (const int wait = secondsToWait(failures.lastFailure, now); wait > 0) {
            audit.record(login, store::LoginAudit::refusedAction(),
                         {{QStringLiteral("wait_seconds"), wait}});
            return {LoginResult::Outcome::MustWait, std::nullopt, wait};
        }
    }
    auto user = store::UserRepository(m_db).authenticate(login, password);
    if (!user) {
        audit.record(login, store::LoginAudit::failedAction());
        return {LoginResult::Outcome::Wrong, std::nullopt, 0};
    }
    audit.record(login, store::LoginAudit::loginAction());
    return {LoginResult::Outcome::LoggedIn, std::move(user), 0};
}

} // namespace ruqsat::users
