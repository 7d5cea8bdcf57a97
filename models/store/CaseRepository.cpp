// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRepository.h"

#include "AuditLog.h"
#include "Binding.h"
#include "Counters.h"
#include "Database.h"
#include "Query.h"
#include "StoreError.h"
#include "records/RecordChanges.h"

#include <QJsonArray>
#include <algorithm>

namespace ruqsat::store {

using namespace records;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::CaseRepository", text);
}

const QString kColumns = QStringLiteral(
    "registry_number, kind, channel, district_id, immigrant_id, employer_id, extends_permit_id, "
    "received_at, effective_received_on, decision_due_on, requested_months, work_address, "
    "occupation, salary_kzt, intent_signed_on, status");

// The register's sort key, read from the immigrant in the same statement.
const QString kImmigrantSort = QStringLiteral(
    "(SELECT trim(surname_lat_key || ' ' || given_names_lat_key) FROM immigrants WHERE id = :immigrant_id)");

void bindApplication(Query &q, const Application &a)
{
    q.bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":registry_number"), textOrNull(a.registryNumber))
        .bind(QStringLiteral(":kind"), code(a.kind))
        .bind(QStringLiteral(":channel"), code(a.channel))
        .bind(QStringLiteral(":district_id"), a.districtId)
        .bind(QStringLiteral(":immigrant_id"), a.immigrantId)
        .bind(QStringLiteral(":employer_id"), a.employerId)
        .bind(QStringLiteral(":extends_permit_id"), textOrNull(a.extendsPermitId))
        .bind(QStringLiteral(":received_at"), q.dialect().time(a.receivedAt))
        .bind(QStringLiteral(":effective_received_on"), SqlDialect::date(a.effectiveReceivedOn))
        .bind(QStringLiteral(":decision_due_on"), SqlDialect::date(a.decisionDueOn))
        .bind(QStringLiteral(":requested_months"), a.requestedMonths)
        .bind(QStringLiteral(":work_address"), a.workAddress)
        .bind(QStringLiteral(":occupation"), a.occupation)
        .bind(QStringLiteral(":salary_kzt"), amountOrNull(a.salaryKzt))
        .bind(QStringLiteral(":intent_signed_on"), SqlDialect::date(a.intentSignedOn))
        .bind(QStringLiteral(":status"), code(a.status))
        .bind(QStringLiteral(":now"), q.dialect().time(QDateTime::currentDateTimeUtc()));
}

QJsonObject describe(const Application &a)
{
    return {{QStringLiteral("status"), code(a.status)},
            {QStringLiteral("version"), a.version},
            {QStringLiteral("registry_number"), a.registryNumber}};
}

} // namespace

QString CaseRepository::create(Application &a, const QString &actor) const
{
    if (a.id.isEmpty())
        a.id = newId();
    QString placeholders = QStringLiteral(":") + kColumns;
    placeholders.replace(QLatin1String(", "), QLatin1String(", :"));
    Transaction tx(m_db);
    Query q(m_db, QLatin1String("INSERT INTO applications (id, ") + kColumns +
                      QLatin1String(", version, immigrant_sort, created_by, created_at, updated_at) VALUES (:id, ") +
                      placeholders + QLatin1String(", 1, ") + kImmigrantSort + QLatin1String(", :created_by, :now, :now)"));
    bindApplication(q, a);
    q.bind(QStringLiteral(":created_by"), textOrNull(a.createdBy)).exec();
    a.version = 1;
    AuditLog(m_db).append(actor, QStringLiteral("application"), a.id, QStringLiteral("create"), describe(a));
    tx.commit();
    return a.id;
}

Application CaseRepository::lockedAtVersion(const Application &a) const
{
    const auto stored = selectOne(QStringLiteral("id = :v"), a.id, true);
    if (!stored)
        throw StoreError(StoreError::Kind::NotFound,
                         tr("The case %1 is not in the store").arg(a.id));
    if (stored->version != a.version)
        throw StoreError(StoreError::Kind::Conflict,
                         tr("Someone else saved this case while you were editing it (your copy is "
                            "version %1, the store holds version %2). Nothing was overwritten.")
                             .arg(a.version)
                             .arg(stored->version));
    return *stored;
}

void CaseRepository::saveVersioned(Application &a, const QString &action, const QString &actor) const
{
    QString assignments;
    for (const QString &column : kColumns.split(QLatin1String(", ")))
        assignments += column + QLatin1String(" = :") + column + QLatin1String(", ");
    Transaction tx(m_db);
    const Application stored = lockedAtVersion(a);
    Query q(m_db, QLatin1String("UPDATE applications SET ") + assignments +
                      QLatin1String("version = version + 1, immigrant_sort = ") + kImmigrantSort +
                      QLatin1String(", updated_at = :now "
                                    "WHERE id = :id AND version = :version"));
    bindApplication(q, a);
    q.bind(QStringLiteral(":version"), a.version).exec();
    QJsonObject details = records::auditDetails(records::changes(stored, a));
    details.insert(QStringLiteral("version"), AuditLog::versionStep(a.version));
    AuditLog(m_db).append(actor, QStringLiteral("application"), a.id, action, details);
    tx.commit();
    ++a.version;
}

void CaseRepository::update(Application &a, const QString &actor) const
{
    saveVersioned(a, QStringLiteral("update"), actor);
}

void CaseRepository::registerCase(Application &a, CaseStatus status, const QString &actor) const
{
    Transaction tx(m_db);
    Application changed = a;
    if (changed.registryNumber.isEmpty()) {
        const int year = changed.receivedAt.isValid() ? changed.receivedAt.date().year()
                                                      : QDate::currentDate().year();
        const qint64 n = nextCounterValue(m_db, QLatin1String("registry-") + QString::number(year));
        changed.registryNumber = QStringLiteral("%1-%2").arg(year).arg(n, 6, 10, QLatin1Char('0'));
    }
    changed.status = status;
    saveVersioned(changed, QStringLiteral("register"), actor);
    tx.commit();
    a = changed;
}

void CaseRepository::setStatus(Application &a, CaseStatus status, const QString &actor) const
{
    Application changed = a;
    changed.status = status;
    saveVersioned(changed, QLatin1String("status:") + code(status), actor);
    a = changed;
}

std::optional<Application> CaseRepository::selectOne(const QString &where, const QString &value,
                                                     bool lock) const
{
    Query q(m_db, QLatin1String("SELECT id, ") + kColumns +
                      QLatin1String(", version, created_by FROM applications WHERE ") + where +
                      (lock ? m_db.dialect().lockRows() : QString()));
    q.bind(QStringLiteral(":v"), value).exec();
    if (!q.next())
        return std::nullopt;
    Application a;
    int c = 0;
    a.id = q.value(c++).toString();
    a.registryNumber = q.value(c++).toString();
    a.kind = fromCode<ApplicationKind>(q.value(c++).toString()).value_or(ApplicationKind::Issue);
    a.channel = fromCode<Channel>(q.value(c++).toString()).value_or(Channel::StateCorporation);
    a.districtId = q.value(c++).toInt();
    a.immigrantId = q.value(c++).toString();
    a.employerId = q.value(c++).toString();
    a.extendsPermitId = q.value(c++).toString();
    a.receivedAt = m_db.dialect().timeFrom(q.value(c++));
    a.effectiveReceivedOn = SqlDialect::dateFrom(q.value(c++));
    a.decisionDueOn = SqlDialect::dateFrom(q.value(c++));
    a.requestedMonths = q.value(c++).toInt();
    a.workAddress = q.value(c++).toString();
    a.occupation = q.value(c++).toString();
    const QVariant salary = q.value(c++);
    if (!salary.isNull())
        a.salaryKzt = salary.toLongLong();
    a.intentSignedOn = SqlDialect::dateFrom(q.value(c++));
    a.status = fromCode<CaseStatus>(q.value(c++).toString()).value_or(CaseStatus::Draft);
    a.version = q.value(c++).toInt();
    a.createdBy = q.value(c++).toString();
    return a;
}

std::optional<Application> CaseRepository::find(const QString &id) const
{
    return selectOne(QStringLiteral("id = :v"), id);
}

std::optional<Application> CaseRepository::findByRegistryNumber(const QString &number) const
{
    return selectOne(QStringLiteral("registry_number = :v"), number);
}

void CaseRepository::saveChecklist(Application &app, QList<ChecklistItem> &items,
                                   const QString &actor) const
{
    Transaction tx(m_db);
    lockedAtVersion(app);
    Query(m_db, QStringLiteral("UPDATE applications SET version = version + 1, updated_at = :now "
                               "WHERE id = :id AND version = :version"))
        .bind(QStringLiteral(":now"), m_db.dialect().time(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":id"), app.id)
        .bind(QStringLiteral(":version"), app.version)
        .exec();
    const QList<ChecklistItem> stored = checklist(app.id);
    Query upsert(m_db, QStringLiteral(
        "INSERT INTO checklist_items (id, application_id, doc_code, state, doc_number, issued_on, "
        "valid_until, note, amount_kzt) "
        "VALUES (:id, :app, :code, :state, :number, :issued, :valid, :note, :amount) "
        "ON CONFLICT (application_id, doc_code) DO UPDATE SET state = excluded.state, "
        "doc_number = excluded.doc_number, issued_on = excluded.issued_on, "
        "valid_until = excluded.valid_until, note = excluded.note, "
        "amount_kzt = excluded.amount_kzt RETURNING id"));
    QJsonObject lines;
    for (ChecklistItem &item : items) {
        const auto before =
            std::find_if(stored.begin(), stored.end(),
                         [&item](const ChecklistItem &s) { return s.docCode == item.docCode; });
        QJsonObject line = records::auditDetails(
            records::changes(before == stored.end() ? ChecklistItem{} : *before, item));
        if (before == stored.end()) // a new line: its state was nothing before, not "missing"
            line.insert(QStringLiteral("state"),
                        QJsonObject{{QStringLiteral("before"), QJsonValue::Null},
                                    {QStringLiteral("after"), code(item.state)}});
        if (!line.isEmpty())
            lines.insert(item.docCode, line);
        upsert.bind(QStringLiteral(":id"), item.id.isEmpty() ? newId() : item.id)
            .bind(QStringLiteral(":app"), app.id)
            .bind(QStringLiteral(":code"), item.docCode)
            .bind(QStringLiteral(":state"), code(item.state))
            .bind(QStringLiteral(":number"), item.docNumber)
            .bind(QStringLiteral(":issued"), SqlDialect::date(item.issuedOn))
            .bind(QStringLiteral(":valid"), SqlDialect::date(item.validUntil))
            .bind(QStringLiteral(":note"), item.note)
            .bind(QStringLiteral(":amount"), amountOrNull(item.amountKzt));
        item.id = upsert.scalar().toString();
    }
    AuditLog(m_db).append(
        actor, QStringLiteral("application"), app.id, QStringLiteral("checklist"),
        {{QStringLiteral("lines"), lines}, {QStringLiteral("version"), AuditLog::versionStep(app.version)}});
    tx.commit();
    ++app.version;
}

QList<ChecklistItem> CaseRepository::checklist(const QString &applicationId) const
{
    Query q(m_db, QStringLiteral("SELECT id, doc_code, state, doc_number, issued_on, valid_until, "
                                 "note, amount_kzt FROM checklist_items WHERE application_id = :app "
                                 "ORDER BY doc_code"));
    q.bind(QStringLiteral(":app"), applicationId).exec();
    QList<ChecklistItem> items;
    while (q.next()) {
        ChecklistItem item;
        item.id = q.value(0).toString();
        item.docCode = q.value(1).toString();
        item.state = fromCode<DocumentState>(q.value(2).toString()).value_or(DocumentState::Missing);
        item.docNumber = q.value(3).toString();
        item.issuedOn = SqlDialect::dateFrom(q.value(4));
        item.validUntil = SqlDialect::dateFrom(q.value(5));
        item.note = q.value(6).toString();
        if (!q.value(7).isNull())
            item.amountKzt = q.value(7).toLongLong();
        items << item;
    }
    return items;
}

void CaseRepository::saveArrivalChecks(const QString &applicationId, QList<ArrivalCheck> &checks,
                                       const QString &actor) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    Query upsert(m_db, QStringLiteral(
        "INSERT INTO arrival_checks (id, application_id, item, conforms, note, checked_at, "
        "checked_by) VALUES (:id, :app, :item, :conforms, :note, :at, :by) "
        "ON CONFLICT (application_id, item) DO UPDATE SET conforms = excluded.conforms, "
        "note = excluded.note, checked_at = excluded.checked_at, checked_by = excluded.checked_by"));
    QJsonObject results;
    for (ArrivalCheck &check : checks) {
        upsert.bind(QStringLiteral(":id"), newId())
            .bind(QStringLiteral(":app"), applicationId)
            .bind(QStringLiteral(":item"), check.item)
            .bind(QStringLiteral(":conforms"), check.conforms ? 1 : 0)
            .bind(QStringLiteral(":note"), check.note)
            .bind(QStringLiteral(":at"), m_db.dialect().time(now))
            .bind(QStringLiteral(":by"), textOrNull(check.checkedBy))
            .exec();
        check.checkedAt = now;
        results.insert(QString::number(check.item), check.conforms);
    }
    AuditLog(m_db).append(actor, QStringLiteral("application"), applicationId,
                          QStringLiteral("arrival_checks"), results);
    tx.commit();
}

QList<ArrivalCheck> CaseRepository::arrivalChecks(const QString &applicationId) const
{
    Query q(m_db, QStringLiteral("SELECT item, conforms, note, checked_at, checked_by "
                                 "FROM arrival_checks WHERE application_id = :app ORDER BY item"));
    q.bind(QStringLiteral(":app"), applicationId).exec();
    QList<ArrivalCheck> checks;
    while (q.next())
        checks << ArrivalCheck{q.value(0).toInt(), q.value(1).toInt() != 0, q.value(2).toString(),
                               m_db.dialect().timeFrom(q.value(3)), q.value(4).toString()};
    return checks;
}

void CaseRepository::recordPoliceRequest(PoliceCheck &check, const QString &actor) const
{
    if (check.id.isEmpty())
        check.id = newId();
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO police_checks (id, application_id, sent_at, answer_due_on, "
                               "reference, note) VALUES (:id, :app, :sent, :due, :ref, :note)"))
        .bind(QStringLiteral(":id"), check.id)
        .bind(QStringLiteral(":app"), check.applicationId)
        .bind(QStringLiteral(":sent"), m_db.dialect().time(check.sentAt))
        .bind(QStringLiteral(":due"), SqlDialect::date(check.answerDueOn))
        .bind(QStringLiteral(":ref"), check.reference)
        .bind(QStringLiteral(":note"), check.note)
        .exec();
    AuditLog(m_db).append(actor, QStringLiteral("application"), check.applicationId,
                          QStringLiteral("police_request"),
                          {{QStringLiteral("due"), check.answerDueOn.toString(Qt::ISODate)}});
    tx.commit();
}

void CaseRepository::recordPoliceAnswer(const QString &checkId, bool positive,
                                        const QDateTime &answeredAt, const QString &reference,
                                        const QString &actor, const QString &note) const
{
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE police_checks SET answered_at = :at, result = :result, "
                                 "reference = :ref, note = :note WHERE id = :id AND answered_at IS NULL "
                                 "RETURNING application_id"));
    const QString applicationId =
        q.bind(QStringLiteral(":at"), m_db.dialect().time(answeredAt))
            .bind(QStringLiteral(":result"), positive ? QStringLiteral("positive") : QStringLiteral("negative"))
            .bind(QStringLiteral(":ref"), reference)
            .bind(QStringLiteral(":note"), note)
            .bind(QStringLiteral(":id"), checkId)
            .scalar()
            .toString();
    if (applicationId.isEmpty())
        throw StoreError(StoreError::Kind::NotFound,
                         tr("The police check %1 does not exist or was already answered").arg(checkId));
    AuditLog(m_db).append(actor, QStringLiteral("application"), applicationId,
                          QStringLiteral("police_answer"),
                          {{QStringLiteral("positive"), positive},
                           {QStringLiteral("reference"), reference},
                           {QStringLiteral("note"), note}});
    tx.commit();
}

QList<PoliceCheck> CaseRepository::policeChecks(const QString &applicationId) const
{
    Query q(m_db, QStringLiteral("SELECT id, sent_at, answer_due_on, answered_at, result, reference, note "
                                 "FROM police_checks WHERE application_id = :app ORDER BY sent_at"));
    q.bind(QStringLiteral(":app"), applicationId).exec();
    QList<PoliceCheck> checks;
    while (q.next()) {
        PoliceCheck c;
        c.id = q.value(0).toString();
        c.applicationId = applicationId;
        c.sentAt = m_db.dialect().timeFrom(q.value(1));
        c.answerDueOn = SqlDialect::dateFrom(q.value(2));
        c.answeredAt = m_db.dialect().timeFrom(q.value(3));
        if (!q.value(4).isNull())
            c.positive = q.value(4).toString() == QLatin1String("positive");
        c.reference = q.value(5).toString();
        c.note = q.value(6).toString();
        checks << c;
    }
    return checks;
}

void CaseRepository::recordDecision(Decision &d, const QString &actor) const
{
    if (d.id.isEmpty())
        d.id = newId();
    if (!d.decidedAt.isValid())
        d.decidedAt = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO decisions (id, application_id, kind, ground_id, ground_text, "
                               "missing_documents, decided_at, decided_by) VALUES (:id, :app, :kind, "
                               ":ground, :text, :missing, :at, :by)"))
        .bind(QStringLiteral(":id"), d.id)
        .bind(QStringLiteral(":app"), d.applicationId)
        .bind(QStringLiteral(":kind"), code(d.kind))
        .bind(QStringLiteral(":ground"), idOrNull(d.groundId))
        .bind(QStringLiteral(":text"), d.groundText)
        .bind(QStringLiteral(":missing"), d.missingDocuments.join(u'\n'))
        .bind(QStringLiteral(":at"), m_db.dialect().time(d.decidedAt))
        .bind(QStringLiteral(":by"), textOrNull(d.decidedBy))
        .exec();
    AuditLog(m_db).append(actor, QStringLiteral("application"), d.applicationId,
                          QLatin1String("decision:") + code(d.kind),
                          {{QStringLiteral("ground"), d.groundId},
                           {QStringLiteral("missing"), QJsonArray::fromStringList(d.missingDocuments)}});
    tx.commit();
}

QList<Decision> CaseRepository::decisions(const QString &applicationId) const
{
    Query q(m_db, QStringLiteral("SELECT id, kind, ground_id, ground_text, missing_documents, decided_at, "
                                 "decided_by FROM decisions WHERE application_id = :app ORDER BY decided_at"));
    q.bind(QStringLiteral(":app"), applicationId).exec();
    QList<Decision> list;
    while (q.next()) {
        Decision d;
        d.id = q.value(0).toString();
        d.applicationId = applicationId;
        d.kind = fromCode<DecisionKind>(q.value(1).toString()).value_or(DecisionKind::Refuse);
        d.groundId = q.value(2).toInt();
        d.groundText = q.value(3).toString();
        d.missingDocuments = q.value(4).toString().split(u'\n', Qt::SkipEmptyParts);
        d.decidedAt = m_db.dialect().timeFrom(q.value(5));
        d.decidedBy = q.value(6).toString();
        list << d;
    }
    return list;
}

} // namespace ruqsat::store
