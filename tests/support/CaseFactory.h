// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "records/Case.h"
#include "records/People.h"
#include "records/Permit.h"
#include "store/Database.h"
#include "store/UserRepository.h"

namespace ruqsat::test {

// Builds plausible records for tests: a district of Almaty, an immigrant from
// Uzbekistan, an employer with a flat, and an application between them.
class CaseFactory
{
public:
    explicit CaseFactory(const store::Database &db) : m_db(db) {}

    int almatyRegionId() const;
    int district() const; // created once per store
    // district() and a second district of Almaty, created once per store.
    QList<int> twoDistricts() const;
    records::Immigrant immigrant(const QString &surnameLat = QStringLiteral("KARIMOV")) const;
    records::Employer employer(const QString &iin = QStringLiteral("850312300156")) const;
    // A valid IIN from its first 11 digits (the check digit appended).
    static QString validIin(const QString &first11);
    // The TD3 MRZ of KARIMOV RUSTAM's Uzbek passport FA1234567, born
    // 17.04.1990, expiring 01.05.2029, with correct check digits.
    static QString passportMrz();
    // An accepted issuance case stored with its immigrant and employer.
    records::Application acceptedCase() const;
    // acceptedCase() with its immigrant and employer renamed: Latin and
    // Cyrillic surname and Latin given name (other names cleared), the
    // passport number (no series), the employer's surname and given name.
    records::Application namedCase(const QString &surnameLat, const QString &givenLat,
                                   const QString &surnameCyr, const QString &passport,
                                   const QString &employerSurname,
                                   const QString &employerGiven = QString()) const;
    // Issues the first permit of a chain for `app`, from `from` to `to`, on
    // the Almaty quota of `from`'s year (which must have a free place).
    records::Permit issuePermit(const records::Application &app, QDate from, QDate to) const;
    // Writes `people` demo people and their cases, made by the seeded demo
    // generator with the store's own rules, as of `today`.
    void writeDemoPeople(int people, quint32 seed, QDate today) const;
    // The password of every account account() makes.
    static QString accountPassword() { return QStringLiteral("correct-horse-1"); }
    // An active account `login` ("<login> Testov") with `role`; a clerk or
    // head works in district(), an administrator in none (sees all).
    store::User account(const QString &login, records::Role role) const;
    // Who is at the desk as `user`, and as a new account().
    static cases::Session sessionOf(const store::User &user)
    {
        return {user.id, user.login, user.role, user.districtIds};
    }
    cases::Session loggedIn(const QString &login, records::Role role) const { return sessionOf(account(login, role)); }

private:
    const store::Database &m_db;
};

} // namespace ruqsat::test
