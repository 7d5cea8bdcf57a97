// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitFixture.h"

#include "CaseFactory.h"
#include "store/CaseRepository.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRepository.h"
#include "store/QuotaRepository.h"
#include "store/ReferenceRepository.h"

namespace ruqsat::test {

// Names with Kazakh letters in Cyrillic (Ғ), passports sharing a prefix (FA123).
const Person PermitFixture::kKarimov{QStringLiteral("KARIMOV"),      QStringLiteral("RUSTAM"),
                                     QStringLiteral("Каримов"),      QStringLiteral("Рустам"),
                                     QStringLiteral("900417350011"), QStringLiteral("FA1234567")};
const Person PermitFixture::kGanieva{QStringLiteral("GANIEVA"),
                                     QStringLiteral("DILNOZA"),
                                     QStringLiteral("Ғаниева"),
                                     QStringLiteral("Дилноза"),
                                     QString(),
                                     QStringLiteral("AB7654321")};
const Person PermitFixture::kToshmatov{QStringLiteral("TOSHMATOV"),    QStringLiteral("BOBUR"),
                                       QStringLiteral("Тошматов"),     QStringLiteral("Бобур"),
                                       QStringLiteral("880101350022"), QStringLiteral("FB0001112")};
const Person PermitFixture::kRahimova{QStringLiteral("RAHIMOVA"),
                                      QStringLiteral("MALIKA"),
                                      QStringLiteral("Рахимова"),
                                      QStringLiteral("Малика"),
                                      QString(),
                                      QStringLiteral("AC5550001")};
const Person PermitFixture::kYuldashev{QStringLiteral("YULDASHEV"),
                                       QStringLiteral("SARDOR"),
                                       QStringLiteral("Юлдашев"),
                                       QStringLiteral("Сардор"),
                                       QString(),
                                       QStringLiteral("FA1239999")};

QList<records::Permit> Scenario::all() const
{
    return {endsToday, endsIn30,    endsIn31,   endedYesterday, expiredByJob,
            revoked,   revokedPast, terminated, extended,       extension};
}

PermitFixture::PermitFixture(const store::Database &db) : m_db(db)
{
    const CaseFactory factory(db);
    m_region = factory.almatyRegionId();
    m_district = factory.district();
    store::QuotaRepository(db).setQuota(m_region, 2026, 500, QStringLiteral("admin"));
}

int PermitFixture::otherDistrict()
{
    if (m_otherDistrict == 0) {
        store::District d{0,
                          m_region,
                          QString(),
                          QStringLiteral("Бостандық ауданы"),
                          QStringLiteral("Бостандыкский район"),
                          QStringLiteral("Bostandyk District")};
        m_otherDistrict = store::ReferenceRepository(m_db).addDistrict(d, QStringLiteral("test"));
    }
    return m_otherDistrict;
}

QString PermitFixture::employer(const QString &iin)
{
    records::Employer e = CaseFactory(m_db).employer(iin);
    return store::EmployerRepository(m_db).create(e, QStringLiteral("test"));
}

QString PermitFixture::immigrantId(const Person &person)
{
    if (const auto it = m_people.constFind(person.passport); it != m_people.constEnd())
        return *it;
    records::Immigrant p = CaseFactory(m_db).immigrant(person.surnameLat);
    p.givenNamesLat = person.givenNamesLat;
    p.surnameCyr = person.surnameCyr;
    p.givenNamesCyr = person.givenNamesCyr;
    p.iin = person.iin;
    p.passportNumber = person.passport;
    const QString id = store::ImmigrantRepository(m_db).create(p, QStringLiteral("test"));
    m_people.insert(person.passport, id);
    return id;
}

records::Permit PermitFixture::issue(const Person &person, const QString &employerId,
                                     const QDate &from, const QDate &to, int districtId,
                                     const QString &extendsPermit)
{
    records::Application a;
    a.kind = extendsPermit.isEmpty() ? records::ApplicationKind::Issue
                                     : records::ApplicationKind::Extend;
    a.extendsPermitId = extendsPermit;
    a.channel = records::Channel::StateCorporation;
    a.districtId = districtId != 0 ? districtId : m_district;
    a.immigrantId = immigrantId(person);
    a.employerId = employerId;
    a.receivedAt = from.addDays(-5).startOfDay(Qt::UTC).addSecs(10 * 3600);
    a.effectiveReceivedOn = from.addDays(-5);
    a.decisionDueOn = from.addDays(-3);
    a.requestedMonths = 6;
    a.workAddress = QStringLiteral("Алматы, ул. Абая, 10, кв. 5");
    store::CaseRepository cases(m_db);
    cases.create(a, QStringLiteral("test"));
    cases.registerCase(a, records::CaseStatus::Accepted, QStringLiteral("test"));

    store::IssueRequest r;
    r.applicationId = a.id;
    r.extendsPermitId = extendsPermit;
    r.regionId = m_region;
    r.quotaYear = 2026;
    r.validFrom = from;
    r.validTo = to;
    return store::PermitRepository(m_db).issue(r, QStringLiteral("head"));
}

QString PermitFixture::registryNumberOf(const records::Permit &permit) const
{
    return store::CaseRepository(m_db).find(permit.applicationId)->registryNumber;
}

Scenario PermitFixture::buildScenario(const QDate &t)
{
    store::PermitRepository permits(m_db);
    Scenario s;
    s.karimovEmployer = employer(QStringLiteral("850312300156"));
    s.endsToday = issue(kKarimov, s.karimovEmployer, t.addDays(-150), t);
    s.endsIn30 = issue(kGanieva, s.karimovEmployer, t.addDays(-120), t.addDays(30));
    s.endsIn31 =
        issue(kToshmatov, employer(QStringLiteral("870505400123")), t.addDays(-100), t.addDays(31));
    s.endedYesterday =
        issue(kGanieva, employer(QStringLiteral("870505400124")), t.addDays(-200), t.addDays(-1));
    s.expiredByJob = issue(kToshmatov, employer(QStringLiteral("870505400125")), t.addDays(-220),
                           t.addDays(-40));
    s.revoked = issue(kRahimova, employer(QStringLiteral("870505400126")), t.addDays(-30),
                      t.addDays(100), otherDistrict());
    s.revokedPast = issue(kRahimova, employer(QStringLiteral("870505400127")), t.addDays(-300),
                          t.addDays(-5), otherDistrict());
    s.terminated = issue(kYuldashev, employer(QStringLiteral("870505400128")), t.addDays(-60),
                         t.addDays(60), otherDistrict());
    s.extended = issue(kKarimov, s.karimovEmployer, t.addDays(-170), t.addDays(10));
    s.extension =
        issue(kKarimov, s.karimovEmployer, t.addDays(11), t.addDays(200), 0, s.extended.id);

    // Only the permit whose last day was before the job's day expires.
    if (permits.expireDue(t.addDays(-35), QStringLiteral("job")) != 1)
        qFatal("expireDue expired other permits than the scenario's one");
    for (const records::Permit &p : {s.revoked, s.revokedPast}) {
        const records::Revocation r{p.id,
                                    QStringLiteral("Labour inspection"),
                                    QStringLiteral("17/2026"),
                                    t.addDays(-3),
                                    t.addDays(-2),
                                    t.addDays(1),
                                    QDate(),
                                    t.addDays(13),
                                    {}};
        permits.revoke(r, QStringLiteral("head"));
    }
    permits.terminate({s.terminated.id, t.addDays(-4), t.addDays(-2), t.addDays(-3), QString(), {}},
                      QStringLiteral("clerk"));
    permits.recordCopy(s.endsIn31.id, QStringLiteral("lost"), QStringLiteral("clerk"));
    permits.recordCopy(s.endsIn31.id, QStringLiteral("damaged"), QStringLiteral("clerk"));
    // The issue() copies are stale now: read back what the store holds.
    QList<records::Permit *> mine{&s.endsToday,    &s.endsIn30, &s.endsIn31,    &s.endedYesterday,
                                  &s.expiredByJob, &s.revoked,  &s.revokedPast, &s.terminated,
                                  &s.extended,     &s.extension};
    for (records::Permit *p : mine)
        *p = *permits.find(p->id);
    return s;
}

} // namespace ruqsat::test
