// SPDX-License-Identifier: GPL-3.0-or-later
// The statutory terms, each against the shipped calendar. Every expected date
// is counted by hand in the row's comment.
#include "ShippedCalendar.h"
#include "domain/Deadlines.h"
#include "domain/WorkingHours.h"

#include <QTest>

using namespace ruqsat;
using domain::Deadlines;

class TestDeadlines : public QObject
{
    Q_OBJECT

    domain::WorkCalendar m_calendar = test::shippedCalendar();

    void addDateRows()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("expected");
    }

private slots:
    void R_DECISION_TERM_data()
    {
        addDateRows();
        QTest::newRow("Wed -> Thu, Fri") << QDate(2026, 3, 18) << QDate(2026, 3, 20);
        QTest::newRow("Thu -> Fri, (Nauryz) Thu") << QDate(2026, 3, 19) << QDate(2026, 3, 26);
        QTest::newRow("Fri before Nauryz -> Thu 26, Fri 27") << QDate(2026, 3, 20) << QDate(2026, 3, 27);
        QTest::newRow("Tue 30 Dec -> Wed 31, Mon 5 Jan") << QDate(2025, 12, 30) << QDate(2026, 1, 5);
        QTest::newRow("Fri 8 May 2026 -> (11 off) Tue 12, Wed 13") << QDate(2026, 5, 8) << QDate(2026, 5, 13);
    }
    void R_DECISION_TERM()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, expected);
        QCOMPARE(Deadlines(m_calendar).decisionDue(from), expected);
    }

    // R-AFTER-HOURS then R-DECISION-TERM: Friday 20 March 2026 at 18:45 counts
    // as received on Thursday 26; the decision is due Fri 27, Mon 30.
    void R_DECISION_TERM_afterHours()
    {
        const QDateTime at(QDate(2026, 3, 20), QTime(18, 45), domain::kazakhstanTimeZone());
        const QDate effective = domain::effectiveReceiptDay(at, domain::WorkingHours::provider(), m_calendar);
        QCOMPARE(effective, QDate(2026, 3, 26));
        QCOMPARE(Deadlines(m_calendar).decisionDue(effective), QDate(2026, 3, 30));
    }

    void R_POLICE_data()
    {
        addDateRows();
        QTest::newRow("Wed -> Thu") << QDate(2026, 3, 18) << QDate(2026, 3, 19);
        QTest::newRow("Fri before Nauryz -> Thu") << QDate(2026, 3, 20) << QDate(2026, 3, 26);
        QTest::newRow("Thu 2 Jan 2025 -> worked Sunday 5") << QDate(2025, 1, 2) << QDate(2025, 1, 5);
    }
    void R_POLICE()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, expected);
        QCOMPARE(Deadlines(m_calendar).policeAnswerDue(from), expected);
    }

    void R_PORTAL_INTENT_data()
    {
        addDateRows();
        QTest::newRow("20 Feb 2026 + 10 (28-day Feb)") << QDate(2026, 2, 20) << QDate(2026, 3, 2);
        QTest::newRow("20 Feb 2028 + 10 (leap)") << QDate(2028, 2, 20) << QDate(2028, 3, 1);
        QTest::newRow("holidays are plain days") << QDate(2026, 3, 20) << QDate(2026, 3, 30);
        QTest::newRow("over the year end") << QDate(2026, 12, 25) << QDate(2027, 1, 4);
    }
    void R_PORTAL_INTENT()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, expected);
        QCOMPARE(Deadlines::intentReservationLastDay(from), expected);
    }

    void R_EXTEND_WINDOW_data()
    {
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<QDate>("opens");
        QTest::addColumn<QDate>("closes");
        QTest::newRow("30 June") << QDate(2026, 6, 30) << QDate(2026, 5, 31) << QDate(2026, 6, 25);
        QTest::newRow("31 March") << QDate(2026, 3, 31) << QDate(2026, 3, 1) << QDate(2026, 3, 26);
        QTest::newRow("over 29 Feb 2028") << QDate(2028, 3, 15) << QDate(2028, 2, 14) << QDate(2028, 3, 10);
        QTest::newRow("over the year end") << QDate(2027, 1, 3) << QDate(2026, 12, 4) << QDate(2026, 12, 29);
    }
    void R_EXTEND_WINDOW()
    {
        QFETCH(QDate, expires);
        QFETCH(QDate, opens);
        QFETCH(QDate, closes);
        const auto w = Deadlines::extensionWindow(expires);
        QCOMPARE(w.first, opens);
        QCOMPARE(w.last, closes);
        QVERIFY(w.contains(opens) && w.contains(closes));
        QVERIFY(!w.contains(opens.addDays(-1)) && !w.contains(closes.addDays(1)));
    }

    void R_RENEW_AFTER_12_data()
    {
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<QDate>("opens");
        QTest::newRow("30 June") << QDate(2026, 6, 30) << QDate(2026, 6, 26);
        QTest::newRow("2 March 2028 over 29 Feb") << QDate(2028, 3, 2) << QDate(2028, 2, 27);
        QTest::newRow("2 March 2027") << QDate(2027, 3, 2) << QDate(2027, 2, 26);
    }
    void R_RENEW_AFTER_12()
    {
        QFETCH(QDate, expires);
        QFETCH(QDate, opens);
        const auto w = Deadlines::renewalWindow(expires);
        QCOMPARE(Deadlines::kRenewalWindowDays, 4);
        QCOMPARE(w.first, opens);
        QCOMPARE(w.last, expires);
        // It starts the day after the extension window closes (expiry - 5).
        QCOMPARE(w.first, Deadlines::extensionWindow(expires).last.addDays(1));
    }

    void R_TERMINATION_data()
    {
        addDateRows();
        QTest::newRow("Fri before Nauryz") << QDate(2026, 3, 20) << QDate(2026, 3, 27);
        QTest::newRow("ended on a Saturday") << QDate(2026, 3, 21) << QDate(2026, 3, 27);
        QTest::newRow("Mon -> Tue, Wed") << QDate(2026, 4, 6) << QDate(2026, 4, 8);
    }
    void R_TERMINATION()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, expected);
        QCOMPARE(Deadlines(m_calendar).terminationNoticeDue(from), expected);
    }

    void R_REVOKE_POLICE_data()
    {
        addDateRows();
        QTest::newRow("Fri 8 May 2026 -> (Victory Day moved to 11) 12, 13") << QDate(2026, 5, 8) << QDate(2026, 5, 13);
        QTest::newRow("Wed 6 May 2026 -> (7 off) Fri 8, Tue 12") << QDate(2026, 5, 6) << QDate(2026, 5, 12);
    }
    void R_REVOKE_POLICE()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, expected);
        QCOMPARE(Deadlines(m_calendar).revocationPoliceDue(from), expected);
    }

    void R_REVOKE_STAY_data()
    {
        addDateRows();
        QTest::newRow("20 Dec + 15") << QDate(2026, 12, 20) << QDate(2027, 1, 4);
        QTest::newRow("20 Feb 2026 + 15") << QDate(2026, 2, 20) << QDate(2026, 3, 7);
        QTest::newRow("20 Feb 2028 + 15 (leap)") << QDate(2028, 2, 20) << QDate(2028, 3, 6);
    }
    void R_REVOKE_STAY()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, expected);
        QCOMPARE(Deadlines::revocationStayUntil(from), expected);
    }

    void R_COMPLAINT_FORWARD()
    {
        // Wed 18 Mar 2026: Thu 19, Fri 20, (Nauryz) Thu 26.
        QCOMPARE(Deadlines(m_calendar).complaintForwardDue(QDate(2026, 3, 18)), QDate(2026, 3, 26));
    }
    void R_COMPLAINT_PROVIDER()
    {
        // 19, 20, 26, 27, Mon 30.
        QCOMPARE(Deadlines(m_calendar).complaintProviderDue(QDate(2026, 3, 18)), QDate(2026, 3, 30));
        // Registered on a Saturday: Mon 2 - Fri 6 Feb 2026.
        QCOMPARE(Deadlines(m_calendar).complaintProviderDue(QDate(2026, 1, 31)), QDate(2026, 2, 6));
    }
    void R_COMPLAINT_QUALITY()
    {
        // 19, 20, 26, 27, 30, 31, Apr 1, 2, 3, 6, 7, 8, 9, 10, 13.
        QCOMPARE(Deadlines(m_calendar).complaintQualityDue(QDate(2026, 3, 18)), QDate(2026, 4, 13));
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
