// SPDX-License-Identifier: GPL-3.0-or-later
// R-QUOTA, R-QUOTA-EXTEND, R-PORTAL-INTENT: the quota rule without the store.
#include "domain/QuotaAccount.h"

#include <QTest>

using ruqsat::domain::QuotaAccount;

namespace {
const QDate kDay(2026, 3, 2);
}

class TestQuotaAccount : public QObject
{
    Q_OBJECT
private slots:
    void R_QUOTA_issueUntilFull()
    {
        QuotaAccount q(2);
        QVERIFY(q.canIssue(kDay));
        QVERIFY(q.issue(kDay));
        QVERIFY(q.issue(kDay));
        QCOMPARE(q.taken(kDay), 2);
        QVERIFY(!q.canIssue(kDay));
        QVERIFY(!q.issue(kDay)); // never over-issued
        QCOMPARE(q.permitsInForce(), 2);
        QCOMPARE(q.freePlaces(kDay), 0);
    }

    void R_QUOTA_EXTEND_takesNoPlace()
    {
        QuotaAccount q(1, 1);
        QVERIFY(!q.canIssue(kDay));
        QVERIFY(q.extend()); // a full quota does not stop an extension
        QCOMPARE(q.taken(kDay), 1);
    }

    void R_QUOTA_endingFreesAPlace()
    {
        QuotaAccount q(1, 1);
        q.permitEnded(); // revoked, terminated or expired
        QVERIFY(q.canIssue(kDay));
        q.permitEnded(); // nothing in force: stays at zero
        QCOMPARE(q.permitsInForce(), 0);
    }

    void R_PORTAL_INTENT_reservationHoldsAPlace()
    {
        QuotaAccount q(2, 1);
        QVERIFY(q.reserve(QStringLiteral("a"), kDay)); // holds through kDay + 10
        QCOMPARE(q.taken(kDay), 2);
        QVERIFY(!q.canIssue(kDay));
        QVERIFY(!q.reserve(QStringLiteral("b"), kDay));  // full
        QVERIFY(!q.issue(kDay.addDays(10)));               // others cannot take it
        QVERIFY(q.issue(kDay.addDays(10), QStringLiteral("a"))); // its own permit can, on day 10
        QCOMPARE(q.taken(kDay.addDays(10)), 2);            // the place changed hands, no more
        QCOMPARE(q.liveReservations(kDay.addDays(10)), 0);
    }

    void R_PORTAL_INTENT_reservationExpires()
    {
        QuotaAccount q(1);
        QVERIFY(q.reserve(QStringLiteral("a"), kDay));
        QCOMPARE(q.liveReservations(kDay.addDays(10)), 1); // last day: still live
        QCOMPARE(q.liveReservations(kDay.addDays(11)), 0); // the day after: gone
        QVERIFY(q.canIssue(kDay.addDays(11)));
        // Too late for the reserved permit: it needs a free place like any other.
        QVERIFY(q.issue(kDay.addDays(11), QStringLiteral("a")));
        QCOMPARE(q.permitsInForce(), 1);
        QVERIFY(!q.canIssue(kDay.addDays(11)));
    }

    void R_PORTAL_INTENT_expireAndRelease()
    {
        QuotaAccount q(3);
        QVERIFY(q.reserve(QStringLiteral("a"), kDay));
        QVERIFY(q.reserve(QStringLiteral("b"), kDay.addDays(5)));
        QVERIFY(!q.reserve(QStringLiteral("b"), kDay.addDays(5))); // already live
        QCOMPARE(q.expireReservations(kDay.addDays(11)), 1);       // "a" ended on day 10
        QCOMPARE(q.liveReservations(kDay.addDays(11)), 1);
        q.releaseReservation(QStringLiteral("b"));
        QCOMPARE(q.taken(kDay.addDays(11)), 0);
    }
};

QTEST_GUILESS_MAIN(TestQuotaAccount)
#include "tst_quotaaccount.moc"
