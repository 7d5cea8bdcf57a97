// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWriter.h"

#include "AuditLog.h"
#include "Binding.h"
#include "BulkInsert.h"
#include "Database.h"
#include "Query.h"
#include "SearchText.h"
#include "ReferenceRepository.h"
#include "StoreError.h"
#include "demo/DemoNames.h"
#include "demo/DemoPlaces.h"

#include <QCoreApplication>
#include <algorithm>

namespace ruqsat::store {

using namespace records;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::store::DemoWriter)
};

QStringList columns(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1String(", "));
}

QVariant nullable(const QString &s)
{
    return textOrNull(s);
}

} // namespace

DemoWriter::DemoWriter(const Database &db) : m_db(db)
{
    // Random UUID keys land all over the indexes: with SQLite's default 2 MB
    // page cache every insert reads pages back from disk. A bulk session may
    // use more memory than a clerk's.
    if (db.dialect().isSqlite())
        execute(db, QStringLiteral("PRAGMA cache_size = -1048576"));
    for (const Region &r : ReferenceRepository(db).regions())
        m_regionIds.insert(r.kato, r.id);
    auto bulk = [&db](const char *table, const char *cols, bool withDistrict = false) {
        QStringList list = columns(cols);
        if (withDistrict)
            list << QStringLiteral("district_id");
        return std::make_unique<BulkInsert>(db, QLatin1String(table), list);
    };
    // On a server a person also has the district that entered them (schema
    // 11), by default the writer's first district, which the server looks up
    // for every row written without one: 6% of a demo run. The demo gives
    // the district of the person's first case.
    const bool personDistrict = !db.dialect().isSqlite();
    m_immigrants =
        bulk("immigrants",
             "id, surname_cyr, given_names_cyr, surname_lat, given_names_lat, surname_cyr_key, "
             "surname_lat_key, given_names_cyr_key, given_names_lat_key, sex, birth_date, "
             "birth_place, citizenship, iin, passport_series, "
             "passport_number, passport_issued_on, passport_issuer, passport_expires_on, "
             "permanent_address, temporary_address, phone, marital_status, children_count, "
             "search_text, created_at, updated_at",
             personDistrict);
    m_employers =
        bulk("employers",
             "id, iin, surname, given_names, surname_key, birth_year, id_doc_number, "
             "id_doc_issued_on, id_doc_issuer, registration_address, residential_address, phone, "
             "search_text, created_at, updated_at",
             personDistrict);
    m_properties = bulk("employer_properties", "id, employer_id, position, district_id, address");
    m_applications = bulk("applications",
                          "id, registry_number, kind, channel, district_id, immigrant_id, employer_id, "
                          "extends_permit_id, received_at, effective_received_on, decision_due_on, "
                          "requested_months, work_address, occupation, salary_kzt, intent_signed_on, status, "
                          "version, immigrant_sort, created_at, updated_at");
    m_checklist = bulk("checklist_items", "id, application_id, doc_code, state, issued_on, valid_until");
    m_police = bulk("police_checks",
                    "id, application_id, sent_at, answer_due_on, answered_at, result, reference");
    m_decisions = bulk("decisions", "id, application_id, kind, ground_id, missing_documents, decided_at");
    m_permits = bulk("permits",
                     "id, number, application_id, immigrant_id, employer_id, region_id, district_id, "
                     "quota_id, extends_permit_id, chain_start, valid_from, valid_to, status, "
                     "copies_issued, issued_at");
    m_copies = bulk("permit_copies", "id, permit_id, reason, issued_at");
    m_revocations = bulk("revocations",
                         "id, permit_id, act_issuer, act_number, act_date, revoked_on, "
                         "police_notice_due_on, police_notified_on, stay_until, recorded_at");
    m_terminations = bulk("terminations",
                          "id, permit_id, contract_ended_on, notice_due_on, notified_on, recorded_at");
}

DemoWriter::~DemoWriter() = default;

QHash<QString, QList<int>> DemoWriter::ensureCityDistricts(const QString &actor) const
{
    ReferenceRepository refs(m_db);
    QHash<QString, QList<int>> result;
    Transaction tx(m_db);
    excludeOtherDemoWriters(); // two runs would both add a missing district
    for (const demo::City &city : demo::cities()) {
        const QString kato = QLatin1String(city.kato);
        const int regionId = m_regionIds.value(kato);
        const auto existing = refs.districts(regionId);
        for (const demo::CityDistrict &district : city.districts) {
            const QString nameRu = QString::fromUtf16(district.nameRu);
            const records::DistrictBodies bodies = demo::districtBodies(city, district);
            const auto found = std::find_if(existing.cbegin(), existing.cend(),
                                            [&nameRu](const District &d) { return d.nameRu == nameRu; });
            if (found == existing.cend()) {
                District d{0, regionId, QString(), QString::fromUtf16(district.nameKk), nameRu,
                           QLatin1String(district.nameEn)};
                d.bodies = bodies;
                result[kato] << refs.addDistrict(d, actor);
                continue;
            }
            // What an administrator entered stays; the demo fills only what is empty.
            records::DistrictBodies merged = found->bodies;
            for (const records::DistrictBodyField &field : records::districtBodyFields())
                if ((merged.*field.member).isEmpty())
                    merged.*field.member = bodies.*field.member;
            refs.setDistrictBodies(found->id, merged, actor);
            result[kato] << found->id;
        }
    }
    tx.commit();
    return result;
}

QHash<QString, qint64> DemoWriter::counters() const
{
    Query q(m_db, QStringLiteral("SELECT name, value FROM counters"));
    q.exec();
    QHash<QString, qint64> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toLongLong());
    return values;
}

QSet<qint64> DemoWriter::usedIins() const
{
    QSet<qint64> iins;
    Query q(m_db, QStringLiteral("SELECT iin FROM employers UNION SELECT iin FROM immigrants WHERE iin IS NOT NULL"));
    q.exec();
    while (q.next())
        iins.insert(q.value(0).toLongLong());
    return iins;
}

bool DemoWriter::hasImmigrant(const QString &id) const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM immigrants WHERE id = :id"))
               .bind(QStringLiteral(":id"), id)
               .scalar()
               .toInt() > 0;
}

QStringList DemoWriter::permitsInForce(const QDate &startedBefore, int count) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM permits WHERE status = 'in_force' AND valid_from < :before "
                                 "ORDER BY id LIMIT :n"));
    q.bind(QStringLiteral(":before"), SqlDialect::date(startedBefore)).bind(QStringLiteral(":n"), count).exec();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QList<std::pair<QString, QString>> DemoWriter::openCasesWithQuota(int year, int count) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT a.id, qt.id FROM applications a JOIN districts d ON d.id = a.district_id "
                      "JOIN quotas qt ON qt.region_id = d.region_id AND qt.year = :year "
                      "WHERE a.status IN ('accepted', 'police_check') AND NOT EXISTS (SELECT 1 FROM "
                      "quota_reservations r WHERE r.application_id = a.id AND r.state = 'live') "
                      "ORDER BY a.id LIMIT :n"));
    q.bind(QStringLiteral(":year"), year).bind(QStringLiteral(":n"), count).exec();
    QList<std::pair<QString, QString>> cases;
    while (q.next())
        cases << std::pair{q.value(0).toString(), q.value(1).toString()};
    return cases;
}

QStringList DemoWriter::refusedCases(int count) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM applications WHERE status = 'refused' ORDER BY id LIMIT :n"));
    q.bind(QStringLiteral(":n"), count).exec();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QString DemoWriter::quotaFor(const QString &regionKato, int year)
{
    const QString key = regionKato + u'/' + QString::number(year);
    if (const auto it = m_quotaIds.constFind(key); it != m_quotaIds.constEnd())
        return *it;
    const int regionId = m_regionIds.value(regionKato);
    Query find(m_db, QStringLiteral("SELECT id FROM quotas WHERE region_id = :r AND year = :y"));
    QString id = find.bind(QStringLiteral(":r"), regionId).bind(QStringLiteral(":y"), year).scalar().toString();
    if (id.isEmpty()) {
        id = newId();
        Query(m_db, QStringLiteral("INSERT INTO quotas (id, region_id, year, quota) VALUES (:id, :r, :y, 0)"))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":r"), regionId)
            .bind(QStringLiteral(":y"), year)
            .exec();
    }
    m_quotaIds.insert(key, id);
    return id;
}

void DemoWriter::writeCase(const demo::DemoCase &c, const QString &immigrantSort,
                           QHash<QString, int> &inForceByQuota)
{
    const SqlDialect &d = m_db.dialect();
    const Application &a = c.application;
    const QVariant created = d.time(a.receivedAt);
    m_applications->add({a.id, nullable(a.registryNumber), code(a.kind), code(a.channel), a.districtId,
                         a.immigrantId, a.employerId, nullable(a.extendsPermitId), created,
                         SqlDialect::date(a.effectiveReceivedOn), SqlDialect::date(a.decisionDueOn),
                         a.requestedMonths, a.workAddress, a.occupation,
                         a.salaryKzt ? QVariant(*a.salaryKzt) : QVariant(QMetaType::fromType<qint64>()),
                         SqlDialect::date(a.intentSignedOn), code(a.status), a.version, immigrantSort, created,
                         created});
    for (const ChecklistItem &item : c.checklist)
        m_checklist->add({item.id, a.id, item.docCode, code(item.state), SqlDialect::date(item.issuedOn),
                          SqlDialect::date(item.validUntil)});
    if (c.police) {
        const PoliceCheck &p = *c.police;
        m_police->add({p.id, a.id, d.time(p.sentAt), SqlDialect::date(p.answerDueOn), d.time(p.answeredAt),
                       p.positive ? QVariant(*p.positive ? QStringLiteral("positive") : QStringLiteral("negative"))
                                  : QVariant(QMetaType::fromType<QString>()),
                       p.reference});
    }
    if (c.decision)
        m_decisions->add({c.decision->id, a.id, code(c.decision->kind), idOrNull(c.decision->groundId),
                          c.decision->missingDocuments.join(u'\n'), d.time(c.decision->decidedAt)});
    if (!c.permit)
        return;
    const Permit &p = *c.permit;
    // R-QUOTA-EXTEND: an extension keeps the place of the permit it extends.
    const QString quotaId = p.extendsPermitId.isEmpty()
                                ? quotaFor(c.regionKato, p.issuedAt.date().year())
                                : m_permitQuota.value(p.extendsPermitId);
    m_permitQuota.insert(p.id, quotaId);
    if (p.status == PermitStatus::InForce)
        ++inForceByQuota[quotaId];
    m_permits->add({p.id, p.number, a.id, p.immigrantId, p.employerId, m_regionIds.value(c.regionKato),
                    p.districtId, quotaId, nullable(p.extendsPermitId), SqlDialect::date(p.chainStart),
                    SqlDialect::date(p.validFrom), SqlDialect::date(p.validTo), code(p.status), p.copiesIssued,
                    d.time(p.issuedAt)});
    for (int i = 0; i < p.copiesIssued; ++i)
        m_copies->add({newId(), p.id, QStringLiteral("lost"), d.time(p.issuedAt.addDays(40))});
    if (c.revocation) {
        const Revocation &r = *c.revocation;
        m_revocations->add({newId(), p.id, r.actIssuer, r.actNumber, SqlDialect::date(r.actDate),
                            SqlDialect::date(r.revokedOn), SqlDialect::date(r.policeNoticeDueOn),
                            SqlDialect::date(r.policeNotifiedOn), SqlDialect::date(r.stayUntil),
                            d.time(QDateTime(r.revokedOn, QTime(12, 0), Qt::UTC))});
    }
    if (c.termination) {
        const Termination &t = *c.termination;
        m_terminations->add({newId(), p.id, SqlDialect::date(t.contractEndedOn), SqlDialect::date(t.noticeDueOn),
                             SqlDialect::date(t.notifiedOn), d.time(QDateTime(t.notifiedOn, QTime(12, 0), Qt::UTC))});
    }
}

void DemoWriter::writeBatch(const QList<demo::DemoFile> &batch, const QString &actor,
                            const IinReplacer &replaceIin)
{
    const SqlDialect &d = m_db.dialect();
    Transaction tx(m_db);
    excludeOtherDemoWriters();
    if (batch.isEmpty())
        return;
    if (hasImmigrant(batch.first().immigrant.id))
        throw StoreError(StoreError::Kind::Conflict,
                         Tr::tr("This store already holds these demo people: their seed was written "
                                "to it before."));
    // What another run wrote since this batch was made is in the store now.
    QList<demo::DemoFile> files = batch;
    takeNumbers(files);
    avoidTakenIins(files, replaceIin);
    int cases = 0;
    for (const demo::DemoFile &f : files) {
        const Immigrant &p = f.immigrant;
        const QVariant created = d.time(f.cases.first().application.receivedAt);
        QVariantList immigrant{p.id,
                               p.surnameCyr,
                               p.givenNamesCyr,
                               p.surnameLat,
                               p.givenNamesLat,
                               searchKey(p.surnameCyr),
                               searchKey(p.surnameLat),
                               searchKey(p.givenNamesCyr),
                               searchKey(p.givenNamesLat),
                               p.sex,
                               SqlDialect::date(p.birthDate),
                               p.birthPlace,
                               p.citizenship,
                               nullable(p.iin),
                               p.passportSeries,
                               p.passportNumber,
                               SqlDialect::date(p.passportIssuedOn),
                               p.passportIssuer,
                               SqlDialect::date(p.passportExpiresOn),
                               p.permanentAddress,
                               p.temporaryAddress,
                               p.phone,
                               p.maritalStatus,
                               p.childrenCount,
                               immigrantSearchText(p),
                               created,
                               created};
        const Employer &e = f.employer;
        QVariantList employer{e.id,
                              e.iin,
                              e.surname,
                              e.givenNames,
                              searchKey(e.surname),
                              e.birthYear,
                              e.idDocNumber,
                              SqlDialect::date(e.idDocIssuedOn),
                              e.idDocIssuer,
                              e.registrationAddress,
                              e.residentialAddress,
                              e.phone,
                              employerSearchText(e),
                              created,
                              created};
        if (!d.isSqlite()) {
            immigrant << f.cases.first().application.districtId;
            employer << f.cases.first().application.districtId;
        }
        m_immigrants->add(immigrant);
        m_employers->add(employer);
        for (const Property &prop : e.properties)
            m_properties->add({prop.id, e.id, 0, idOrNull(prop.districtId), prop.address});
    }
    // Parents before children, since foreign keys are checked row by row; an
    // extension refers to the permit it extends, so issuances go first.
    auto flushAll = [this] {
        for (BulkInsert *b : {m_immigrants.get(), m_employers.get(), m_properties.get(), m_applications.get(),
                              m_checklist.get(), m_police.get(), m_decisions.get(), m_permits.get(),
                              m_copies.get(), m_revocations.get(), m_terminations.get()})
            b->flush();
    };
    // R-QUOTA: the places held by the permits in force; the demo's own
    // quotas grow with a margin so issuing stays possible. They grow before
    // the permits are written, since on PostgreSQL (schema 11) the permits'
    // trigger counts them into quotas.issued under CHECK (issued + reserved
    // <= quota); on SQLite the count is added here.
    const QString count = m_db.dialect().isSqlite() ? QStringLiteral(", issued = issued + :n")
                                                    : QString();
    Query places(m_db, QStringLiteral("UPDATE quotas SET quota = CASE WHEN quota < issued + reserved + :n "
                                      "THEN issued + reserved + :n + :margin ELSE quota END") +
                           count + QStringLiteral(" WHERE id = :id"));
    for (int generation = 0; generation < 2; ++generation) {
        QHash<QString, int> inForceByQuota;
        for (const demo::DemoFile &f : files) {
            for (qsizetype i = 0; i < f.cases.size(); ++i) {
                if ((i == 0) == (generation == 0)) {
                    writeCase(f.cases.at(i),
                              immigrantSortKey(f.immigrant.surnameLat, f.immigrant.givenNamesLat),
                              inForceByQuota);
                    ++cases;
                }
            }
        }
        for (auto it = inForceByQuota.constBegin(); it != inForceByQuota.constEnd(); ++it)
            places.bind(QStringLiteral(":n"), it.value())
                .bind(QStringLiteral(":margin"), std::max(10, it.value() / 5))
                .bind(QStringLiteral(":id"), it.key())
                .exec();
        flushAll();
    }
    AuditLog(m_db).append(actor, QStringLiteral("demo"), QStringLiteral("batch"), QStringLiteral("generate"),
                          {{QStringLiteral("people"), int(files.size())}, {QStringLiteral("cases"), cases}});
    tx.commit();
}

} // namespace ruqsat::store
