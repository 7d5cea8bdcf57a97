// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Case.h"
#include "records/People.h"

#include <QJsonObject>

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
