// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ruqsat::demo {

// A name in both scripts, as a passport from the region would print it.
struct Name
{
    const char16_t *cyrillic;
    const char *latin;
};

// The people of one citizenship: how often they come, and their names.
struct Nationality
{
    const char *code;        // alpha-3, as in the MRZ
    int weight;              // share of applicants, in per mille
    const char *passportPrefix; // letters of the passport series
    bool slavicSurnames;     // female surnames take -a / -aya
    QList<Name> surnames;
    QList<Name> maleNames;
    QList<Name> femaleNames;
};

const QList<Nationality> &nationalities();

// Employers are citizens of Kazakhstan.
const QList<Name> &kazakhSurnames();
const QList<Name> &kazakhMaleNames();
const QList<Name> &kazakhFemaleNames();

const QList<const char16_t *> &occupations();

} // namespace ruqsat::demo
