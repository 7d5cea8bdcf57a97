// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImmigrantRepository.h"

#include "AuditLog.h"
#include "Binding.h"
#include "Database.h"
#include "Query.h"
#include "SearchText.h"
#include "StoreError.h"
#include "records/RecordChanges.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace ruqsat::store {

using records::FamilyMember;
using records::Immigrant;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::ImmigrantRepository", text);
}

const QString kColumns = QStringLiteral(
    "surname_cyr, given_names_cyr, patronymic_cyr, surname_lat, given_names_lat, patronymic_lat, "
    "surname_cyr_key, surname_lat_key, given_names_cyr_key, given_names_lat_key, search_text, sex, birth_date, birth_place, citizenship, iin, "
    "passport_series, passport_number, passport_issued_on, passport_issuer, passport_expires_on, "
    "permanent_address, temporary_address, phone, marital_status, children_count, home_phone");

} // namespace

void ImmigrantRepository::bindAndExec(const QString &sql, const Immigrant &p) const
{
    const QVariant now = m_db.dialect().time(QDateTime::currentDateTimeUtc());
    Query q(m_db, sql);
    q.bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":surname_cyr"), p.surnameCyr)
        .bind(QStringLiteral(":given_names_cyr"), p.givenNamesCyr)
        .bind(QStringLiteral(":patronymic_cyr"), p.patronymicCyr)
        .bind(QStringLiteral(":surname_lat"), p.surnameLat)
        .bind(QStringLiteral(":given_names_lat"), p.givenNamesLat)
        .bind(QStringLiteral(":patronymic_lat"), p.patronymicLat)
        .bind(QStringLiteral(":surname_cyr_key"), searchKey(p.surnameCyr))
        .bind(QStringLiteral(":surname_lat_key"), searchKey(p.surnameLat))
        .bind(QStringLiteral(":given_names_cyr_key"), searchKey(p.givenNamesCyr))
        .bind(QStringLiteral(":given_names_lat_key"), searchKey(p.givenNamesLat))
        .bind(QStringLiteral(":sex"), p.sex)
        .bind(QStringLiteral(":birth_date"), SqlDialect::date(p.birthDate))
        .bind(QStringLiteral(":birth_place"), p.birthPlace)
        .bind(QStringLiteral(":citizenship"), p.citizenship)
        .bind(QStringLiteral(":iin"), textOrNull(p.iin))
        .bind(QStringLiteral(":passport_series"), p.passportSeries)
        .bind(QStringLiteral(":passport_number"), p.passportNumber)
        .bind(QStringLiteral(":passport_issued_on"), SqlDialect::date(p.passportIssuedOn))
        .bind(QStringLiteral(":passport_issuer"), p.passportIssuer)
        .bind(QStringLiteral(":passport_expires_on"), SqlDialect::date(p.passportExpiresOn))
        .bind(QStringLiteral(":permanent_address"), p.permanentAddress)
        .bind(QStringLiteral(":temporary_address"), p.temporaryAddress)
        .bind(QStringLiteral(":phone"), p.phone)
        .bind(QStringLiteral(":marital_status"), p.maritalStatus)
        .bind(QStringLiteral(":children_count"), p.childrenCount)
        .bind(QStringLiteral(":home_phone"), p.homePhone)
        .bind(QStringLiteral(":search_text"), immigrantSearchText(p))
        .bind(QStringLiteral(":now"), now);
    if (sql.contains(QLatin1String(":version")))
        q.bind(QStringLiteral(":version"), p.version);
    q.exec();
    if (q.rowsAffected() == 0)
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("ruqsat::store", "The immigrant %1 is not in the store")
                             .arg(p.id));
}

void ImmigrantRepository::saveFamily(const Immigrant &p) const
{
    Query(m_db, QStringLiteral("DELETE FROM family_members WHERE immigrant_id = :id"))
        .bind(QStringLiteral(":id"), p.id)
        .exec();
    Query insert(m_db, QStringLiteral("INSERT INTO family_members (id, immigrant_id, position, "
                                      "relation, full_name, birth_year) VALUES (:id, :imm, :position, "
                                      ":rel, :name, :year)"));
    int position = 0;
    for (const FamilyMember &m : p.family) {
        insert.bind(QStringLiteral(":id"), newId())
            .bind(QStringLiteral(":imm"), p.id)
            .bind(QStringLiteral(":position"), position++)
            .bind(QStringLiteral(":rel"), m.relation)
            .bind(QStringLiteral(":name"), m.fullName)
            .bind(QStringLiteral(":year"), idOrNull(m.birthYear))
            .exec();
    }
}

QString ImmigrantRepository::create(Immigrant &p, const QString &actor) const
{
    if (p.id.isEmpty())
        p.id = newId();
    QString placeholders = QStringLiteral(":") + kColumns;
    placeholders.replace(QLatin1String(", "), QLatin1String(", :"));
    Transaction tx(m_db);
    bindAndExec(QLatin1String("INSERT INTO immigrants (id, ") + kColumns +
                    QLatin1String(", created_at, updated_at) VALUES (:id, ") + placeholders +
                    QLatin1String(", :now, :now)"),
                p);
    saveFamily(p);
    AuditLog(m_db).append(actor, QStringLiteral("immigrant"), p.id, QStringLiteral("create"));
    tx.commit();
    p.version = 1;
    return p.id;
}

void ImmigrantRepository::update(Immigrant &p, const QString &actor) const
{
    Transaction tx(m_db);
    const QList<Immigrant> stored = select(QStringLiteral("id = :v"), p.id, true);
    if (stored.isEmpty())
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("ruqsat::store", "The immigrant %1 is not in the store")
                .arg(p.id));
    if (stored.first().version != p.version)
        throw StoreError(
            StoreError::Kind::Conflict,
            tr("Someone else saved this immigrant while you were editing (your copy is version %1, "
               "the store holds version %2). Nothing was overwritten.")
                .arg(p.version)
                .arg(stored.first().version));
    const QList<records::FieldChange> changed = records::changes(stored.first(), p);
    if (changed.isEmpty()) {
        tx.commit(); // nothing to write: no new version, no audit row
        return;
    }
    QString assignments;
    for (const QString &column : kColumns.split(QLatin1String(", ")))
        assignments += column + QLatin1String(" = :") + column + QLatin1String(", ");
    bindAndExec(
        QLatin1String("UPDATE immigrants SET ") + assignments +
            QLatin1String(
                "version = version + 1, updated_at = :now WHERE id = :id AND version = :version"),
        p);
    saveFamily(p);
    // The register sorts cases by the immigrant's name.
    Query(m_db, QStringLiteral("UPDATE applications SET immigrant_sort = :sort WHERE immigrant_id = :id"))
        .bind(QStringLiteral(":sort"), immigrantSortKey(p.surnameLat, p.givenNamesLat))
        .bind(QStringLiteral(":id"), p.id)
        .exec();
    QJsonObject details = records::auditDetails(changed);
    details.insert(QStringLiteral("version"), AuditLog::versionStep(p.version));
    AuditLog(m_db).append(actor, QStringLiteral("immigrant"), p.id, QStringLiteral("update"),
                          details);
    tx.commit();
    ++p.version;
}

QList<Immigrant> ImmigrantRepository::select(const QString &where, const QString &value,
                                             bool lock) const
{
    Query q(m_db, QLatin1String("SELECT id, ") + kColumns +
                      QLatin1String(", version FROM immigrants WHERE ") + where +
                      QLatin1String(" ORDER BY surname_lat_key, id") +
                      (lock ? m_db.dialect().lockRows() : QString()));
    q.bind(QStringLiteral(":v"), value).exec();
    QList<Immigrant> found;
    while (q.next()) {
        Immigrant p;
        int c = 0;
        p.id = q.value(c++).toString();
        p.surnameCyr = q.value(c++).toString();
        p.givenNamesCyr = q.value(c++).toString();
        p.patronymicCyr = q.value(c++).toString();
        p.surnameLat = q.value(c++).toString();
        p.givenNamesLat = q.value(c++).toString();
        p.patronymicLat = q.value(c++).toString();
        c += 5; // search keys and text
        p.sex = q.value(c++).toString();
        p.birthDate = SqlDialect::dateFrom(q.value(c++));
        p.birthPlace = q.value(c++).toString();
        p.citizenship = q.value(c++).toString();
        p.iin = q.value(c++).toString();
        p.passportSeries = q.value(c++).toString();
        p.passportNumber = q.value(c++).toString();
        p.passportIssuedOn = SqlDialect::dateFrom(q.value(c++));
        p.passportIssuer = q.value(c++).toString();
        p.passportExpiresOn = SqlDialect::dateFrom(q.value(c++));
        p.permanentAddress = q.value(c++).toString();
        p.temporaryAddress = q.value(c++).toString();
        p.phone = q.value(c++).toString();
        p.maritalStatus = q.value(c++).toString();
        p.childrenCount = q.value(c++).toInt();
        p.homePhone = q.value(c++).toString();
        p.version = q.value(c++).toInt();
        found << p;
    }
    q.finish();
    Query family(m_db, QStringLiteral("SELECT relation, full_name, birth_year FROM family_members "
                                      "WHERE immigrant_id = :id ORDER BY position"));
    for (Immigrant &p : found) {
        family.bind(QStringLiteral(":id"), p.id).exec();
        while (family.next())
            p.family << FamilyMember{family.value(0).toString(), family.value(1).toString(),
                                     family.value(2).toInt()};
    }
    return found;
}

std::optional<Immigrant> ImmigrantRepository::find(const QString &id) const
{
    const auto found = select(QStringLiteral("id = :v"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Immigrant> ImmigrantRepository::findByIin(const QString &iin) const
{
    return select(QStringLiteral("iin = :v"), iin);
}

QList<Immigrant> ImmigrantRepository::findByPassport(const QString &passportNumber) const
{
    return select(QStringLiteral("passport_number = :v"), passportNumber);
}

} // namespace ruqsat::store
