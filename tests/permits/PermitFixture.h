// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Case.h"
#include "records/Permit.h"
#include "store/Database.h"

#include <QHash>

namespace ruqsat::test {

// An immigrant as the search box looks for them.
struct Person
{
    QString surnameLat, givenNamesLat, surnameCyr, givenNamesCyr;
    QString iin;      // may be empty
    QString passport; // passport number
};

// The permits of the state and search tests, around `today` (see buildScenario).
struct Scenario
{
    records::Permit endsToday, endsIn30, endsIn31, endedYesterday, expiredByJob, revoked,
        revokedPast, terminated, extended, extension;
    QString karimovEmployer; // employer of endsToday, extended, extension and endsIn30
    QList<records::Permit> all() const;
};

// Issues real permits through the repositories: a stored immigrant and
// employer, a case registered and accepted, then PermitRepository::issue
// against a quota of the Almaty region for 2026.
class PermitFixture
{
public:
    explicit PermitFixture(const store::Database &db);

    int region() const { return m_region; }
    int district() const { return m_district; }
    // A second district of Almaty, for the district filter.
    int otherDistrict();

    // A new employer with this IIN; returns its id.
    QString employer(const QString &iin);
    // Issues a permit valid from..to for the person (created on first use,
    // by IIN or passport) and the employer. `extendsPermit`: the extension
    // of that permit (R-QUOTA-EXTEND).
    records::Permit issue(const Person &person, const QString &employerId, const QDate &from,
                          const QDate &to, int districtId = 0, const QString &extendsPermit = {});
    QString registryNumberOf(const records::Permit &permit) const;
    // Ten permits in every state, with the edges of the state filters:
    // last days today, today + 30, today + 31 and yesterday (still stored
    // in force: expireDue() has not run since), one expired by expireDue(),
    // revoked (one of them past its last day), terminated, extended and its
    // extension. Revoked and terminated ones are in otherDistrict().
    Scenario buildScenario(const QDate &today);

    static const Person kKarimov, kGanieva, kToshmatov, kRahimova, kYuldashev;

private:
    QString immigrantId(const Person &person);

    const store::Database &m_db;
    int m_region = 0, m_district = 0, m_otherDistrict = 0;
    QHash<QString, QString> m_people; // passport -> immigrant id
};

} // namespace ruqsat::test
