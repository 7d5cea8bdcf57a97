// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmployerRepository.h"

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

using records::Employer;
using records::Property;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::EmployerRepository", text);
}

const QString kColumns = QStringLiteral(
    "iin, surname, given_names, patronymic, surname_key, search_text, birth_year, id_doc_number, "
    "id_doc_issued_on, id_doc_issuer, registration_address, residential_address, phone");

Query &bindEmployer(Query &q, const Employer &e)
{
    return q.bind(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":iin"), e.iin)
        .bind(QStringLiteral(":surname"), e.surname)
        .bind(QStringLiteral(":given_names"), e.givenNames)
        .bind(QStringLiteral(":patronymic"), e.patronymic)
        .bind(QStringLiteral(":surname_key"), searchKey(e.surname))
        .bind(QStringLiteral(":birth_year"), e.birthYear)
        .bind(QStringLiteral(":id_doc_number"), e.idDocNumber)
        .bind(QStringLiteral(":id_doc_issued_on"), SqlDialect::date(e.idDocIssuedOn))
        .bind(QStringLiteral(":id_doc_issuer"), e.idDocIssuer)
        .bind(QStringLiteral(":registration_address"), e.registrationAddress)
        .bind(QStringLiteral(":residential_address"), e.residentialAddress)
        .bind(QStringLiteral(":phone"), e.phone)
        .bind(QStringLiteral(":search_text"), employerSearchText(e));
}

} // namespace

void EmployerRepository::saveProperties(Employer &e) const
{
    Query(m_db, QStringLiteral("DELETE FROM employer_properties WHERE employer_id = :id"))
        .bind(QStringLiteral(":id"), e.id)
        .exec();
    Query insert(m_db, QStringLiteral("INSERT INTO employer_properties (id, employer_id, position, "
                                      "district_id, address, cadastral_number) VALUES (:id, :emp, "
                                      ":position, :district, :address, :cadastral)"));
    int position = 0;
    for (Property &p : e.properties) {
        if (p.id.isEmpty())
            p.id = newId();
        insert.bind(QStringLiteral(":id"), p.id)
            .bind(QStringLiteral(":emp"), e.id)
            .bind(QStringLiteral(":position"), position++)
            .bind(QStringLiteral(":district"), idOrNull(p.districtId))
            .bind(QStringLiteral(":address"), p.address)
            .bind(QStringLiteral(":cadastral"), p.cadastralNumber)
            .exec();
    }
}

QString EmployerRepository::create(Employer &e, const QString &actor) const
{
    if (e.id.isEmpty())
        e.id = newId();
    QString placeholders = QStringLiteral(":") + kColumns;
    placeholders.replace(QLatin1String(", "), QLatin1String(", :"));
    Transaction tx(m_db);
    Query q(m_db, QLatin1String("INSERT INTO employers (id, ") + kColumns +
                      QLatin1String(", created_at, updated_at) VALUES (:id, ") + placeholders +
                      QLatin1String(", :now, :now)"));
    bindEmployer(q, e).bind(QStringLiteral(":now"), m_db.dialect().time(QDateTime::currentDateTimeUtc()));
    q.exec();
    saveProperties(e);
    AuditLog(m_db).append(actor, QStringLiteral("employer"), e.id, QStringLiteral("create"));
    tx.commit();
    e.version = 1;
    return e.id;
}

void EmployerRepository::update(Employer &e, const QString &actor) const
{
    Transaction tx(m_db);
    const auto stored = selectOne(QStringLiteral("id = :v"), e.id, true);
    if (!stored)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("ruqsat::store", "The employer %1 is not in the store")
                .arg(e.id));
    if (stored->version != e.version)
        throw StoreError(
            StoreError::Kind::Conflict,
            tr("Someone else saved this employer while you were editing (your copy is version %1, "
               "the store holds version %2). Nothing was overwritten.")
                .arg(e.version)
                .arg(stored->version));
    const QList<records::FieldChange> changed = records::changes(*stored, e);
    if (changed.isEmpty()) {
        tx.commit(); // nothing to write: no new version, no audit row
        return;
    }
    QString assignments;
    for (const QString &column : kColumns.split(QLatin1String(", ")))
        assignments += column + QLatin1String(" = :") + column + QLatin1String(", ");
    Query q(
        m_db,
        QLatin1String("UPDATE employers SET ") + assignments +
            QLatin1String(
                "version = version + 1, updated_at = :now WHERE id = :id AND version = :version"));
    bindEmployer(q, e)
        .bind(QStringLiteral(":now"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":version"), e.version);
    q.exec();
    saveProperties(e);
    QJsonObject details = records::auditDetails(changed);
    details.insert(QStringLiteral("version"), AuditLog::versionStep(e.version));
    AuditLog(m_db).append(actor, QStringLiteral("employer"), e.id, QStringLiteral("update"),
                          details);
    tx.commit();
    ++e.version;
}

std::optional<Employer> EmployerRepository::selectOne(const QString &where, const QString &value,
                                                      bool lock) const
{
    Query q(m_db, QLatin1String("SELECT id, ") + kColumns +
                      QLatin1String(", version FROM employers WHERE ") + where +
                      (lock ? m_db.dialect().lockRows() : QString()));
    q.bind(QStringLiteral(":v"), value).exec();
    if (!q.next())
        return std::nullopt;
    Employer e;
    int c = 0;
    e.id = q.value(c++).toString();
    e.iin = q.value(c++).toString();
    e.surname = q.value(c++).toString();
    e.givenNames = q.value(c++).toString();
    e.patronymic = q.value(c++).toString();
    c += 2; // search key and text
    e.birthYear = q.value(c++).toInt();
    e.idDocNumber = q.value(c++).toString();
    e.idDocIssuedOn = SqlDialect::dateFrom(q.value(c++));
    e.idDocIssuer = q.value(c++).toString();
    e.registrationAddress = q.value(c++).toString();
    e.residentialAddress = q.value(c++).toString();
    e.phone = q.value(c++).toString();
    e.version = q.value(c++).toInt();
    q.finish();
    Query props(m_db, QStringLiteral("SELECT id, district_id, address, cadastral_number FROM "
                                     "employer_properties WHERE employer_id = :id ORDER BY position"));
    props.bind(QStringLiteral(":id"), e.id).exec();
    while (props.next())
        e.properties << Property{props.value(0).toString(), props.value(1).toInt(),
                                 props.value(2).toString(), props.value(3).toString()};
    return e;
}

std::optional<Employer> EmployerRepository::find(const QString &id) const
{
    return selectOne(QStringLiteral("id = :v"), id);
}

std::optional<Employer> EmployerRepository::findByIin(const QString &iin) const
{
    return selectOne(QStringLiteral("iin = :v"), iin);
}

} // namespace ruqsat::store
