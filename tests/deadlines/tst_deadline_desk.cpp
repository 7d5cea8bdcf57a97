// SPDX-License-Identifier: GPL-3.0-or-later
// The Deadlines tab's items (issue #12), on both backends: a store with a
// case or permit behind every kind of statutory clock, made through the
// program's own steps on the shipped 2026 calendar (Nauryz on 23-25 March)
// with Saturday 28 March made a working day. Each clock is listed on its
// last day, with its rule, in its group; what is closed is not listed; the
// filters and the session's districts hold.
#include "DeadlineStore.h"
#include "TestStores.h"
#include "cases/CaseWorkflow.h"
#include "deadlines/DeadlineDesk.h"
#include "store/Query.h"

#include <QRegularExpression>
#include <QTest>

using namespace ruqsat;
using namespace ruqsat::records;
using deadlines::Deadline;
using deadlines::Kind;
using deadlines::Urgency;

namespace {

using test::kToday;
using test::almaty;
using test::kHead;

QList<Deadline> itemsOf(const QList<Deadline> &all, Kind kind)
{
    QList<Deadline> found;
    for (const Deadline &d : all)
        if (d.kind == kind)
            found << d;
    return found;
}

// The one item of `kind` about `caseOrPermit`; fails the test otherwise.
Deadline only(const QList<Deadline> &all, Kind kind, const QString &caseOrPermit)
{
    QList<Deadline> found;
    for (const Deadline &d : itemsOf(all, kind))
        if (d.caseId == caseOrPermit || d.permitId == caseOrPermit)
            found << d;
    if (found.size() != 1)
        qWarning().noquote() << deadlines::code(kind) << caseOrPermit << "listed" << found.size() << "times";
    return found.value(0);
}

// A store with every clock and what the desk lists of it on kToday.
struct Listed
{
    explicit Listed(const QString &backend) : scratch(backend), db(scratch.open()), s(test::fillDeadlineStore(*db))
    {
        deadlines::DeadlineFilter filter;
        filter.today = kToday;
        all = deadlines::DeadlineDesk(*db).list(filter);
    }
    test::ScratchStore scratch;
    std::unique_ptr<store::Database> db;
    test::DeadlineStore s;
    QList<Deadline> all;
};

QString backend()
{
    QFETCH(QString, backend);
    return backend;
}

} // namespace

class TestDeadlineDesk : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("listed"))); }

    void R_DECISION_TERM_data() { test::addBackendRows(); }
    void R_DECISION_TERM()
    {
        // Friday 27 and the worked Saturday 28 March.
        const Listed l(backend());
        const Deadline d = only(l.all, Kind::Decision, l.s.received.id);
        QCOMPARE(d.rule, QStringLiteral("R-DECISION-TERM"));
        QCOMPARE(d.dueOn, QDate(2026, 3, 28));
        QCOMPARE(deadlines::urgencyOf(d.dueOn, kToday), Urgency::Tomorrow);
        QCOMPARE(d.registryNumber, l.s.received.registryNumber);
        QVERIFY(!d.ruleText.isEmpty() && !d.action.isEmpty());
        // The list runs from the most urgent.
        for (int i = 1; i < l.all.size(); ++i)
            QVERIFY(l.all.at(i - 1).dueOn <= l.all.at(i).dueOn);
    }

    void R_POLICE_data() { test::addBackendRows(); }
    void R_POLICE()
    {
        // One working day after Friday is the worked Saturday.
        const Listed l(backend());
        const Deadline d = only(l.all, Kind::PoliceAnswer, l.s.atPolice.id);
        QCOMPARE(d.rule, QStringLiteral("R-POLICE"));
        QCOMPARE(d.dueOn, QDate(2026, 3, 28));
        QCOMPARE(itemsOf(l.all, Kind::PoliceAnswer).size(), 1); // the answered one is closed
    }

    void R_PORTAL_INTENT_data() { test::addBackendRows(); }
    void R_PORTAL_INTENT()
    {
        // Signed on 17 March, held to 27 March.
        const Listed l(backend());
        const Deadline d = only(l.all, Kind::Reservation, l.s.reserved.id);
        QCOMPARE(d.rule, QStringLiteral("R-PORTAL-INTENT"));
        QCOMPARE(d.dueOn, kToday);
        QCOMPARE(deadlines::urgencyOf(d.dueOn, kToday), Urgency::Today);
    }

    void R_REVOKE_POLICE_data() { test::addBackendRows(); }
    void R_REVOKE_POLICE()
    {
        // Revoked on Friday 20 March; Nauryz skipped: 26, 27 March.
        const Listed l(backend());
        Deadline d = only(l.all, Kind::RevocationNotice, l.s.revoked.id);
        QCOMPARE(d.rule, QStringLiteral("R-REVOKE-POLICE"));
        QCOMPARE(d.dueOn, kToday);
        QVERIFY(!d.isDone());
        QCOMPARE(d.permitNumber, l.s.revoked.number);
        // Sent: still listed, with the day it was sent.
        d = only(l.all, Kind::RevocationNotice, l.s.noticeSent.id);
        QVERIFY(d.isDone());
        QCOMPARE(d.doneOn, QDate(2026, 3, 26));
        QVERIFY2(d.action.contains(QStringLiteral("26.03.2026")), qPrintable(d.action));
    }

    void R_TERMINATION_data() { test::addBackendRows(); }
    void R_TERMINATION()
    {
        // The contract ended Thursday 19 March; due Friday 20 and Thursday
        // 26; the notice came on 27 March, late. The one in time is not listed.
        const Listed l(backend());
        const Deadline d = only(l.all, Kind::LateTermination, l.s.terminatedLate.id);
        QCOMPARE(d.rule, QStringLiteral("R-TERMINATION"));
        QCOMPARE(d.dueOn, QDate(2026, 3, 26));
        QCOMPARE(d.doneOn, kToday);
        QCOMPARE(deadlines::urgencyOf(d.dueOn, kToday), Urgency::Overdue);
        QCOMPARE(itemsOf(l.all, Kind::LateTermination).size(), 1);
    }

    void R_EXTEND_WINDOW_data() { test::addBackendRows(); }
    void R_EXTEND_WINDOW()
    {
        // A permit to 1 April: from 2 to 27 March, closing today.
        const Listed l(backend());
        Deadline d = only(l.all, Kind::ExtensionWindow, l.s.extendable.id);
        QCOMPARE(d.rule, QStringLiteral("R-EXTEND-WINDOW"));
        QCOMPARE(d.opensOn, QDate(2026, 3, 2));
        QCOMPARE(d.dueOn, kToday);
        QCOMPARE(itemsOf(l.all, Kind::ExtensionWindow).size(), 1);
        // A window closed on 26 March: the permit only expires, after 31 March.
        d = only(l.all, Kind::Expiry, l.s.ending.id);
        QCOMPARE(d.dueOn, QDate(2026, 3, 31));
        // A permit to 30 June has no clock yet (its complaint aside).
        for (const Deadline &item : l.all)
            QVERIFY2(item.permitId != l.s.farOff.id || item.kind == Kind::Complaint, qPrintable(item.permitId));
        // The day after, the window is gone and the permit is expiring.
        deadlines::DeadlineFilter filter;
        filter.today = kToday.addDays(1);
        QCOMPARE(only(deadlines::DeadlineDesk(*l.db).list(filter), Kind::Expiry, l.s.extendable.id).dueOn,
                 QDate(2026, 4, 1));
    }

    void R_RENEW_AFTER_12_data() { test::addBackendRows(); }
    void R_RENEW_AFTER_12()
    {
        // 12 months to 30 March: a new permit from 26 to 30 March.
        const Listed l(backend());
        const Deadline d = only(l.all, Kind::RenewalWindow, l.s.atTwelveMonths.id);
        QCOMPARE(d.rule, QStringLiteral("R-RENEW-AFTER-12"));
        QCOMPARE(d.opensOn, QDate(2026, 3, 26));
        QCOMPARE(d.dueOn, QDate(2026, 3, 30));
        QCOMPARE(deadlines::urgencyOf(d.dueOn, kToday), Urgency::Later);
        QCOMPARE(itemsOf(l.all, Kind::Expiry).size(), 1); // not also as expiring
    }

    void R_COMPLAINT_data() { test::addBackendRows(); }
    void R_COMPLAINT()
    {
        const Listed l(backend());
        // R-COMPLAINT-FORWARD: registered Thursday 26 March: 27, 28 (worked), 30.
        Deadline d = only(l.all, Kind::Complaint, l.s.received.id);
        QCOMPARE(d.rule, QStringLiteral("R-COMPLAINT-FORWARD"));
        QCOMPARE(d.dueOn, QDate(2026, 3, 30));
        // R-COMPLAINT-PROVIDER: registered Friday 20 March: 26, 27, 28, 30, 31.
        d = only(l.all, Kind::Complaint, l.s.farOff.id);
        QCOMPARE(d.rule, QStringLiteral("R-COMPLAINT-PROVIDER"));
        QCOMPARE(d.dueOn, QDate(2026, 3, 31));
    }

    void urgencyGroups()
    {
        QCOMPARE(deadlines::urgencyOf(QDate(2026, 3, 26), kToday), Urgency::Overdue);
        QCOMPARE(deadlines::urgencyOf(kToday, kToday), Urgency::Today);
        QCOMPARE(deadlines::urgencyOf(QDate(2026, 3, 28), kToday), Urgency::Tomorrow);
        QCOMPARE(deadlines::urgencyOf(QDate(2026, 3, 29), kToday), Urgency::ThisWeek); // Sunday
        QCOMPARE(deadlines::urgencyOf(QDate(2026, 3, 30), kToday), Urgency::Later);
        // On a Sunday, tomorrow is already next week.
        QCOMPARE(deadlines::urgencyOf(QDate(2026, 3, 30), QDate(2026, 3, 29)), Urgency::Tomorrow);
        QCOMPARE(deadlines::urgencyOf(QDate(2026, 3, 31), QDate(2026, 3, 29)), Urgency::Later);
    }

    // Resolved complaints, decided cases and lapsed clocks leave the list.
    void closedClocksLeave_data() { test::addBackendRows(); }
    void closedClocksLeave()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::DeadlineStore s = test::fillDeadlineStore(*db);
        deadlines::DeadlineFilter filter;
        filter.today = kToday;
        const deadlines::DeadlineDesk desk(*db);
        const qsizetype before = desk.list(filter).size();
        store::Query(
            *db,
            QStringLiteral(
                "UPDATE complaints SET resolved_on = :d, resolution = 'granted' WHERE id = :id"))
            .bind(QStringLiteral(":d"), store::SqlDialect::date(kToday))
            .bind(QStringLiteral(":id"), s.forwardComplaint)
            .exec();
        Application refused = s.received;
        cases::CaseWorkflow(*db, kHead).refuse(refused, 1, kToday, QStringLiteral("test"));
        const QList<Deadline> after = desk.list(filter);
        QCOMPARE(after.size(), before - 2);
        for (const Deadline &d : after)
            QVERIFY(d.caseId != s.received.id || d.kind != Kind::Decision);
        // A week after an Appendix 9 was sent, it is no longer listed.
        filter.today = QDate(2026, 4, 6);
        for (const Deadline &d : desk.list(filter))
            QVERIFY(d.permitId != s.noticeSent.id);
    }

    void filtersAndDistricts_data() { test::addBackendRows(); }
    void filtersAndDistricts()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const test::DeadlineStore s = test::fillDeadlineStore(*db);
        const deadlines::DeadlineDesk desk(*db);
        deadlines::DeadlineFilter filter;
        filter.today = kToday;
        const QList<Deadline> all = desk.list(filter);
        QVERIFY(all.size() >= 12);

        filter.kinds = {Kind::Complaint, Kind::PoliceAnswer};
        const QList<Deadline> two = desk.list(filter);
        QCOMPARE(two.size(), 3);
        for (const Deadline &d : two)
            QVERIFY(d.kind == Kind::Complaint || d.kind == Kind::PoliceAnswer);
        filter.kinds.clear();

        // Every clock is of the factory's district; the second district has none.
        const QList<int> districts = test::CaseFactory(*db).twoDistricts();
        filter.districtIds = {districts.at(1)};
        QVERIFY(desk.list(filter).isEmpty());
        filter.districtIds = {districts.at(0)};
        QCOMPARE(desk.list(filter).size(), all.size());
        filter.districtIds.clear();
        filter.districtId = districts.at(1);
        QVERIFY(desk.list(filter).isEmpty());
        filter.districtId = 0;

        filter.clerk = QStringLiteral("nobody");
        QVERIFY(desk.list(filter).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeadlineDesk)
#include "tst_deadline_desk.moc"
