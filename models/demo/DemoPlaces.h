// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/DistrictBodies.h"

#include <QList>
#include <QString>

namespace ruqsat::demo {

// Where the immigrants of one citizenship come from, as a clerk writes it on
// the application (in Russian): towns and villages, streets, and the
// authority that issues their passports.
struct Homeland
{
    const char *code; // alpha-3, as Nationality::code
    const char16_t *passportIssuer;
    QList<const char16_t *> places; // "г. Самарканд", "с. Беловодское"
    QList<const char16_t *> streets;
};
// The homeland of citizenship `code` (the first one for a code not listed).
const Homeland &homeland(const QString &code);

// A district of a city of republican significance with its akimat and akim.
struct CityDistrict
{
    const char16_t *nameKk; // "Алмалы ауданы"
    const char16_t *nameRu; // "Алмалинский район"
    const char *nameEn;     // "Almaly District"
    const char16_t *akimatRu; // "Аппарат акима Алмалинского района города Алматы"
    const char16_t *akim;     // the head who signs, surname first
};

// The three cities of republican significance: districts, streets and
// microdistricts, and the city's police department (the addressee of
// Appendix 9 for all its districts).
struct City
{
    const char *kato;
    const char16_t *name; // the same in Kazakh and Russian
    const char *nameEn;
    QList<CityDistrict> districts;
    QList<const char16_t *> streets;
    const char16_t *policeKk;
    const char16_t *policeRu;
    const char *policeEn;
};
const QList<City> &cities();

// The bodies the demo gives a district of `city`, in Kazakh, Russian and English.
records::DistrictBodies districtBodies(const City &city, const CityDistrict &district);

} // namespace ruqsat::demo
