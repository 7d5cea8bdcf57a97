// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Case.h"
#include "records/People.h"

#include <QJsonObject>
#include <QMap>

namespace ruqsat::intake {

// Everything a clerk types for one application (Appendix 1): the immigrant,
// the employer and the application. It is also the draft kept on disk while
// the clerk types, so it converts to and from JSON losslessly.
struct IntakeForm
{
    QString draftId; // the draft file's name; set when the editor opens
    records::Immigrant immigrant;
    records::Employer employer;
    records::Application application;
    // Dates typed that are not a day ("31.02.2022"), by field name
    // ("immigrant.birthDate"), kept as typed: the draft loses nothing, and the
    // checks refuse each beside its field instead of it being stored as no date.
    QMap<QString, QString> unparsedDates;

    // Every text of the form by field name, "immigrant.surnameLat", with
    // "immigrant.family.fullName" once per family member and
    // "employer.property" once per property: what the length checks read.
    QList<std::pair<QString, QString>> texts() const;

    QJsonObject toJson() const;
    static IntakeForm fromJson(const QJsonObject &json);
    bool operator==(const IntakeForm &) const = default;
};

// Appendix 1, item 2 asks for the spouse by name and year of birth: the
// first family member related as "spouse" (an empty one when there is none).
records::FamilyMember spouseOf(const records::Immigrant &immigrant);
// Sets the spouse's name and year, adding the member or, when both are
// empty, removing it; the other members stay as they are.
void setSpouse(records::Immigrant &immigrant, const QString &fullName, int birthYear);

} // namespace ruqsat::intake
