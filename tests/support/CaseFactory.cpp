// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseFactory.h"

#include "domain/Iin.h"
#include "domain/Mrz.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRules.h"
#include "store/CaseRepository.h"
#include "store/DemoWriter.h"
#include "store/EmployerRepository.h"
#include "store/ImmigrantRepository.h"
#include "store/PermitRepository.h"
#include "store/ReferenceRepository.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace ruqsat::test {

int CaseFactory::almatyRegionId() const
{
    return store::ReferenceRepository(m_db).regionByKato(QStringLiteral("750000000"))->id;
}

int CaseFactory::district() const
{
    store::ReferenceRepository refs(m_db);
    const auto existing = refs.districts(almatyRegionId());
    if (!existing.isEmpty())
        return existing.first().id;
    store::District d{0, almatyRegionId(), QString(), QStringLiteral("Алмалы ауданы"),
                      QStringLiteral("Алмалинский район"), QStringLiteral("Almaly District")};
    return refs.addDistrict(d, QStringLiteral("test"));
}

QList<int> CaseFactory::twoDistricts() const
{
    const int first = district();
    store::ReferenceRepository refs(m_db);
    for (const store::District &d : refs.districts(almatyRegionId()))
        if (d.id != first)
            return {first, d.id};
    store::District second{0,
                           almatyRegionId(),
                           QString(),
                           QStringLiteral("Бостандық ауданы"),
                           QStringLiteral("Бостандыкский район"),
                           QStringLiteral("Bostandyk District")};
    return {first, refs.addDistrict(second, QStringLiteral("test"))};
}

records::Immigrant CaseFactory::immigrant(const QString &surnameLat) const
{
    records::Immigrant p;
    p.surnameCyr = QStringLiteral("Каримов");
    p.givenNamesCyr = QStringLiteral("Рустам");
    p.patronymicCyr = QStringLiteral("Алишерович");
    p.surnameLat = surnameLat;
    p.givenNamesLat = QStringLiteral("RUSTAM");
    p.sex = QStringLiteral("M");
    p.birthDate = QDate(1990, 4, 17);
    p.birthPlace = QStringLiteral("Samarkand");
    p.citizenship = QStringLiteral("UZB");
    p.passportSeries = QStringLiteral("FA");
    p.passportNumber = QStringLiteral("FA%1").arg(QRandomGenerator::global()->bounded(1000000, 9999999));
    p.passportIssuedOn = QDate(2019, 5, 2);
    p.passportIssuer = QStringLiteral("MVD 26250");
    p.passportExpiresOn = QDate(2029, 5, 1);
    p.permanentAddress = QStringLiteral("Uzbekistan, Samarkand, Registon str. 5");
    p.temporaryAddress = QStringLiteral("Алматы, ул. Толе би, 101, кв. 7");
    p.phone = QStringLiteral("+998 90 123 45 67");
    p.maritalStatus = QStringLiteral("married");
    p.childrenCount = 2;
    p.family = {{QStringLiteral("spouse"), QStringLiteral("Каримова Нилуфар"), 1992},
                {QStringLiteral("child"), QStringLiteral("Каримов Азиз"), 2015}};
    return p;
}

records::Employer CaseFactory::employer(const QString &iin) const
{
    records::Employer e;
    e.iin = iin;
    e.surname = QStringLiteral("Қасымов");
    e.givenNames = QStringLiteral("Ерлан");
    e.patronymic = QStringLiteral("Серікұлы");
    e.birthYear = 1985;
    e.idDocNumber = QStringLiteral("045612378");
    e.idDocIssuedOn = QDate(2017, 8, 1);
    e.idDocIssuer = QStringLiteral("МВД РК");
    e.registrationAddress = QStringLiteral("Алматы, ул. Абая, 10, кв. 5");
    e.residentialAddress = e.registrationAddress;
    e.phone = QStringLiteral("+7 701 555 12 34");
    e.properties = {{QString(), district(), QStringLiteral("Алматы, ул. Абая, 10, кв. 5"),
                     QStringLiteral("20-311-004-555")}};
    return e;
}

QString CaseFactory::validIin(const QString &first11)
{
    return first11 + QString::number(domain::Iin::checkDigit(first11));
}

QString CaseFactory::passportMrz()
{
    const auto withCheck = [](const QString &data) -> QString {
        return data + QString::number(domain::Mrz::checkDigit(data));
    };
    const QString line1 = QStringLiteral("P<UZBKARIMOV<<RUSTAM").leftJustified(44, u'<');
    const QString number = withCheck(QStringLiteral("FA1234567"));
    const QString birth = withCheck(QStringLiteral("900417"));
    const QString expiry = withCheck(QStringLiteral("290501"));
    const QString personal = withCheck(QString(14, u'<'));
    const QString composite = QString::number(domain::Mrz::checkDigit(QString(number + birth + expiry + personal)));
    return line1 + u'\n' + number + QStringLiteral("UZB") + birth + u'M' + expiry + personal + composite;
}

records::Application CaseFactory::acceptedCase() const
{
    auto imm = immigrant();
    store::ImmigrantRepository(m_db).create(imm, QStringLiteral("test"));
    // Each case its own employer: IINs are unique in the store.
    // A valid IIN (born 12 March 1985, a man of the 20th century): the next
    // serial number of this test run, the check digit computed, serials that
    // give none skipped.
    static int serial = 0;
    QString iin;
    while (iin.isEmpty()) {
        const QString first11 = QStringLiteral("8503123%1").arg(serial++ % 10000, 4, 10, QLatin1Char('0'));
        if (const int digit = domain::Iin::checkDigit(first11); digit >= 0)
            iin = first11 + QString::number(digit);
    }
    auto emp = employer(iin);
    store::EmployerRepository(m_db).create(emp, QStringLiteral("test"));
    records::Application a;
    a.kind = records::ApplicationKind::Issue;
    a.channel = records::Channel::StateCorporation;
    a.districtId = district();
    a.immigrantId = imm.id;
    a.employerId = emp.id;
    a.receivedAt = QDateTime(QDate(2026, 3, 20), QTime(10, 15), Qt::UTC);
    a.effectiveReceivedOn = QDate(2026, 3, 20);
    a.decisionDueOn = QDate(2026, 3, 26);
    a.requestedMonths = 6;
    a.workAddress = emp.properties.first().address;
    a.occupation = QStringLiteral("домработница");
    a.salaryKzt = 250000;
    store::CaseRepository cases(m_db);
    cases.create(a, QStringLiteral("test"));
    cases.registerCase(a, records::CaseStatus::Accepted, QStringLiteral("test"));
    return a;
}

store::User CaseFactory::account(const QString &login, records::Role role) const
{
    store::User u{QString(), login, login + QStringLiteral(" Testov"), QString(), role, 0, true};
    // A clerk or head works in a district, as in an akimat (without one they
    // would see nothing); an administrator of no district sees every one.
    if (role != records::Role::Admin)
        u.districtIds = {district()};
    store::UserRepository(m_db).create(u, accountPassword(), QStringLiteral("setup"));
    return u;
}

records::Permit CaseFactory::issuePermit(const records::Application &app, QDate from, QDate to) const
{
    store::IssueRequest request;
    request.applicationId = app.id;
    request.regionId = almatyRegionId();
    request.quotaYear = from.year();
    request.validFrom = from; // the chain starts here (PermitRepository's default)
    request.validTo = to;
    return store::PermitRepository(m_db).issue(request, QStringLiteral("test"));
}

void CaseFactory::writeDemoPeople(int people, quint32 seed, QDate today) const
{
    store::DemoWriter writer(m_db);
    demo::DemoGenerator generator(seed, today, demo::rulesFromStore(m_db));
    generator.setDistricts(writer.ensureCityDistricts(QStringLiteral("test")));
    QList<demo::DemoFile> files;
    for (int i = 0; i < people; ++i)
        files << generator.next();
    writer.writeBatch(files, QStringLiteral("test"));
}

} // namespace ruqsat::test

namespace ruqsat::test {

records::Application CaseFactory::namedCase(const QString &surnameLat, const QString &givenLat,
                                            const QString &surnameCyr, const QString &passport,
                                            const QString &employerSurname,
                                            const QString &employerGiven) const
{
    const records::Application app = acceptedCase();
    store::ImmigrantRepository people(m_db);
    records::Immigrant p = *people.find(app.immigrantId);
    p.surnameLat = surnameLat;
    p.givenNamesLat = givenLat;
    p.surnameCyr = surnameCyr;
    p.givenNamesCyr.clear();
    p.patronymicCyr.clear();
    p.patronymicLat.clear();
    p.passportSeries.clear();
    p.passportNumber = passport;
    people.update(p, QStringLiteral("test"));
    store::EmployerRepository employers(m_db);
    records::Employer e = *employers.find(app.employerId);
    e.surname = employerSurname;
    e.givenNames = employerGiven;
    employers.update(e, QStringLiteral("test"));
    return app;
}

} // namespace ruqsat::test
