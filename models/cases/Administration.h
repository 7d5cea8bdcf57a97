// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/YearRate.h"
#include "records/Permit.h"
#include "store/ReferenceRepository.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <utility>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::cases {

// The administrator's data: text settings (print folder, working hours of
// R-AFTER-HOURS), the MCI and IIT rate of each year (R-REFUSE-7), quotas
// (R-QUOTA), districts with their issuing and police bodies, and users. Anyone may read; every
// change needs an administrator and is refused before anything is written
// (StoreError::Forbidden). Each change lands with its audit row, written by
// the repository in the change's transaction, under the session's login.
class Administration
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::cases::Administration)
public:
    // Longer than the store's own floor: accounts here can issue permits.
    static constexpr int kMinPasswordLength = 10;

    Administration(const store::Database &db, Session session) : m_db(db), m_session(std::move(session)) {}

    const Session &session() const { return m_session; }
    bool mayChange() const { return m_session.mayAdminister(); }

    // Reads, open to every role.
    QList<std::pair<QString, QString>> textSettings() const;
    QList<domain::YearRate> yearRates() const;
    std::optional<records::Quota> quota(int regionId, int year) const;
    QList<store::Region> regions() const;
    QList<store::District> districts(int regionId) const;
    QList<store::District> allDistricts() const;
    QList<store::User> users() const;

    // Changes, for an administrator only.
    // print.override_dir is refused when a template in the folder cannot
    // print its form (printing::templateFolderProblem): nothing is saved.
    void setText(const QString &key, const QString &value) const;
    void setYearRate(const domain::YearRate &rate) const;
    void removeYearRate(int year) const;
    // The store refuses fewer places than permits in force and reservations hold.
    records::Quota setQuota(int regionId, int year, int places) const;
    // Kazakh and Russian names are required; the English one falls back to the Russian.
    // Its bodies may be given at once or later (setDistrictBodies).
    int addDistrict(store::District &district) const;
    // Who issues, signs and receives Appendix 9 for the district; texts are
    // trimmed, and may be left empty (printing then warns).
    void setDistrictBodies(int districtId, const records::DistrictBodies &bodies) const;
    QString createUser(store::User &user, const QString &password) const;
    void resetPassword(const QString &userId, const QString &password) const;
    // An administrator cannot deactivate themself nor the last active
    // administrator: nobody could then change settings or add users.
    void setActive(const QString &userId, bool active) const;
    // The same guards: an administrator cannot change their own role, and the
    // last active administrator stays one. A user logged in keeps the old
    // role until they log in again.
    void setRole(const QString &userId, records::Role role) const;
    // The districts the user works in; on a server a user sees no case
    // outside them.
    void setDistricts(const QString &userId, const QList<int> &districtIds) const;

    // Why a password is refused, in the clerk's language; empty when it is fine.
    static QString passwordProblem(const QString &password);

private:
    void requireAdministrator() const;
    // The bodies trimmed; refuses a text longer than the store keeps.
    static records::DistrictBodies checkedBodies(const records::DistrictBodies &bodies);
    bool isSelf(const store::User &user) const;
    // Inside the caller's transaction: keeps other changes of users out until
    // it commits (BEGIN IMMEDIATE on SQLite, a table lock on PostgreSQL), so
    // that two administrators cannot each lock out the other; then reads all
    // users into *all and returns `userId`'s (NotFound when there is none).
    store::User lockedUser(const QString &userId, QList<store::User> *all) const;
    // Refuses taking `user` out of the active administrators when no other is left.
    static void keepAnAdministrator(const store::User &user, const QList<store::User> &all);

    const store::Database &m_db;
    Session m_session;
};

} // namespace ruqsat::cases
