// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeForm.h"

#include <QJsonArray>
#include <algorithm>

namespace ruqsat::intake {

using namespace records;

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// One table of text fields per record keeps the two directions in step.
template <typename R> using TextFields = QList<std::pair<const char *, QString R::*>>;

const TextFields<Immigrant> &immigrantTexts()
{
    static const TextFields<Immigrant> fields = {
        {"id", &Immigrant::id}, {"surnameCyr", &Immigrant::surnameCyr}, {"givenNamesCyr", &Immigrant::givenNamesCyr},
        {"patronymicCyr", &Immigrant::patronymicCyr}, {"surnameLat", &Immigrant::surnameLat},
        {"givenNamesLat", &Immigrant::givenNamesLat}, {"patronymicLat", &Immigrant::patronymicLat},
        {"sex", &Immigrant::sex}, {"birthPlace", &Immigrant::birthPlace}, {"citizenship", &Immigrant::citizenship},
        {"iin", &Immigrant::iin}, {"passportSeries", &Immigrant::passportSeries},
        {"passportNumber", &Immigrant::passportNumber}, {"passportIssuer", &Immigrant::passportIssuer},
        {"permanentAddress", &Immigrant::permanentAddress}, {"temporaryAddress", &Immigrant::temporaryAddress},
        {"phone", &Immigrant::phone}, {"maritalStatus", &Immigrant::maritalStatus}, {"homePhone", &Immigrant::homePhone}};
    return fields;
}

const TextFields<Employer> &employerTexts()
{
    static const TextFields<Employer> fields = {
        {"id", &Employer::id}, {"iin", &Employer::iin}, {"surname", &Employer::surname},
        {"givenNames", &Employer::givenNames}, {"patronymic", &Employer::patronymic},
        {"idDocNumber", &Employer::idDocNumber}, {"idDocIssuer", &Employer::idDocIssuer},
        {"registrationAddress", &Employer::registrationAddress}, {"residentialAddress", &Employer::residentialAddress},
        {"phone", &Employer::phone}};
    return fields;
}

const TextFields<Application> &applicationTexts()
{
    static const TextFields<Application> fields = {
        {"id", &Application::id}, {"registryNumber", &Application::registryNumber},
        {"immigrantId", &Application::immigrantId}, {"employerId", &Application::employerId},
        {"extendsPermitId", &Application::extendsPermitId}, {"workAddress", &Application::workAddress},
        {"occupation", &Application::occupation}};
    return fields;
}

template <typename R> void writeTexts(QJsonObject &o, const R &r, const TextFields<R> &fields)
{
    for (const auto &[name, member] : fields)
        o.insert(QLatin1String(name), r.*member);
}

template <typename R> void readTexts(const QJsonObject &o, R &r, const TextFields<R> &fields)
{
    for (const auto &[name, member] : fields)
        r.*member = o.value(QLatin1String(name)).toString();
}

template <typename R>
void addTexts(QList<std::pair<QString, QString>> &out, const QString &part, const R &r,
              const TextFields<R> &fields)
{
    for (const auto &[name, member] : fields)
        out.append({part + QLatin1String(name), r.*member});
}

} // namespace

QList<std::pair<QString, QString>> IntakeForm::texts() const
{
    QList<std::pair<QString, QString>> out;
    addTexts(out, QStringLiteral("immigrant."), immigrant, immigrantTexts());
    for (const FamilyMember &m : immigrant.family)
        out.append({QStringLiteral("immigrant.family.fullName"), m.fullName});
    addTexts(out, QStringLiteral("employer."), employer, employerTexts());
    for (const Property &p : employer.properties) {
        out.append({QStringLiteral("employer.property"), p.address});
        out.append({QStringLiteral("employer.property.cadastralNumber"), p.cadastralNumber});
    }
    addTexts(out, QStringLiteral("application."), application, applicationTexts());
    return out;
}

QJsonObject IntakeForm::toJson() const
{
    QJsonObject imm;
    writeTexts(imm, immigrant, immigrantTexts());
    imm.insert(QStringLiteral("birthDate"), dateText(immigrant.birthDate));
    imm.insert(QStringLiteral("passportIssuedOn"), dateText(immigrant.passportIssuedOn));
    imm.insert(QStringLiteral("passportExpiresOn"), dateText(immigrant.passportExpiresOn));
    imm.insert(QStringLiteral("childrenCount"), immigrant.childrenCount);
    QJsonArray family;
    for (const FamilyMember &m : immigrant.family)
        family.append(QJsonObject{{QStringLiteral("relation"), m.relation},
                                  {QStringLiteral("fullName"), m.fullName},
                                  {QStringLiteral("birthYear"), m.birthYear}});
    imm.insert(QStringLiteral("family"), family);
    imm.insert(QStringLiteral("version"), immigrant.version);

    QJsonObject emp;
    writeTexts(emp, employer, employerTexts());
    emp.insert(QStringLiteral("birthYear"), employer.birthYear);
    emp.insert(QStringLiteral("idDocIssuedOn"), dateText(employer.idDocIssuedOn));
    QJsonArray properties;
    for (const Property &p : employer.properties)
        properties.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("districtId"), p.districtId},
                                      {QStringLiteral("address"), p.address},
                                      {QStringLiteral("cadastralNumber"), p.cadastralNumber}});
    emp.insert(QStringLiteral("properties"), properties);
    emp.insert(QStringLiteral("version"), employer.version);

    QJsonObject app;
    writeTexts(app, application, applicationTexts());
    app.insert(QStringLiteral("kind"), code(application.kind));
    app.insert(QStringLiteral("channel"), code(application.channel));
    app.insert(QStringLiteral("status"), code(application.status));
    app.insert(QStringLiteral("districtId"), application.districtId);
    app.insert(QStringLiteral("receivedAt"), application.receivedAt.toUTC().toString(Qt::ISODateWithMs));
    app.insert(QStringLiteral("requestedMonths"), application.requestedMonths);
    app.insert(QStringLiteral("intentSignedOn"), dateText(application.intentSignedOn));
    app.insert(QStringLiteral("version"), application.version);
    if (application.salaryKzt)
        app.insert(QStringLiteral("salaryKzt"), double(*application.salaryKzt));
    QJsonObject unparsed;
    for (auto it = unparsedDates.begin(); it != unparsedDates.end(); ++it)
        unparsed.insert(it.key(), it.value());
    return {{QStringLiteral("draftId"), draftId},
            {QStringLiteral("immigrant"), imm},
            {QStringLiteral("employer"), emp},
            {QStringLiteral("application"), app},
            {QStringLiteral("unparsedDates"), unparsed}};
}

IntakeForm IntakeForm::fromJson(const QJsonObject &json)
{
    IntakeForm f;
    f.draftId = json.value(QStringLiteral("draftId")).toString();
    const QJsonObject imm = json.value(QStringLiteral("immigrant")).toObject();
    readTexts(imm, f.immigrant, immigrantTexts());
    f.immigrant.birthDate = dateOf(imm.value(QStringLiteral("birthDate")));
    f.immigrant.passportIssuedOn = dateOf(imm.value(QStringLiteral("passportIssuedOn")));
    f.immigrant.passportExpiresOn = dateOf(imm.value(QStringLiteral("passportExpiresOn")));
    f.immigrant.childrenCount = imm.value(QStringLiteral("childrenCount")).toInt();
    for (const QJsonValue &v : imm.value(QStringLiteral("family")).toArray()) {
        const QJsonObject m = v.toObject();
        f.immigrant.family << FamilyMember{m.value(QStringLiteral("relation")).toString(),
                                           m.value(QStringLiteral("fullName")).toString(),
                                           m.value(QStringLiteral("birthYear")).toInt()};
    }
    f.immigrant.version = imm.value(QStringLiteral("version")).toInt();
    const QJsonObject emp = json.value(QStringLiteral("employer")).toObject();
    readTexts(emp, f.employer, employerTexts());
    f.employer.birthYear = emp.value(QStringLiteral("birthYear")).toInt();
    f.employer.idDocIssuedOn = dateOf(emp.value(QStringLiteral("idDocIssuedOn")));
    for (const QJsonValue &v : emp.value(QStringLiteral("properties")).toArray()) {
        const QJsonObject p = v.toObject();
        f.employer.properties << Property{p.value(QStringLiteral("id")).toString(),
                                          p.value(QStringLiteral("districtId")).toInt(),
                                          p.value(QStringLiteral("address")).toString(),
                                          p.value(QStringLiteral("cadastralNumber")).toString()};
    }
    f.employer.version = emp.value(QStringLiteral("version")).toInt();
    const QJsonObject app = json.value(QStringLiteral("application")).toObject();
    readTexts(app, f.application, applicationTexts());
    f.application.kind = fromCode<ApplicationKind>(app.value(QStringLiteral("kind")).toString()).value_or(ApplicationKind::Issue);
    f.application.channel = fromCode<Channel>(app.value(QStringLiteral("channel")).toString()).value_or(Channel::StateCorporation);
    f.application.status = fromCode<CaseStatus>(app.value(QStringLiteral("status")).toString()).value_or(CaseStatus::Draft);
    f.application.districtId = app.value(QStringLiteral("districtId")).toInt();
    f.application.receivedAt = QDateTime::fromString(app.value(QStringLiteral("receivedAt")).toString(), Qt::ISODateWithMs);
    f.application.requestedMonths = app.value(QStringLiteral("requestedMonths")).toInt(12);
    f.application.intentSignedOn = dateOf(app.value(QStringLiteral("intentSignedOn")));
    f.application.version = app.value(QStringLiteral("version")).toInt();
    if (app.contains(QStringLiteral("salaryKzt")))
        f.application.salaryKzt = qint64(app.value(QStringLiteral("salaryKzt")).toDouble());
    const QJsonObject unparsed = json.value(QStringLiteral("unparsedDates")).toObject();
    for (auto it = unparsed.begin(); it != unparsed.end(); ++it)
        f.unparsedDates.insert(it.key(), it.value().toString());
    return f;
}

namespace {

const QString kSpouse = QStringLiteral("spouse");

} // namespace

FamilyMember spouseOf(const Immigrant &immigrant)
{
    for (const FamilyMember &m : immigrant.family)
        if (m.relation == kSpouse)
            return m;
    return {kSpouse, QString(), 0};
}

void setSpouse(Immigrant &immigrant, const QString &fullName, int birthYear)
{
    auto it = std::find_if(immigrant.family.begin(), immigrant.family.end(),
                           [](const FamilyMember &m) { return m.relation == kSpouse; });
    if (fullName.trimmed().isEmpty() && birthYear == 0) {
        if (it != immigrant.family.end())
            immigrant.family.erase(it);
        return;
    }
    if (it == immigrant.family.end()) {
        immigrant.family.prepend({kSpouse, QString(), 0});
        it = immigrant.family.begin();
    }
    it->fullName = fullName.trimmed();
    it->birthYear = birthYear;
}

} // namespace ruqsat::intake
