// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A store for the reports' tests (issue #12) and the figures to expect of
// it, counted here row by row from the tables, apart from the reports' SQL.
//  * 300 people of the seeded demo generator, as of 15 May 2026: issued,
//    extended, refused and refused-at-intake cases, revocations,
//    terminations and copies over the districts of three cities, every
//    channel and many citizenships (the demo records no official).
//  * In two districts of Almaty (A, B: the factory's), the store's own steps
//    as two heads: head.a (A) issues two permits and refuses one case on
//    ground 3, one decision late and one in time (R-DECISION-TERM), revokes
//    one permit, records the termination of another and a copy;
//    head.b (B), named «Ivanov, "Vanya" Ivan» (a comma and quotes for the
//    CSV), issues one permit and records its copy.
#include "CaseFactory.h"
#include "TestStores.h"
#include "domain/WorkingHours.h"
#include "reports/ReportKind.h"
#include "store/CaseRepository.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/SqlDialect.h"
#include "store/UserRepository.h"

#include <QMap>
#include <QTimeZone>

namespace ruqsat::test {

inline QDateTime almaty(QDate day, QTime time)
{
    return QDateTime(day, time, domain::kazakhstanTimeZone());
}

struct ReportStore
{
    int districtA = 0, districtB = 0;
    store::User headA, headB;
};

// A permit of a new accepted case of `district`, issued by `head` at `at`.
inline records::Permit issueAt(const ScratchStore &scratch, const store::Database &db, int district,
                               const store::User &head, const QDateTime &at,
                               QDate validFrom = QDate(2026, 4, 1))
{
    const CaseFactory f(db);
    records::Application app = f.acceptedCase();
    scratch.rawExec(
        QStringLiteral(
            "UPDATE applications SET district_id = %1, decision_due_on = '%2' WHERE id = '%3'")
            .arg(district)
            .arg(at.toTimeZone(domain::kazakhstanTimeZone()).date().toString(Qt::ISODate), app.id));
    store::IssueRequest r;
    r.applicationId = app.id;
    r.regionId = f.almatyRegionId();
    r.quotaYear = 2026;
    r.validFrom = validFrom;
    // In force whatever the day the test runs (ruqsatctl expires lapsed permits).
    r.validTo = QDate::currentDate().addYears(1);
    r.decidedBy = head.id;
    const records::Permit p = store::PermitRepository(db).issue(r, head.login);
    const QString moment = db.dialect().time(at).toString();
    scratch.rawExec(
        QStringLiteral("UPDATE permits SET issued_at = '%1' WHERE id = '%2'").arg(moment, p.id));
    scratch.rawExec(
        QStringLiteral("UPDATE decisions SET decided_at = '%1' WHERE application_id = '%2'")
            .arg(moment, app.id));
    return p;
}

// `demo`: with the demo's people; without, only the steps below, in the
// factory's own two districts.
inline ReportStore fillReportStore(const ScratchStore &scratch, const store::Database &db,
                                   bool demo = true)
{
    const CaseFactory f(db);
    ReportStore s;
    if (demo)
        f.writeDemoPeople(300, 7, QDate(2026, 5, 15));
    const QList<int> two = f.twoDistricts();
    s.districtA = two.at(0);
    s.districtB = two.at(1);
    store::QuotaRepository(db).setQuota(f.almatyRegionId(), 2026, 5000, QStringLiteral("admin"));
    s.headA = {QString(),
               QStringLiteral("head.a"),
               QStringLiteral("Asanov Bolat"),
               QString(),
               records::Role::Head,
               0,
               true,
               {s.districtA}};
    s.headB = {QString(),
               QStringLiteral("head.b"),
               QStringLiteral("Ivanov, \"Vanya\" Ivan"),
               QString(),
               records::Role::Head,
               0,
               true,
               {s.districtB}};
    store::UserRepository(db).create(s.headA, CaseFactory::accountPassword(),
                                     QStringLiteral("setup"));
    store::UserRepository(db).create(s.headB, CaseFactory::accountPassword(),
                                     QStringLiteral("setup"));

    const store::PermitRepository permits(db);
    const records::Permit first =
        issueAt(scratch, db, s.districtA, s.headA, almaty({2026, 3, 2}, {10, 0}));
    const records::Permit second =
        issueAt(scratch, db, s.districtA, s.headA, almaty({2026, 4, 6}, {11, 0}));
    const records::Permit third =
        issueAt(scratch, db, s.districtB, s.headB, almaty({2026, 4, 7}, {9, 30}));
    // Decided a day after its due day: late (R-DECISION-TERM).
    scratch.rawExec(
        QStringLiteral("UPDATE applications SET decision_due_on = '2026-04-03' WHERE id = '%1'")
            .arg(second.applicationId));
    // A refusal on ground 3, at 23:30 of its due day: in time.
    records::Application refused = f.acceptedCase();
    scratch.rawExec(
        QStringLiteral("UPDATE applications SET district_id = %1, decision_due_on = '2026-04-08' "
                       "WHERE id = '%2'")
            .arg(s.districtA)
            .arg(refused.id));
    records::Decision d;
    d.applicationId = refused.id;
    d.kind = records::DecisionKind::Refuse;
    d.groundId = 3;
    d.decidedAt = almaty({2026, 4, 8}, {23, 30});
    d.decidedBy = s.headA.id;
    store::CaseRepository(db).recordDecision(d, s.headA.login);

    records::Revocation rev{first.id,
                            QStringLiteral("Labour inspection"),
                            QStringLiteral("14-02/331"),
                            QDate(2026, 4, 20),
                            QDate(2026, 4, 21),
                            QDate(2026, 4, 23),
                            {},
                            QDate(2026, 5, 6),
                            s.headA.id};
    permits.revoke(rev, s.headA.login);
    permits.terminate({second.id, QDate(2026, 4, 27), QDate(2026, 4, 29), QDate(2026, 4, 28),
                       QString(), s.headA.id},
                      s.headA.login);
    permits.recordCopy(third.id, QStringLiteral("lost"), s.headB.login, s.headB.id);
    // Recorded now; the copy was made on 10 April.
    scratch.rawExec(
        QStringLiteral("UPDATE permit_copies SET issued_at = '%1' WHERE permit_id = '%2'")
            .arg(db.dialect().time(almaty({2026, 4, 10}, {15, 0})).toString(), third.id));
    return s;
}

// One act a report counts, as the tables hold it.
struct Fact
{
    QDate day; // in Kazakhstan
    QString district, citizenship, channel, ground, clerk, month;
    bool inTime = false;
};

// Every act of `kind`, read row by row (no GROUP BY, no report SQL).
inline QList<Fact> factsOf(const store::Database &db, reports::Kind kind)
{
    using reports::Kind;
    QHash<QString, QStringList> applications; // id -> district, channel, immigrant, due day
    QHash<QString, QString> citizenship, logins;
    {
        store::Query q(db, QStringLiteral("SELECT id, district_id, channel, immigrant_id, "
                                          "decision_due_on FROM applications"));
        q.exec();
        while (q.next())
            applications.insert(q.value(0).toString(),
                                {q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(),
                                 store::SqlDialect::dateFrom(q.value(4)).toString(Qt::ISODate)});
        store::Query i(db, QStringLiteral("SELECT id, citizenship FROM immigrants"));
        i.exec();
        while (i.next())
            citizenship.insert(i.value(0).toString(), i.value(1).toString());
        store::Query u(db, QStringLiteral("SELECT id, login FROM users"));
        u.exec();
        while (u.next())
            logins.insert(u.value(0).toString(), u.value(1).toString());
    }
    const auto localDay = [&db](const QVariant &moment) {
        return db.dialect().timeFrom(moment).toTimeZone(domain::kazakhstanTimeZone()).date();
    };
    QList<Fact> facts;
    const auto add = [&](QDate day, const QString &applicationId, const QString &clerk,
                         const QString &ground, bool inTime) {
        const QStringList a = applications.value(applicationId);
        Fact f;
        f.day = day;
        f.district = a.value(0);
        f.channel = a.value(1);
        f.citizenship = citizenship.value(a.value(2));
        f.clerk = logins.value(clerk);
        f.ground = ground;
        f.month = day.toString(QStringLiteral("yyyy-MM"));
        f.inTime = inTime;
        facts << f;
    };
    if (kind == Kind::Issued || kind == Kind::Extended) {
        store::Query q(
            db, QStringLiteral(
                    "SELECT issued_at, application_id, issued_by, extends_permit_id FROM permits"));
        q.exec();
        while (q.next())
            if (q.value(3).toString().isEmpty() == (kind == Kind::Issued))
                add(localDay(q.value(0)), q.value(1).toString(), q.value(2).toString(), {}, false);
    } else if (kind == Kind::Refused || kind == Kind::RefusedAtIntake ||
               kind == Kind::DecisionTerm) {
        store::Query q(
            db,
            QStringLiteral(
                "SELECT decided_at, application_id, decided_by, ground_id, kind FROM decisions"));
        q.exec();
        while (q.next()) {
            const QString k = q.value(4).toString();
            const bool wanted = kind == Kind::Refused ? k == QLatin1String("refuse")
                                : kind == Kind::RefusedAtIntake
                                    ? k == QLatin1String("refuse_intake")
                                    : k != QLatin1String("refuse_intake");
            const QDate day = localDay(q.value(0));
            const QString due = applications.value(q.value(1).toString()).value(3);
            if (!wanted || (kind == Kind::DecisionTerm && due.isEmpty()))
                continue;
            add(day, q.value(1).toString(), q.value(2).toString(),
                q.value(3).isNull() ? QString() : q.value(3).toString(),
                kind == Kind::DecisionTerm && day <= QDate::fromString(due, Qt::ISODate));
        }
    } else {
        const QString sql =
            kind == Kind::Revoked
                ? QStringLiteral(
                      "SELECT x.revoked_on, p.application_id, x.recorded_by FROM revocations x "
                      "JOIN permits p ON p.id = x.permit_id")
            : kind == Kind::Terminated
                ? QStringLiteral(
                      "SELECT x.notified_on, p.application_id, x.recorded_by FROM terminations x "
                      "JOIN permits p ON p.id = x.permit_id")
                : QStringLiteral(
                      "SELECT x.issued_at, p.application_id, x.issued_by FROM permit_copies x "
                      "JOIN permits p ON p.id = x.permit_id");
        store::Query q(db, sql);
        q.exec();
        while (q.next())
            add(kind == Kind::Copies ? localDay(q.value(0))
                                     : store::SqlDialect::dateFrom(q.value(0)),
                q.value(1).toString(), q.value(2).toString(), {}, false);
    }
    return facts;
}

// The groups the facts make over `period` within `scope`: key -> (count, in time).
inline QMap<QString, QPair<int, int>> expectedGroups(const QList<Fact> &facts, reports::Grouping by,
                                                     const reports::Period &period,
                                                     const QList<int> &scope = {})
{
    using reports::Grouping;
    QMap<QString, QPair<int, int>> groups;
    for (const Fact &f : facts) {
        if (f.day < period.from || f.day > period.to)
            continue;
        if (!scope.isEmpty() && !scope.contains(f.district.toInt()))
            continue;
        const QString key = by == Grouping::District      ? f.district
                            : by == Grouping::Citizenship ? f.citizenship
                            : by == Grouping::Channel     ? f.channel
                            : by == Grouping::Month       ? f.month
                            : by == Grouping::Ground      ? f.ground
                            : by == Grouping::Clerk       ? f.clerk
                                                          : QString();
        groups[key].first += 1;
        groups[key].second += f.inTime ? 1 : 0;
    }
    return groups;
}

} // namespace ruqsat::test
