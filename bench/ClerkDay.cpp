// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClerkDay.h"

#include "BenchSupport.h"
#include "cases/CaseWorkflow.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRules.h"
#include "domain/DocumentValidity.h"
#include "intake/IntakeService.h"
#include "store/CaseRegisterRepository.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/ServerRetry.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <cmath>

namespace ruqsat::bench {

namespace {

const QString kSearch = QStringLiteral("search");
const QString kOpen = QStringLiteral("open a case");
const QString kIntake = QStringLiteral("submit an intake");
const QString kDecide = QStringLiteral("decide on the checklist");
const QString kPolice = QStringLiteral("police request and answer");
const QString kIssue = QStringLiteral("issue a permit");
const QString kWaiting = QStringLiteral("list cases to issue");

// Word starts that find many people, as clerks type them.
const QStringList kCommonStarts = {
    QStringLiteral("kar"), QStringLiteral("ism"), QStringLiteral("abd"), QStringLiteral("nur"),
    QStringLiteral("rah"), QStringLiteral("xol"), QStringLiteral("tur"), QStringLiteral("sha")};

// R-CHECK, R-DOC-VALIDITY: the documents of an issuance received on
// `received` for 6 months, all present and valid (the IIT advance: 6 months
// of 10 MCI of 2026, R-REFUSE-7).
QList<domain::SubmittedDocument> completeDocuments(const QDate &received)
{
    auto doc = [](const char *code, QDate issued = {}, QDate from = {}, QDate until = {}) {
        domain::SubmittedDocument d;
        d.code = QLatin1String(code);
        d.present = true;
        d.issuedOn = issued;
        d.validFrom = from;
        d.validUntil = until;
        return d;
    };
    auto receipt = doc("iit_receipt", received.addDays(-2));
    receipt.amountKzt = 6 * 10 * 4325;
    return {doc("application"),
            receipt,
            doc("passport", received.addDays(-60), {}, received.addYears(3)),
            doc("medical_certificate", received.addDays(-20)),
            doc("insurance", received.addDays(-1), received, received.addYears(1)),
            doc("intent_agreement", received.addDays(-5))};
}

QList<records::ArrivalCheck> allConform()
{
    QList<records::ArrivalCheck> checks;
    for (int item = 1; item <= 4; ++item)
        checks << records::ArrivalCheck{item, true, QString(), {}, {}};
    return checks;
}

class Desk
{
public:
    Desk(const store::Database &db, cases::Session session, quint32 seed)
        : m_db(db), m_session(std::move(session)), m_rng(seed),
          m_people(seed, QDate::currentDate(), demo::rulesFromStore(db)), m_retry(db)
    {
        m_people.setDistricts({{QStringLiteral("desk"), m_session.districtIds}});
        // What this desk searches for: common word starts, and the names,
        // registry numbers and cases of its own register's first page.
        m_terms = kCommonStarts;
        store::RegisterFilter all;
        all.districtIds = m_session.scope();
        for (const store::RegisterRow &row :
             store::CaseRegisterRepository(m_db).firstPage(all, {}, 100)) {
            m_cases << row.id;
            if (!row.registryNumber.isEmpty())
                m_terms << row.registryNumber;
            const QString surname = row.immigrantLatin.section(u' ', 0, 0).toLower();
            if (surname.size() >= 4)
                m_terms << surname.left(4 + int(m_rng.bounded(3)));
        }
    }

    void step(DeskLog &log)
    {
        const bool head = m_session.mayDecide();
        const int dice = int(m_rng.bounded(100));
        if (dice < 35)
            timed(log, kSearch, [&] { search(); });
        else if (dice < 60)
            timed(log, kOpen, [&] { open(); });
        else if (head)
            issue(log);
        else if (dice < 75)
            timed(log, kIntake, [&] { intake(); });
        else if (dice < 88 && !m_submitted.isEmpty())
            timed(log, kDecide, [&] { decide(); });
        else if (!m_accepted.isEmpty())
            timed(log, kPolice, [&] { police(); });
        else
            timed(log, kIntake, [&] { intake(); });
    }

private:
    template <typename Step> void timed(DeskLog &log, const QString &name, Step &&step)
    {
        QElapsedTimer clock;
        clock.start();
        try {
            step();
        } catch (const store::StoreError &e) {
            switch (e.kind()) {
            case store::StoreError::Kind::Conflict:
                ++log.conflicts;
                break;
            case store::StoreError::Kind::QuotaExhausted:
            case store::StoreError::Kind::Invalid:
                ++log.refusedByRules;
                break;
            default:
                ++log.errors;
                if (log.errorSamples.size() < 5)
                    log.errorSamples
                        << name + QLatin1String(": ") + e.message() + u' ' + e.detail();
                return;
            }
        }
        log.ms[name] << msSince(clock);
    }

    void search()
    {
        store::RegisterFilter filter;
        filter.districtIds = m_session.scope();
        filter.search = m_terms.at(int(m_rng.bounded(qsizetype(m_terms.size()))));
        const auto rows = store::CaseRegisterRepository(m_db).firstPage(filter, {}, 100);
        if (!rows.isEmpty() && m_cases.size() < 500)
            m_cases << rows.first().id;
    }

    void open()
    {
        if (m_cases.isEmpty())
            return search();
        const QString id = m_cases.at(int(m_rng.bounded(qsizetype(m_cases.size()))));
        const store::CaseRepository cases(m_db);
        if (cases.find(id)) {
            cases.checklist(id);
            cases.policeChecks(id);
        }
    }

    void intake()
    {
        demo::DemoFile file = m_people.next();
        intake::IntakeForm form;
        form.immigrant = file.immigrant;
        form.employer = file.employer;
        form.application = file.cases.first().application;
        form.immigrant.id.clear();
        form.employer.id.clear();
        for (records::Property &p : form.employer.properties)
            p.id.clear();
        records::Application &app = form.application;
        app.id.clear();
        app.registryNumber.clear();
        app.kind = records::ApplicationKind::Issue;
        app.extendsPermitId.clear();
        app.districtId = m_session.districtIds.first();
        app.receivedAt = QDateTime::currentDateTimeUtc();
        app.requestedMonths = 6;
        app.version = 0;
        const intake::IntakeService service(m_db, m_session.login, m_session.scope());
        m_retry.run([&] {
            intake::IntakeForm attempt = form;
            service.submit(attempt);
            form = attempt;
        });
        m_submitted << form.application;
        m_cases << form.application.id;
    }

    void decide()
    {
        records::Application app = m_submitted.takeFirst();
        const cases::CaseWorkflow workflow(m_db, m_session);
        const auto documents = completeDocuments(app.receivedAt.date());
        m_retry.run([&] {
            records::Application attempt = app;
            workflow.decideIntake(attempt, documents, allConform());
            app = attempt;
        });
        if (app.status == records::CaseStatus::Accepted)
            m_accepted << app;
    }

    void police()
    {
        records::Application app = m_accepted.takeFirst();
        const cases::CaseWorkflow workflow(m_db, m_session);
        records::PoliceCheck check;
        m_retry.run([&] {
            records::Application attempt = app;
            check = workflow.sendToPolice(attempt, QDateTime::currentDateTimeUtc());
            app = attempt;
        });
        m_retry.run([&] {
            workflow.recordPoliceAnswer(check.id, true, QDateTime::currentDateTimeUtc(),
                                        QStringLiteral("B-%1").arg(m_rng.bounded(100000)));
        });
    }

    // The head lists the cases waiting with a positive police answer (a
    // read) and issues the permit of one (a write).
    void issue(DeskLog &log)
    {
        std::optional<records::Application> ready;
        timed(log, kWaiting, [&] {
            store::RegisterFilter waiting;
            waiting.districtIds = m_session.scope();
            waiting.status = records::CaseStatus::PoliceCheck;
            const store::CaseRepository cases(m_db);
            for (const store::RegisterRow &row :
                 store::CaseRegisterRepository(m_db).firstPage(waiting, {}, 20)) {
                const auto checks = cases.policeChecks(row.id);
                if (!checks.isEmpty() && checks.last().positive.value_or(false)) {
                    ready = cases.find(row.id);
                    break;
                }
            }
        });
        if (!ready)
            return;
        timed(log, kIssue, [&] {
            const cases::CaseWorkflow workflow(m_db, m_session);
            m_retry.run([&] {
                records::Application attempt = *ready;
                workflow.issue(attempt, QDate::currentDate());
            });
        });
    }

    const store::Database &m_db;
    cases::Session m_session;
    QRandomGenerator m_rng;
    demo::DemoGenerator m_people;
    store::ServerRetry m_retry;
    QStringList m_terms;
    QStringList m_cases;
    QList<records::Application> m_submitted, m_accepted;
};

} // namespace

void DeskLog::merge(const DeskLog &other)
{
    for (auto it = other.ms.begin(); it != other.ms.end(); ++it)
        ms[it.key()] << it.value();
    errors += other.errors;
    conflicts += other.conflicts;
    refusedByRules += other.refusedByRules;
    for (const QString &e : other.errorSamples)
        if (errorSamples.size() < 10)
            errorSamples << e;
}

ClerkDay::ClerkDay(store::ConnectionString where, quint32 seed, int meanThinkMs)
    : m_where(std::move(where)), m_seed(seed), m_meanThinkMs(meanThinkMs)
{
}

bool ClerkDay::isRead(const QString &step)
{
    return step == kSearch || step == kOpen || step == kWaiting;
}

DeskLog ClerkDay::run(const QDateTime &until, const QAtomicInt &stop)
{
    DeskLog log;
    try {
        const auto db = store::Database::open(m_where, {}, store::Database::IfNoStore::Refuse);
        const std::optional<store::User> user =
            store::UserRepository(*db).findByLogin(m_where.user);
        if (!user)
            throw store::StoreError(store::StoreError::Kind::Forbidden,
                                    QStringLiteral("no user %1").arg(m_where.user));
        Desk desk(*db, {user->id, user->login, user->role, user->districtIds}, m_seed);
        QRandomGenerator think(m_seed ^ 0x5eed);
        while (QDateTime::currentDateTimeUtc() < until && !stop.loadRelaxed()) {
            // Think times are exponential around the mean: clerks come in bursts.
            const double pause = -std::log(1.0 - think.generateDouble()) * m_meanThinkMs;
            QThread::msleep(static_cast<unsigned long>(std::min(pause, 10.0 * m_meanThinkMs)));
            desk.step(log);
        }
    } catch (const store::StoreError &e) {
        ++log.errors;
        log.errorSamples << QStringLiteral("connect: ") + e.message() + u' ' + e.detail();
    }
    return log;
}

} // namespace ruqsat::bench
