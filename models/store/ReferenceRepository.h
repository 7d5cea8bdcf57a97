// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace ruqsat::store {

class Database;

struct Region
{
    int id = 0;
    QString kato, kind, nameKk, nameRu, nameEn;
};

struct District
{
    int id = 0;
    int regionId = 0;
    QString kato; // may be empty until the administrator enters it
    QString nameKk, nameRu, nameEn;
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
    std::optional<District> district(int id) const;
    int addDistrict(District &district, const QString &actor) const;
    QList<Country> countries() const;

private:
    QList<District> selectDistricts(const QString &where, int value) const;
    const Database &m_db;
};

} // namespace ruqsat::store
