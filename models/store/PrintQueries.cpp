// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintQueries.h"

#include "Database.h"
#include "DistrictScope.h"
#include "Query.h"
#include "ReferenceRepository.h"
#include "RegisterSearch.h"
#include "StoreError.h"
#include "domain/Language.h"

#include <QRandomGenerator>
#include <QUuid>

namespace ruqsat::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::PrintQueries", text);
}

// Columns read as dates and as UTC times; every other column is text or a number.
const QStringList kDateColumns = {
    QStringLiteral("intent_signed_on"), QStringLiteral("birth_date"),
    QStringLiteral("passport_issued_on"), QStringLiteral("employer_id_doc_issued_on"),
    QStringLiteral("chain_start"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
    QStringLiteral("contract_ended_on"), QStringLiteral("notified_on"),
    QStringLiteral("act_date"), QStringLiteral("revoked_on"), QStringLiteral("stay_until")};
const QStringList kTimeColumns = {QStringLiteral("received_at"), QStringLiteral("issued_at"),
                                  QStringLiteral("decided_at")};

const QString kCaseSelect = QStringLiteral(
    "SELECT a.id AS case_id, a.registry_number, a.kind AS case_kind, a.channel, "
    "a.status AS case_status, a.work_address, a.occupation, a.salary_kzt, a.requested_months, "
    "a.received_at, a.intent_signed_on, "
    "i.surname_lat, i.given_names_lat, i.patronymic_lat, i.surname_cyr, i.given_names_cyr, "
    "i.patronymic_cyr, i.birth_date, i.birth_place, i.iin AS immigrant_iin, i.passport_series, "
    "i.passport_number, i.passport_issued_on, i.passport_issuer, i.permanent_address, "
    "i.temporary_address, i.phone AS immigrant_phone, i.marital_status, i.children_count, "
    "i.home_phone, i.sex, i.citizenship AS citizenship_code, c.name_kk AS citizenship_kk, "
    "c.name_ru AS citizenship_ru, c.name_en AS citizenship_en, c.name_ru_gen AS "
    "citizenship_ru_gen, "
    "e.surname AS employer_surname, e.given_names AS employer_given_names, "
    "e.patronymic AS employer_patronymic, e.iin AS employer_iin, e.birth_year AS "
    "employer_birth_year, "
    "e.id_doc_number AS employer_id_doc_number, e.id_doc_issued_on AS employer_id_doc_issued_on, "
    "e.id_doc_issuer AS employer_id_doc_issuer, e.registration_address AS "
    "employer_registration_address, "
    "e.residential_address AS employer_residential_address, e.phone AS employer_phone, "
    "d.name_kk AS district_kk, d.name_ru AS district_ru, d.name_en AS district_en, "
    "r.name_kk AS case_region_kk, r.name_ru AS case_region_ru, r.name_en AS case_region_en "
    "FROM applications a JOIN immigrants i ON i.id = a.immigrant_id "
    "JOIN countries c ON c.code = i.citizenship JOIN employers e ON e.id = a.employer_id "
    "JOIN districts d ON d.id = a.district_id JOIN regions r ON r.id = d.region_id ");
const QStringList kCaseColumns = {QStringLiteral("case_id"),
                                  QStringLiteral("registry_number"),
                                  QStringLiteral("case_kind"),
                                  QStringLiteral("channel"),
                                  QStringLiteral("case_status"),
                                  QStringLiteral("work_address"),
                                  QStringLiteral("occupation"),
                                  QStringLiteral("salary_kzt"),
                                  QStringLiteral("requested_months"),
                                  QStringLiteral("received_at"),
                                  QStringLiteral("intent_signed_on"),
                                  QStringLiteral("surname_lat"),
                                  QStringLiteral("given_names_lat"),
                                  QStringLiteral("patronymic_lat"),
                                  QStringLiteral("surname_cyr"),
                                  QStringLiteral("given_names_cyr"),
                                  QStringLiteral("patronymic_cyr"),
                                  QStringLiteral("birth_date"),
                                  QStringLiteral("birth_place"),
                                  QStringLiteral("immigrant_iin"),
                                  QStringLiteral("passport_series"),
                                  QStringLiteral("passport_number"),
                                  QStringLiteral("passport_issued_on"),
                                  QStringLiteral("passport_issuer"),
                                  QStringLiteral("permanent_address"),
                                  QStringLiteral("temporary_address"),
                                  QStringLiteral("immigrant_phone"),
                                  QStringLiteral("marital_status"),
                                  QStringLiteral("children_count"),
                                  QStringLiteral("home_phone"),
                                  QStringLiteral("sex"),
                                  QStringLiteral("citizenship_code"),
                                  QStringLiteral("citizenship_kk"),
                                  QStringLiteral("citizenship_ru"),
                                  QStringLiteral("citizenship_en"),
                                  QStringLiteral("citizenship_ru_gen"),
                                  QStringLiteral("employer_surname"),
                                  QStringLiteral("employer_given_names"),
                                  QStringLiteral("employer_patronymic"),
                                  QStringLiteral("employer_iin"),
                                  QStringLiteral("employer_birth_year"),
                                  QStringLiteral("employer_id_doc_number"),
                                  QStringLiteral("employer_id_doc_issued_on"),
                                  QStringLiteral("employer_id_doc_issuer"),
                                  QStringLiteral("employer_registration_address"),
                                  QStringLiteral("employer_residential_address"),
                                  QStringLiteral("employer_phone"),
                                  QStringLiteral("district_kk"),
                                  QStringLiteral("district_ru"),
                                  QStringLiteral("district_en"),
                                  QStringLiteral("case_region_kk"),
                                  QStringLiteral("case_region_ru"),
                                  QStringLiteral("case_region_en")};

const QString kPermitSelect = QStringLiteral(
    "SELECT p.id AS permit_id, p.number AS permit_number, p.application_id AS permit_case_id, "
    "p.chain_start, p.valid_from, p.valid_to, p.status AS permit_status, p.copies_issued, "
    "p.issued_at, "
    "x.number AS extended_permit_number, r.name_kk AS region_kk, r.name_ru AS region_ru, "
    "r.name_en AS region_en, r.kato AS region_kato, u.full_name AS issued_by_name, "
    "rv.revoked_on, tm.contract_ended_on "
    "FROM permits p JOIN regions r ON r.id = p.region_id "
    "LEFT JOIN permits x ON x.id = p.extends_permit_id LEFT JOIN users u ON u.id = p.issued_by "
    "LEFT JOIN revocations rv ON rv.permit_id = p.id LEFT JOIN terminations tm ON tm.permit_id = "
    "p.id "
    "WHERE p.number = :number");
const QStringList kPermitColumns = {
    QStringLiteral("permit_id"), QStringLiteral("permit_number"), QStringLiteral("permit_case_id"),
    QStringLiteral("chain_start"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
    QStringLiteral("permit_status"), QStringLiteral("copies_issued"), QStringLiteral("issued_at"),
    QStringLiteral("extended_permit_number"), QStringLiteral("region_kk"),
    QStringLiteral("region_ru"), QStringLiteral("region_en"), QStringLiteral("region_kato"),
    QStringLiteral("issued_by_name"),
    // Why and since when a permit is out of force (the mark of Appendix 5).
    QStringLiteral("revoked_on"), QStringLiteral("contract_ended_on")};

// Reads the named columns of the current row: dates as QDate, times as UTC
// QDateTime, the rest as the driver gives them (NULL text becomes '').
void readColumns(const Query &q, const QStringList &columns, QVariantHash &into)
{
    for (const QString &c : columns) {
        const QVariant v = q.value(c);
        if (kDateColumns.contains(c))
            into.insert(c, SqlDialect::dateFrom(v));
        else if (kTimeColumns.contains(c))
            into.insert(c, q.dialect().timeFrom(v));
        else if (v.isNull())
            into.insert(c, QString());
        else
            into.insert(c, v);
    }
}

[[noreturn]] void notFound(const QString &what)
{
    throw StoreError(StoreError::Kind::NotFound, what);
}

} // namespace

QString districtName(const QVariantHash &values)
{
    const domain::TrilingualText name{values.value(QStringLiteral("district_kk")).toString(),
                                      values.value(QStringLiteral("district_ru")).toString(),
                                      values.value(QStringLiteral("district_en")).toString()};
    const QString shown = name.in(domain::screenLanguage());
    return shown.isEmpty() ? name.ru : shown;
}

QVariantHash PrintQueries::caseValues(const QString &caseIdOrNumber) const
{
    // A case is named by its id or by its registry number (what a clerk sees).
    const bool isId = !QUuid::fromString(caseIdOrNumber).isNull();
    Query q(m_db, kCaseSelect + (isId ? QLatin1String("WHERE a.id = :key")
                                      : QLatin1String("WHERE a.registry_number = :key")));
    q.bind(QStringLiteral(":key"), caseIdOrNumber).exec();
    if (!q.next())
        notFound(tr("There is no case %1.").arg(caseIdOrNumber));
    QVariantHash values;
    readColumns(q, kCaseColumns, values);
    q.finish();
    addSettings(values);
    addDistrictBodies(values, QStringLiteral("JOIN applications a ON a.district_id = d.id WHERE a.id = :key"),
                      values.value(QStringLiteral("case_id")));
    checkScope(values.value(QStringLiteral("district_id")).toInt(),
               tr("This case belongs to another district."));
    return values;
}

void PrintQueries::checkScope(int districtId, const QString &refusal) const
{
    if (!inScope(m_districtIds, districtId))
        throw StoreError(StoreError::Kind::Forbidden, refusal);
}

QVariantHash PrintQueries::permitValues(const QString &number) const
{
    Query q(m_db, kPermitSelect);
    q.bind(QStringLiteral(":number"), number).exec();
    if (!q.next())
        notFound(tr("There is no permit %1.").arg(number));
    QVariantHash permit;
    readColumns(q, kPermitColumns, permit);
    q.finish();
    checkScope(Query(m_db, QStringLiteral("SELECT district_id FROM permits WHERE id = :id"))
                   .bind(QStringLiteral(":id"), permit.value(QStringLiteral("permit_id")))
                   .scalar()
                   .toInt(),
               tr("This permit belongs to another district."));
    QVariantHash values = caseValues(permit.value(QStringLiteral("permit_case_id")).toString());
    values.insert(permit);
    // The permit names the district that issued it, whatever became of its case.
    addDistrictBodies(values, QStringLiteral("JOIN permits p ON p.district_id = d.id WHERE p.id = :key"),
                      permit.value(QStringLiteral("permit_id")));
    return values;
}

void PrintQueries::addSettings(QVariantHash &values) const
{
    Query q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'state_corporation.%'"));
    q.exec();
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
}

void PrintQueries::addDistrictBodies(QVariantHash &values, const QString &joinWhere, const QVariant &key) const
{
    // The bodies live on the district (schema 6); forms read them under the
    // keys of the store-wide settings they replace (issuing_body.name_kk...).
    const ReferenceRepository refs(m_db);
    const int districtId = Query(m_db, QLatin1String("SELECT d.id FROM districts d ") + joinWhere)
                               .bind(QStringLiteral(":key"), key)
                               .scalar()
                               .toInt();
    const auto district = refs.district(districtId);
    if (!district)
        notFound(tr("The district of %1 is missing from the store.").arg(key.toString()));
    values.insert(QStringLiteral("district_id"), district->id);
    values.insert(QStringLiteral("district_kk"), district->nameKk);
    values.insert(QStringLiteral("district_ru"), district->nameRu);
    values.insert(QStringLiteral("district_en"), district->nameEn);
    for (const records::DistrictBodyField &field : records::districtBodyFields())
        values.insert(field.key, district->bodies.*field.member);
}

void PrintQueries::addDecision(QVariantHash &values, const QString &caseId, const QString &kind) const
{
    Query q(m_db, QStringLiteral(
        "SELECT d.ground_id, d.ground_text, d.missing_documents, d.decided_at, "
        "u.full_name AS decided_by_name, u.position AS decided_by_position "
        "FROM decisions d LEFT JOIN users u ON u.id = d.decided_by "
        "WHERE d.application_id = :app AND d.kind = :kind ORDER BY d.decided_at DESC"));
    q.bind(QStringLiteral(":app"), caseId).bind(QStringLiteral(":kind"), kind).exec();
    if (!q.next())
        notFound(tr("The case %1 has no decision of the kind \"%2\".")
                     .arg(values.value(QStringLiteral("registry_number")).toString(), kind));
    readColumns(q,
                {QStringLiteral("ground_id"), QStringLiteral("ground_text"),
                 QStringLiteral("missing_documents"), QStringLiteral("decided_at"),
                 QStringLiteral("decided_by_name"), QStringLiteral("decided_by_position")},
                values);
    q.finish();
}

PrintRecord PrintQueries::application(const QString &caseId) const
{
    PrintRecord r{caseValues(caseId), {}};
    Query q(m_db, QStringLiteral("SELECT f.relation, f.full_name, f.birth_year FROM family_members f "
                                 "JOIN applications a ON a.immigrant_id = f.immigrant_id "
                                 "WHERE a.id = :id ORDER BY f.position"));
    q.bind(QStringLiteral(":id"), r.values.value(QStringLiteral("case_id"))).exec();
    while (q.next())
        r.rows.append({{QStringLiteral("relation"), q.value(0).toString()},
                       {QStringLiteral("full_name"), q.value(1).toString()},
                       {QStringLiteral("birth_year"), q.value(2).isNull() ? 0 : q.value(2).toInt()}});
    // An extension names the permit it extends (R-KIND).
    Query x(m_db, QStringLiteral("SELECT p.number FROM applications a JOIN permits p "
                                 "ON p.id = a.extends_permit_id WHERE a.id = :id"));
    x.bind(QStringLiteral(":id"), r.values.value(QStringLiteral("case_id")));
    r.values.insert(QStringLiteral("extended_permit_number"), x.scalar().toString());
    return r;
}

PrintRecord PrintQueries::agreement(const QString &caseId) const
{
    return {caseValues(caseId), {}};
}

PrintRecord PrintQueries::intakeRefusal(const QString &caseId) const
{
    PrintRecord r{caseValues(caseId), {}};
    addDecision(r.values, r.values.value(QStringLiteral("case_id")).toString(),
                QStringLiteral("refuse_intake"));
    return r;
}

PrintRecord PrintQueries::refusal(const QString &caseId) const
{
    PrintRecord r{caseValues(caseId), {}};
    addDecision(r.values, r.values.value(QStringLiteral("case_id")).toString(), QStringLiteral("refuse"));
    return r;
}

PrintRecord PrintQueries::permit(const QString &number) const
{
    return {permitValues(number), {}};
}

PrintRecord PrintQueries::termination(const QString &number) const
{
    PrintRecord r{permitValues(number), {}};
    Query q(m_db, QStringLiteral("SELECT contract_ended_on, notified_on FROM terminations "
                                 "WHERE permit_id = :id"));
    q.bind(QStringLiteral(":id"), r.values.value(QStringLiteral("permit_id"))).exec();
    if (!q.next())
        notFound(tr("The permit %1 has no recorded termination.").arg(number));
    readColumns(q, {QStringLiteral("contract_ended_on"), QStringLiteral("notified_on")}, r.values);
    q.finish();
    return r;
}

PrintRecord PrintQueries::revocation(const QString &number) const
{
    PrintRecord r{permitValues(number), {}};
    Query q(m_db, QStringLiteral("SELECT act_issuer, act_number, act_date, revoked_on, stay_until "
                                 "FROM revocations WHERE permit_id = :id"));
    q.bind(QStringLiteral(":id"), r.values.value(QStringLiteral("permit_id"))).exec();
    if (!q.next())
        notFound(tr("The permit %1 has not been revoked.").arg(number));
    readColumns(q,
                {QStringLiteral("act_issuer"), QStringLiteral("act_number"), QStringLiteral("act_date"),
                 QStringLiteral("revoked_on"), QStringLiteral("stay_until")},
                r.values);
    q.finish();
    return r;
}

PrintRecord PrintQueries::revokedPermits(const QStringList &numbers) const
{
    if (numbers.isEmpty())
        notFound(tr("No permit was named."));
    PrintRecord r;
    const QString districtKey = QStringLiteral("district_id");
    for (const QString &number : numbers) {
        const PrintRecord one = revocation(number);
        if (r.rows.isEmpty())
            r.values = one.values; // the sender and the addressee: those of the first permit's district
        // R-REVOKE-POLICE: one letter comes from one akimat to its police
        // body; permits of another district go in that district's letter.
        if (one.values.value(districtKey) != r.values.value(districtKey))
            throw StoreError(StoreError::Kind::Invalid,
                             tr("The permits %1 and %2 were issued in different districts (%3, %4): "
                                "Appendix 9 goes from one district to its police body, so print one "
                                "for each district.")
                                 .arg(r.rows.first().value(QStringLiteral("permit_number")).toString(), number,
                                      districtName(r.values), districtName(one.values)));
        r.rows.append(one.values);
    }
    return r;
}

QString PrintQueries::permitNumberOfCase(const QString &caseId) const
{
    const QVariantHash c = caseValues(caseId);
    Query q(m_db, QStringLiteral("SELECT number FROM permits WHERE application_id = :id "
                                 "ORDER BY issued_at DESC"));
    q.bind(QStringLiteral(":id"), c.value(QStringLiteral("case_id")));
    const QString number = q.scalar().toString();
    if (number.isEmpty())
        notFound(tr("No permit was issued on the case %1.").arg(caseId));
    return number;
}

QStringList PrintQueries::permitNumbersIssuedOn(const QDate &day) const
{
    QStringList numbers;
    for (const PermitListing &p : permits(day, QString(), 0))
        numbers << p.number;
    return numbers;
}

QList<PermitListing> PrintQueries::permits(const QDate &issuedOn, const QString &status, int limit) const
{
    QString sql = QStringLiteral(
        "SELECT p.number, p.application_id, i.surname_lat, i.given_names_lat, i.patronymic_lat, "
        "i.citizenship, p.status, p.valid_from, p.valid_to, p.issued_at, p.copies_issued "
        "FROM permits p JOIN immigrants i ON i.id = p.immigrant_id WHERE ");
    SqlWhere w;
    addDistrictScope(w, QStringLiteral("p.district_id"), m_districtIds);
    sql += w.sql;
    // The clerk's day is a local calendar day; issued_at is UTC.
    if (issuedOn.isValid())
        sql += QLatin1String(" AND p.issued_at >= :from AND p.issued_at < :to");
    if (!status.isEmpty())
        sql += QLatin1String(" AND p.status = :status");
    sql += QLatin1String(" ORDER BY p.issued_at, p.number");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Query q(m_db, sql);
    q.bind(w.binds);
    if (issuedOn.isValid()) {
        q.bind(QStringLiteral(":from"), m_db.dialect().time(issuedOn.startOfDay()));
        q.bind(QStringLiteral(":to"), m_db.dialect().time(issuedOn.addDays(1).startOfDay()));
    }
    if (!status.isEmpty())
        q.bind(QStringLiteral(":status"), status);
    q.exec();
    QList<PermitListing> list;
    while (q.next()) {
        PermitListing p;
        p.number = q.value(0).toString();
        p.caseId = q.value(1).toString();
        p.immigrantLatin = QStringList{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}
                               .join(u' ').simplified();
        p.citizenship = q.value(5).toString();
        p.status = q.value(6).toString();
        p.validFrom = SqlDialect::dateFrom(q.value(7));
        p.validTo = SqlDialect::dateFrom(q.value(8));
        p.issuedAt = m_db.dialect().timeFrom(q.value(9));
        p.copiesIssued = q.value(10).toInt();
        list << p;
    }
    return list;
}

QList<CaseListing> PrintQueries::cases(const QString &status, int limit) const
{
    QString sql = QStringLiteral(
        "SELECT a.id, a.registry_number, a.kind, a.status, i.surname_lat, i.given_names_lat, "
        "i.patronymic_lat, e.surname, e.given_names, e.patronymic, a.received_at, "
        "a.decision_due_on "
        "FROM applications a JOIN immigrants i ON i.id = a.immigrant_id "
        "JOIN employers e ON e.id = a.employer_id WHERE ");
    SqlWhere w;
    addDistrictScope(w, QStringLiteral("a.district_id"), m_districtIds);
    sql += w.sql;
    if (!status.isEmpty())
        sql += QLatin1String(" AND a.status = :status");
    sql += QLatin1String(" ORDER BY a.received_at, a.id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Query q(m_db, sql);
    q.bind(w.binds);
    if (!status.isEmpty())
        q.bind(QStringLiteral(":status"), status);
    q.exec();
    QList<CaseListing> list;
    while (q.next()) {
        CaseListing c;
        c.id = q.value(0).toString();
        c.registryNumber = q.value(1).toString();
        c.kind = q.value(2).toString();
        c.status = q.value(3).toString();
        c.immigrantLatin = QStringList{q.value(4).toString(), q.value(5).toString(), q.value(6).toString()}
                               .join(u' ').simplified();
        c.employerName = QStringList{q.value(7).toString(), q.value(8).toString(), q.value(9).toString()}
                             .join(u' ').simplified();
        c.receivedAt = m_db.dialect().timeFrom(q.value(10));
        c.decisionDueOn = SqlDialect::dateFrom(q.value(11));
        list << c;
    }
    return list;
}

QString PrintQueries::setting(const QString &key) const
{
    Query q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    return q.scalar().toString();
}

bool PrintQueries::qrKeyOnServer() const
{
    return !m_db.dialect().isSqlite();
}

QString PrintQueries::serverQrCheckValue(const QString &canonical) const
{
    return Query(m_db, QStringLiteral("SELECT ruqsat_qr_check_value(:text)"))
        .bind(QStringLiteral(":text"), canonical)
        .scalar()
        .toString();
}

QByteArray PrintQueries::qrKey() const
{
    const QString key = QStringLiteral("print.qr_key");
    QByteArray stored = QByteArray::fromHex(setting(key).toLatin1());
    if (stored.size() >= 16)
        return stored;
    // A read-only store cannot keep a new key, and a QR signed with a key
    // nobody kept could never be checked.
    if (m_db.isReadOnly())
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("This store has never printed a permit and can only be read: the key that "
                            "signs the permit's QR code cannot be made. Print from a store that can be "
                            "written."));
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(fresh.begin(), fresh.end());
    // Two stations printing at once: the first key written wins, both read it back.
    Transaction t(m_db);
    Query(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                               "ON CONFLICT (key) DO NOTHING"))
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":value"), QString::fromLatin1(fresh.toHex()))
        .exec();
    t.commit();
    return QByteArray::fromHex(setting(key).toLatin1());
}

} // namespace ruqsat::store
