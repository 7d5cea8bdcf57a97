// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceRepository.h"

#include "AuditLog.h"
#include "Binding.h"
#include "Database.h"
#include "Query.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ruqsat::store {

namespace {

// A body's column is named like its key, with '_' for '.' (schema 6). The
// keys are the program's own, never typed text, so they may go into SQL.
QString columnOf(const records::DistrictBodyField &field)
{
    return QString(field.key).replace(u'.', u'_');
}

QStringList bodyColumns()
{
    QStringList columns;
    for (const records::DistrictBodyField &field : records::districtBodyFields())
        columns << columnOf(field);
    return columns;
}

} // namespace

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

QList<District> ReferenceRepository::selectDistricts(const QString &where, int value,
                                                     const QString &order) const
{
    QString sql = QLatin1String("SELECT id, region_id, kato, name_kk, name_ru, name_en, ") +
                  bodyColumns().join(QLatin1String(", ")) + QLatin1String(" FROM districts");
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where;
    Query q(m_db, sql + QLatin1String(" ORDER BY ") + order);
    if (!where.isEmpty())
        q.bind(QStringLiteral(":v"), value);
    q.exec();
    QList<District> list;
    while (q.next()) {
        District d{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        int column = 6;
        for (const records::DistrictBodyField &field : records::districtBodyFields())
            d.bodies.*field.member = q.value(column++).toString();
        list << d;
    }
    return list;
}

QList<District> ReferenceRepository::districts(int regionId) const
{
    return selectDistricts(QStringLiteral("region_id = :v"), regionId, QStringLiteral("name_ru"));
}

QList<District> ReferenceRepository::allDistricts() const
{
    return selectDistricts(QString(), 0, QStringLiteral("region_id, name_ru"));
}

std::optional<District> ReferenceRepository::district(int id) const
{
    const auto list = selectDistricts(QStringLiteral("id = :v"), id, QStringLiteral("id"));
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

int ReferenceRepository::addDistrict(District &d, const QString &actor) const
{
    Transaction tx(m_db);
    QStringList placeholders;
    QVariantMap values{{QStringLiteral(":region"), d.regionId},
                       {QStringLiteral(":kato"), textOrNull(d.kato)},
                       {QStringLiteral(":kk"), d.nameKk},
                       {QStringLiteral(":ru"), d.nameRu},
                       {QStringLiteral(":en"), d.nameEn}};
    for (const records::DistrictBodyField &field : records::districtBodyFields()) {
        placeholders << u':' + columnOf(field);
        values.insert(placeholders.last(), d.bodies.*field.member);
    }
    d.id = Query(m_db, QLatin1String("INSERT INTO districts (region_id, kato, name_kk, name_ru, name_en, ") +
                           bodyColumns().join(QLatin1String(", ")) +
                           QLatin1String(") VALUES (:region, :kato, :kk, :ru, :en, ") +
                           placeholders.join(QLatin1String(", ")) + QLatin1String(") RETURNING id"))
               .bind(values)
               .scalar()
               .toInt();
    AuditLog(m_db).append(actor, QStringLiteral("district"), QString::number(d.id), QStringLiteral("create"),
                          {{QStringLiteral("name_ru"), d.nameRu}});
    tx.commit();
    return d.id;
}

void ReferenceRepository::setDistrictBodies(int districtId, const records::DistrictBodies &bodies,
                                            const QString &actor) const
{
    Transaction tx(m_db);
    const auto old = district(districtId);
    if (!old)
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("ruqsat::store::ReferenceRepository",
                                                     "There is no district %1.")
                             .arg(districtId));
    QStringList assignments;
    QVariantMap values{{QStringLiteral(":id"), districtId}};
    QJsonObject changes;
    for (const records::DistrictBodyField &field : records::districtBodyFields()) {
        const QString before = old->bodies.*field.member, after = bodies.*field.member;
        if (before == after)
            continue;
        const QString column = columnOf(field);
        assignments << column + QLatin1String(" = :") + column;
        values.insert(u':' + column, after);
        changes.insert(field.key, QJsonObject{{QStringLiteral("old"), before}, {QStringLiteral("new"), after}});
    }
    if (assignments.isEmpty())
        return; // nothing to write, nothing to log
    Query(m_db, QLatin1String("UPDATE districts SET ") + assignments.join(QLatin1String(", ")) +
                    QLatin1String(" WHERE id = :id"))
        .bind(values)
        .exec();
    AuditLog(m_db).append(actor, QStringLiteral("district"), QString::number(districtId),
                          QStringLiteral("update"), changes);
    tx.commit();
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
