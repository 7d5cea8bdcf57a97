// SPDX-License-Identifier: GPL-3.0-or-later
// R-TERM: the last day of a permit, month ends, 29 February, and the 12-month
// cap of a chain of extensions.
#include "domain/PermitTerm.h"

#include <QTest>

using ruqsat::domain::PermitTerm;
using Refusal = PermitTerm::Refusal;

class TestPermitTerm : public QObject
{
    Q_OBJECT
private slots:
    void R_RENEW_AFTER_12_chainIsFull_data()
    {
        QTest::addColumn<QDate>("chainStart");
        QTest::addColumn<QDate>("validTo");
        QTest::addColumn<bool>("full");
        // A chain from 1 January 2026 may reach 31 December 2026.
        QTest::newRow("12 months at once") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << true;
        QTest::newRow("a day short of a month left")
            << QDate(2026, 1, 1) << QDate(2026, 12, 1) << true;
        QTest::newRow("exactly a month left") << QDate(2026, 1, 1) << QDate(2026, 11, 30) << false;
        QTest::newRow("6 months") << QDate(2026, 1, 1) << QDate(2026, 6, 30) << false;
        // From 29 February 2028 the chain may reach 28 February 2029.
        QTest::newRow("leap start, full") << QDate(2028, 2, 29) << QDate(2029, 2, 28) << true;
        QTest::newRow("leap start, a month left")
            << QDate(2028, 2, 29) << QDate(2029, 1, 28) << false;
    }
    void R_RENEW_AFTER_12_chainIsFull()
    {
        QFETCH(QDate, chainStart);
        QFETCH(QDate, validTo);
        QFETCH(bool, full);
        QCOMPARE(PermitTerm::chainIsFull(chainStart, validTo), full);
    }

    void R_TERM_validTo_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("15 Jan + 1: day before 15 Feb") << QDate(2026, 1, 15) << 1 << QDate(2026, 2, 14);
        QTest::newRow("1 Mar + 1: 31 Mar") << QDate(2026, 3, 1) << 1 << QDate(2026, 3, 31);
        QTest::newRow("1 Jan + 12: 31 Dec") << QDate(2026, 1, 1) << 12 << QDate(2026, 12, 31);
        QTest::newRow("31 Jan + 1: no 31 Feb, 28 Feb") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
        QTest::newRow("31 Jan 2028 + 1: 29 Feb") << QDate(2028, 1, 31) << 1 << QDate(2028, 2, 29);
        QTest::newRow("30 Jan 2028 + 1: no 30 Feb, 29 Feb") << QDate(2028, 1, 30) << 1 << QDate(2028, 2, 29);
        QTest::newRow("29 Jan 2028 + 1: 29 Feb exists, 28 Feb") << QDate(2028, 1, 29) << 1 << QDate(2028, 2, 28);
        QTest::newRow("29 Jan 2027 + 1: no 29 Feb, 28 Feb") << QDate(2027, 1, 29) << 1 << QDate(2027, 2, 28);
        QTest::newRow("31 Mar + 1: no 31 Apr, 30 Apr") << QDate(2026, 3, 31) << 1 << QDate(2026, 4, 30);
        QTest::newRow("29 Feb 2028 + 1: 28 Mar") << QDate(2028, 2, 29) << 1 << QDate(2028, 3, 28);
        QTest::newRow("29 Feb 2028 + 12: no 29 Feb 2029, 28 Feb") << QDate(2028, 2, 29) << 12 << QDate(2029, 2, 28);
        QTest::newRow("31 May + 6: no 31 Nov, 30 Nov") << QDate(2026, 5, 31) << 6 << QDate(2026, 11, 30);
        QTest::newRow("31 Aug + 6: 28 Feb 2027") << QDate(2026, 8, 31) << 6 << QDate(2027, 2, 28);
        QTest::newRow("15 Dec + 3 over the year") << QDate(2026, 12, 15) << 3 << QDate(2027, 3, 14);
        QTest::newRow("1 Feb 2028 + 1: 29 Feb") << QDate(2028, 2, 1) << 1 << QDate(2028, 2, 29);
    }
    void R_TERM_validTo()
    {
        QFETCH(QDate, from);
        QFETCH(int, months);
        QFETCH(QDate, expected);
        QCOMPARE(PermitTerm::validTo(from, months), expected);
        const auto r = PermitTerm::request(from, months);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.validTo, expected);
    }

    void R_TERM_monthsOutOfRange_data()
    {
        QTest::addColumn<int>("months");
        QTest::newRow("0") << 0;
        QTest::newRow("13") << 13;
        QTest::newRow("-1") << -1;
    }
    void R_TERM_monthsOutOfRange()
    {
        QFETCH(int, months);
        const auto r = PermitTerm::request(QDate(2026, 1, 1), months);
        QCOMPARE(r.refusal, Refusal::MonthsOutOfRange);
        QVERIFY(!r.reason.isEmpty());
        QVERIFY(!r.validTo.isValid());
    }

    void R_TERM_extensionStartsNextDay()
    {
        QCOMPARE(PermitTerm::extensionStart(QDate(2028, 2, 28)), QDate(2028, 2, 29));
        QCOMPARE(PermitTerm::extensionStart(QDate(2026, 12, 31)), QDate(2027, 1, 1));
    }

    void R_TERM_chainCap_data()
    {
        QTest::addColumn<QDate>("chainStart");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("validTo"); // invalid: refused
        QTest::addColumn<int>("maxMonths");
        // Chain from 15 Jan 2026: the limit is 14 Jan 2027. 3 months end 14
        // Apr; from 15 Apr, 9 months end exactly on the limit.
        QTest::newRow("extension up to the limit")
            << QDate(2026, 1, 15) << QDate(2026, 4, 15) << 9 << QDate(2027, 1, 14) << 0;
        QTest::newRow("one month too many")
            << QDate(2026, 1, 15) << QDate(2026, 4, 15) << 10 << QDate() << 9;
        QTest::newRow("12 months on an extension")
            << QDate(2026, 1, 15) << QDate(2026, 4, 15) << 12 << QDate() << 9;
        QTest::newRow("after the limit: none")
            << QDate(2026, 1, 15) << QDate(2027, 1, 15) << 1 << QDate() << 0;
        // Chain from 31 Jan 2026 (limit 30 Jan 2027); the first month ends 28
        // Feb, so from 1 Mar 11 months would end 31 Jan 2027, a day past the
        // limit: only 10 whole months (to 31 Dec 2026) are allowed.
        QTest::newRow("month-end chain loses a month")
            << QDate(2026, 1, 31) << QDate(2026, 3, 1) << 11 << QDate() << 10;
        QTest::newRow("month-end chain, 10 months")
            << QDate(2026, 1, 31) << QDate(2026, 3, 1) << 10 << QDate(2026, 12, 31) << 0;
        // Chain from 29 Feb 2028: limit 28 Feb 2029.
        QTest::newRow("leap chain") << QDate(2028, 2, 29) << QDate(2028, 8, 29) << 6 << QDate(2029, 2, 28) << 0;
    }
    void R_TERM_chainCap()
    {
        QFETCH(QDate, chainStart);
        QFETCH(QDate, from);
        QFETCH(int, months);
        QFETCH(QDate, validTo);
        QFETCH(int, maxMonths);
        const auto r = PermitTerm::request(from, months, chainStart);
        if (validTo.isValid()) {
            QVERIFY2(r.ok(), qPrintable(r.reason));
            QCOMPARE(r.validTo, validTo);
            QVERIFY(r.validTo <= PermitTerm::chainLimit(chainStart));
        } else {
            QCOMPARE(r.refusal, Refusal::BeyondChainLimit);
            QCOMPARE(r.maxMonths, maxMonths);
            QVERIFY(!r.reason.isEmpty());
            if (maxMonths > 0) {
                // The offered term fits, one more month would not.
                QVERIFY(PermitTerm::request(from, maxMonths, chainStart).ok());
                QVERIFY(!PermitTerm::request(from, maxMonths + 1, chainStart).ok());
            }
        }
    }

    void R_TERM_badStarts()
    {
        QCOMPARE(PermitTerm::request(QDate(2026, 1, 1), 3, QDate(2026, 2, 1)).refusal,
                 Refusal::StartsBeforeChain);
        QCOMPARE(PermitTerm::request(QDate(), 3).refusal, Refusal::InvalidDate);
    }
};

QTEST_GUILESS_MAIN(TestPermitTerm)
#include "tst_permitterm.moc"
