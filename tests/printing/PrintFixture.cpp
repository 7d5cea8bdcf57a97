// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintFixture.h"

#include "CaseFactory.h"
#include "store/CaseRepository.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRepository.h"
#include "store/QuotaRepository.h"
#include "store/ReferenceRepository.h"
#include "store/UserRepository.h"

#include <QTest>

namespace ruqsat::test {

namespace {

const QString kActor = QStringLiteral("fixture");

records::Immigrant immigrant()
{
    records::Immigrant p;
    p.id = QStringLiteral("0a6d2c1e-0000-4000-8000-000000000001");
    p.surnameCyr = QStringLiteral("Құрбонов");
    p.givenNamesCyr = QStringLiteral("Әзиз");
    p.patronymicCyr = QStringLiteral("Ғайратович");
    p.surnameLat = QStringLiteral("QURBONOV");
    p.givenNamesLat = QStringLiteral("AZIZ");
    p.patronymicLat = QStringLiteral("GAYRATOVICH");
    p.sex = QStringLiteral("M");
    p.birthDate = QDate(1990, 4, 17);
    p.birthPlace = QStringLiteral("Samarqand");
    p.citizenship = QStringLiteral("UZB");
    p.iin = QStringLiteral("900417400123");
    p.passportSeries = QStringLiteral("FA");
    p.passportNumber = QStringLiteral("FA1234567");
    p.passportIssuedOn = QDate(2019, 5, 2);
    p.passportIssuer = QStringLiteral("IIB 26250");
    p.passportExpiresOn = QDate(2029, 5, 1);
    p.permanentAddress = QStringLiteral("Samarqand, Registon ko'chasi 5");
    p.temporaryAddress = QStringLiteral("Алматы, Төле би көшесі 101, 7-пәтер");
    p.phone = QStringLiteral("+998 90 123 45 67");
    p.maritalStatus = QStringLiteral("married");
    p.childrenCount = 1;
    p.homePhone = QStringLiteral("+998 66 233 10 10");
    p.family = {{QStringLiteral("spouse"), QStringLiteral("Құрбонова Нилуфар"), 1992},
                {QStringLiteral("child"), QStringLiteral("Құрбонов Әмір"), 2015}};
    return p;
}

records::Employer employer(int district)
{
    records::Employer e;
    e.id = QStringLiteral("0a6d2c1e-0000-4000-8000-000000000002");
    e.iin = QStringLiteral("850312300156");
    e.surname = QStringLiteral("Қасымов");
    e.givenNames = QStringLiteral("Ерлан");
    e.patronymic = QStringLiteral("Серікұлы");
    e.birthYear = 1985;
    e.idDocNumber = QStringLiteral("045612378");
    e.idDocIssuedOn = QDate(2017, 8, 1);
    e.idDocIssuer = QStringLiteral("ҚР ІІМ");
    e.registrationAddress = QStringLiteral("Алматы, Абай даңғылы 10, 5-пәтер");
    e.residentialAddress = e.registrationAddress;
    e.phone = QStringLiteral("+7 701 555 12 34");
    e.properties = {{QString(), district, e.registrationAddress, QStringLiteral("20-311-004-555")}};
    return e;
}

records::Application application(int n, int district, records::ApplicationKind kind, const QString &extends)
{
    records::Application a;
    a.id =
        QStringLiteral("0a6d2c1e-0000-4000-8000-000000000%1").arg(100 + n, 3, 10, QLatin1Char('0'));
    a.kind = kind;
    a.extendsPermitId = extends;
    a.channel = records::Channel::StateCorporation;
    a.districtId = district;
    a.immigrantId = QStringLiteral("0a6d2c1e-0000-4000-8000-000000000001");
    a.employerId = QStringLiteral("0a6d2c1e-0000-4000-8000-000000000002");
    a.receivedAt = QDateTime(QDate(2026, 3, 20), QTime(4, 15), Qt::UTC); // 09:15 in Almaty
    a.effectiveReceivedOn = QDate(2026, 3, 20);
    a.decisionDueOn = QDate(2026, 3, 26);
    a.requestedMonths = 6;
    a.workAddress = QStringLiteral("Алматы, Абай даңғылы 10, 5-пәтер");
    a.occupation = QStringLiteral("үй күтушісі");
    a.salaryKzt = 250000;
    a.intentSignedOn = QDate(2026, 3, 18);
    return a;
}

} // namespace

records::Permit PrintFixture::issue(const records::Application &a, const QString &extends,
                                    QDate from, QDate to) const
{
    store::IssueRequest r;
    r.applicationId = a.id;
    r.extendsPermitId = extends;
    r.regionId = m_region;
    r.quotaYear = from.year();
    r.chainStart = extends.isEmpty() ? from : QDate(2026, 3, 27);
    r.validFrom = from;
    r.validTo = to;
    return store::PermitRepository(*m_db).issue(r, kActor);
}

records::Application PrintFixture::makeCase(int n, records::ApplicationKind kind,
                                            const QString &extends,
                                            const QString &immigrantId) const
{
    records::Application a = application(n, m_district, kind, extends);
    if (!immigrantId.isEmpty())
        a.immigrantId = immigrantId;
    store::CaseRepository cases(*m_db);
    cases.create(a, kActor);
    cases.registerCase(a, records::CaseStatus::Accepted, kActor);
    return a;
}

QStringList PrintFixture::revokedPermits(int count)
{
    if (m_revoked.isEmpty())
        m_revoked << extendedPermit();
    // Names that fit the name column on one line, each row its own.
    static const QStringList surnames{
        u"ABDULLAEV"_qs, u"AKHMEDOV"_qs, u"ALIEV"_qs,     u"AZIMOV"_qs,   u"BAKIROV"_qs,
        u"DAVLATOV"_qs,  u"ERGASHEV"_qs, u"FAYZIEV"_qs,   u"GAFUROV"_qs,  u"HAMIDOV"_qs,
        u"IBRAGIMOV"_qs, u"JURAEV"_qs,   u"KAMALOV"_qs,   u"LATIPOV"_qs,  u"MAHMUDOV"_qs,
        u"NAZAROV"_qs,   u"OCHILOV"_qs,  u"POLATOV"_qs,   u"QODIROV"_qs,  u"RAHIMOV"_qs,
        u"SAIDOV"_qs,    u"TOSHEV"_qs,   u"USMONOV"_qs,   u"VOHIDOV"_qs,  u"YUSUPOV"_qs,
        u"ZOKIROV"_qs,   u"SHARIPOV"_qs, u"CHORIEV"_qs,   u"NORMATOV"_qs, u"MIRZAEV"_qs,
        u"KHOLOV"_qs,    u"SOBIROV"_qs,  u"TURSUNOV"_qs,  u"UMAROV"_qs,   u"XOLIQOV"_qs,
        u"ERKINOV"_qs,   u"BOBOEV"_qs,   u"DONIYOROV"_qs, u"GANIEV"_qs,   u"HASANOV"_qs};
    static const QStringList given{u"RUSTAM"_qs, u"DILSHOD"_qs, u"ANVAR"_qs, u"BOBUR"_qs,
                                   u"FARRUKH"_qs};
    store::PermitRepository permits(*m_db);
    while (m_revoked.size() < count) {
        const int i = int(m_revoked.size());
        records::Immigrant p = immigrant();
        p.id = QStringLiteral("0a6d2c1e-0000-4000-8001-%1").arg(i, 12, 10, QLatin1Char('0'));
        p.surnameLat = surnames.at(i % surnames.size());
        p.givenNamesLat = given.at(i % given.size());
        p.patronymicLat.clear();
        p.surnameCyr.clear();
        p.givenNamesCyr.clear();
        p.patronymicCyr.clear();
        // Serials for which no check digit exists are skipped, as the IIN does.
        p.iin.clear();
        for (int serial = i; p.iin.size() != 12; serial += 1000)
            p.iin = CaseFactory::validIin(
                QStringLiteral("9004174%1").arg(serial, 4, 10, QLatin1Char('0')));
        p.passportNumber = QStringLiteral("FA%1").arg(2000000 + i);
        store::ImmigrantRepository(*m_db).create(p, kActor);
        const auto a = makeCase(100 + i, records::ApplicationKind::Issue, QString(), p.id);
        const auto permit = issue(a, QString(), QDate(2026, 3, 27), QDate(2026, 9, 26));
        m_scratch.rawExec(
            QStringLiteral("UPDATE permits SET issued_at = '2026-03-27T05:00:00.000Z' "
                           "WHERE number = '%1'")
                .arg(permit.number));
        records::Revocation rv;
        rv.permitId = permit.id;
        rv.actIssuer = QStringLiteral("Алматы қаласы бойынша еңбек инспекциясы");
        rv.actNumber = QStringLiteral("14-02/%1").arg(400 + i);
        rv.actDate = QDate(2026, 8, 5);
        rv.revokedOn = QDate(2026, 8, 7);
        rv.policeNoticeDueOn = QDate(2026, 8, 10);
        rv.stayUntil = QDate(2026, 8, 22);
        permits.revoke(rv, kActor);
        m_revoked << permit.number;
    }
    return m_revoked.mid(0, count);
}

QString PrintFixture::inForcePermit()
{
    if (m_inForce.isEmpty()) {
        const QDate from = QDate::currentDate().addDays(-30);
        store::QuotaRepository(*m_db).setQuota(m_region, from.year(), 100, kActor);
        const auto a = makeCase(6, records::ApplicationKind::Issue, QString(), QString());
        m_inForce = issue(a, QString(), from, from.addMonths(6).addDays(-1)).number;
    }
    return m_inForce;
}

PrintFixture::PrintFixture(const QString &backend) : m_scratch(backend), m_db(m_scratch.open())
{
    const store::Database &db = *m_db;
    CaseFactory factory(db);
    const int region = factory.almatyRegionId();
    const int district = factory.district();
    m_region = region;
    m_district = district;
    records::DistrictBodies bodies;
    bodies.issuingBodyKk = QStringLiteral("Алматы қаласы Алмалы ауданының әкімдігі");
    bodies.issuingBodyRu = QStringLiteral("Акимат Алмалинского района города Алматы");
    bodies.issuingBodyEn = QStringLiteral("Akimat of the Almaly District of Almaty");
    bodies.headPositionKk = QStringLiteral("Аудан әкімі");
    bodies.headPositionRu = QStringLiteral("Аким района");
    bodies.headPositionEn = QStringLiteral("Akim of the District");
    bodies.headName = QStringLiteral("Сәрсенбаев Нұрлан Қайратұлы");
    bodies.policeBodyKk = QStringLiteral("Алматы қаласы Полиция департаменті");
    bodies.policeBodyRu = QStringLiteral("Департамент полиции города Алматы");
    bodies.policeBodyEn = QStringLiteral("Police Department of Almaty");
    store::ReferenceRepository(db).setDistrictBodies(district, bodies, kActor);

    store::User officer;
    officer.id = QStringLiteral("0a6d2c1e-0000-4000-8000-000000000003");
    officer.login = QStringLiteral("officer");
    officer.fullName = QStringLiteral("Жұмабекова Гүлнұр Әбілқызы");
    officer.position = QStringLiteral("маман");
    officer.role = records::Role::Clerk;
    store::UserRepository(db).create(officer, QStringLiteral("s3cret-Pass"), kActor);

    auto imm = immigrant();
    store::ImmigrantRepository(db).create(imm, kActor);
    auto emp = employer(district);
    store::EmployerRepository(db).create(emp, kActor);
    // Room for the 40 revoked permits of revokedPermits().
    store::QuotaRepository(db).setQuota(region, 2026, 100, kActor);

    store::CaseRepository cases(db);
    store::PermitRepository permits(db);
    auto first = makeCase(1, records::ApplicationKind::Issue, QString(), QString());
    const auto p1 = issue(first, QString(), QDate(2026, 3, 27), QDate(2026, 9, 26));
    auto second = makeCase(2, records::ApplicationKind::Extend, p1.id, QString());
    const auto p2 = issue(second, p1.id, QDate(2026, 9, 27), QDate(2027, 3, 26));
    auto third = makeCase(3, records::ApplicationKind::Issue, QString(), QString());
    const auto p3 = issue(third, QString(), QDate(2026, 4, 1), QDate(2026, 9, 30));
    // Fixed issue times (the repository stamps "now"): 10:00 in Almaty.
    m_scratch.rawExec(QStringLiteral("UPDATE permits SET issued_at = '2026-03-27T05:00:00.000Z'"));

    records::Termination t;
    t.permitId = p3.id;
    t.contractEndedOn = QDate(2026, 6, 15);
    t.noticeDueOn = QDate(2026, 6, 17);
    t.notifiedOn = QDate(2026, 6, 16);
    permits.terminate(t, kActor);

    records::Revocation rv;
    rv.permitId = p2.id;
    rv.actIssuer = QStringLiteral("Алматы қаласы бойынша еңбек инспекциясы");
    rv.actNumber = QStringLiteral("14-02/318");
    rv.actDate = QDate(2026, 10, 5);
    rv.revokedOn = QDate(2026, 10, 7);
    rv.policeNoticeDueOn = QDate(2026, 10, 9);
    rv.stayUntil = QDate(2026, 10, 22);
    permits.revoke(rv, kActor);

    auto refused = makeCase(4, records::ApplicationKind::Issue, QString(), QString());
    records::Decision d;
    d.applicationId = refused.id;
    d.kind = records::DecisionKind::Refuse;
    d.groundId = 3;
    d.groundText = QStringLiteral("Ішкі істер органының 2026 жылғы 24 наурыздағы № 7/1125 теріс жауабы");
    d.decidedAt = QDateTime(QDate(2026, 3, 25), QTime(6, 30), Qt::UTC);
    d.decidedBy = officer.id;
    cases.recordDecision(d, kActor);

    auto intake = makeCase(5, records::ApplicationKind::Issue, QString(), QString());
    records::Decision i;
    i.applicationId = intake.id;
    i.kind = records::DecisionKind::RefuseIntake;
    i.missingDocuments = {QStringLiteral("medical_certificate"), QStringLiteral("insurance")};
    i.decidedAt = QDateTime(QDate(2026, 3, 20), QTime(5, 0), Qt::UTC);
    i.decidedBy = officer.id;
    cases.recordDecision(i, kActor);
}

} // namespace ruqsat::test
