// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormRenderer.h"

#include <QList>
#include <QStringList>

namespace ruqsat::printing {

// A district whose forms would print a blank (or another language's name)
// where its issuing body, its head or its police body belongs.
struct MissingBodies
{
    int districtId = 0;
    QString districtName; // in the language of the screens
    QStringList keys;     // records::DistrictBodyField keys, in that list's order
};

// What the items print of their districts' bodies that the districts do not
// have, per district, for the forms and languages asked: the issuing body on
// Appendices 1, 5, 6, 7, 8 and 9; its head's position and name on 5, 8 and
// 9; the police body on 9. English takes the Russian text when it has none
// of its own, as the forms do. Empty when nothing is missing.
QList<MissingBodies> missingBodies(const QList<PrintItem> &items);

// "Not set for the district X: Issuing body, in Kazakh; Head's full name
// (signs the permits)." One line per district, in the language of the screens.
QString describeMissingBodies(const QList<MissingBodies> &missing);

} // namespace ruqsat::printing
