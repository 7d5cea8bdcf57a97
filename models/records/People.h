// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ruqsat::records {

// Appendix 1, item 2: one member of the immigrant's family.
struct FamilyMember
{
    QString relation; // spouse, child, parent, other
    QString fullName;
    int birthYear = 0; // 0: not known
    bool operator==(const FamilyMember &) const = default;
};

// The labour immigrant, as in Appendix 1 and the passport.
struct Immigrant
{
    QString id;
    QString surnameCyr, givenNamesCyr, patronymicCyr;
    QString surnameLat, givenNamesLat, patronymicLat; // printed on the permit (Appendix 5)
    QString sex = QStringLiteral("M"); // M, F or X as in the MRZ
    QDate birthDate;
    QString birthPlace;
    QString citizenship; // alpha-3 code, as in the MRZ
    QString iin;         // empty until one is assigned
    QString passportSeries, passportNumber;
    QDate passportIssuedOn;
    QString passportIssuer;
    QDate passportExpiresOn;
    QString permanentAddress, temporaryAddress, phone;
    QString maritalStatus; // '', single, married, divorced, widowed
    int childrenCount = 0;
    QString homePhone;
    QList<FamilyMember> family;
    int version = 0; // optimistic locking: the version this copy was read at
    bool operator==(const Immigrant &) const = default;
};

// R-ADDRESS: real estate the employer owns.
struct Property
{
    QString id;
    int districtId = 0; // 0: not known
    QString address;
    QString cadastralNumber;
    bool operator==(const Property &) const = default;
};

// The individual employer.
struct Employer
{
    QString id;
    QString iin;
    QString surname, givenNames, patronymic;
    int birthYear = 0;
    QString idDocNumber;
    QDate idDocIssuedOn;
    QString idDocIssuer;
    QString registrationAddress, residentialAddress, phone;
    QList<Property> properties;
    int version = 0; // optimistic locking: the version this copy was read at
    bool operator==(const Employer &) const = default;
};

} // namespace ruqsat::records
