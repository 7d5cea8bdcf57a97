// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Language.h"
#include "records/DistrictBodies.h"

#include <QList>
#include <QString>
#include <optional>

namespace ruqsat::store {

class Database;

struct Region
{
    int id = 0;
    QString kato, kind, nameKk, nameRu, nameEn;

    domain::TrilingualText names() const { return {nameKk, nameRu, nameEn}; }
};

struct District
{
    int id = 0;
    int regionId = 0;
    QString kato; // may be empty until the administrator enters it
    QString nameKk, nameRu, nameEn;
    records::DistrictBodies bodies{}; // empty until the administrator enters them

    domain::TrilingualText names() const { return {nameKk, nameRu, nameEn}; }
};

struct Country
{
    QString code, nameKk, nameRu, nameEn;
};

// Regions, districts and countries: the lookups of the forms.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(const Database &db) : m_db(db) {}

    QList<Region> regions() const;
    std::optional<Region> regionByKato(const QString &kato) const;
    QList<District> districts(int regionId) const;
    // Every district of the store, by region and name.
    QList<District> allDistricts() const;
    std::optional<District> district(int id) const;
    int addDistrict(District &district, const QString &actor) const;
    // Replaces the district's bodies; the audit row names the fields that
    // changed, old and new. Throws StoreError::NotFound for an unknown id.
    void setDistrictBodies(int districtId, const records::DistrictBodies &bodies,
                           const QString &actor) const;
    QList<Country> countries() const;

private:
    // `where` may be empty (every district); it binds :v to `value`.
    QList<District> selectDistricts(const QString &where, int value, const QString &order) const;
    const Database &m_db;
};

} // namespace ruqsat::store
