// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceRepository.h"

#include "AuditLog.h"
#include "Binding.h"
#include "Database.h"
#include "Query.h"

namespace ruqsat::store {

QList<Region> ReferenceRepository::regions() const
{
    Query q(m_db, QStringLiteral("SELECT id, kato, kind, name_kk, name_ru, name_en FROM regions ORDER BY kato"));
    q.exec();
    QList<Region> list;
    while (q.next())
        list << Region{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return list;
}

std::optional<Region> ReferenceRepository::regionByKato(const QString &kato) const
{
    for (const Region &r : regions())
        if (r.kato == kato)
            return r;
    return std::nullopt;
}

QList<District> ReferenceRepository::selectDistricts(const QString &where, int value) const
{
    Query q(m_db, QLatin1String("SELECT id, region_id, kato, name_kk, name_ru, name_en FROM districts WHERE ") +
                      where + QLatin1String(" ORDER BY name_ru"));
    q.bind(QStringLiteral(":v"), value).exec();
    QList<District> list;
    while (q.next())
        list << District{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return list;
}

QList<District> ReferenceRepository::districts(int regionId) const
{
    return selectDistricts(QStringLiteral("region_id = :v"), regionId);
}

std::optional<District> ReferenceRepository::district(int id) const
{
    const auto list = selectDistricts(QStringLiteral("id = :v"), id);
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

int ReferenceRepository::addDistrict(District &d, const QString &actor) const
{
    Transaction tx(m_db);
    d.id = Query(m_db, QStringLiteral("INSERT INTO districts (region_id, kato, name_kk, name_ru, name_en) "
                                      "VALUES (:region, :kato, :kk, :ru, :en) RETURNING id"))
               .bind(QStringLiteral(":region"), d.regionId)
               .bind(QStringLiteral(":kato"), textOrNull(d.kato))
               .bind(QStringLiteral(":kk"), d.nameKk)
               .bind(QStringLiteral(":ru"), d.nameRu)
               .bind(QStringLiteral(":en"), d.nameEn)
               .scalar()
               .toInt();
    AuditLog(m_db).append(actor, QStringLiteral("district"), QString::number(d.id), QStringLiteral("create"),
                          {{QStringLiteral("name_ru"), d.nameRu}});
    tx.commit();
    return d.id;
}

QList<Country> ReferenceRepository::countries() const
{
    Query q(m_db, QStringLiteral("SELECT code, name_kk, name_ru, name_en FROM countries ORDER BY name_en"));
    q.exec();
    QList<Country> list;
    while (q.next())
        list << Country{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()};
    return list;
}

} // namespace ruqsat::store
