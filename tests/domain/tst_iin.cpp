// SPDX-License-Identifier: GPL-3.0-or-later
// The IIN: structure, century and sex, and the two-pass check digit. The
// check digits of the valid numbers were computed by hand / with an
// independent script (e.g. 850612400019: first pass 8+10+0+24+5+12+28+0+0+0+11
// = 98 = 10 mod 11, second pass 24+20+0+36+7+16+36+0+0+0+2 = 141 = 9 mod 11).
#include "domain/Iin.h"

#include <QTest>

using namespace ruqsat::domain;
using Problem = IinCheck::Problem;

class TestIin : public QObject
{
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("iin");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<Sex>("sex");
        QTest::newRow("first pass, 1900s male") << QStringLiteral("900101300007") << QDate(1990, 1, 1) << Sex::Male;
        QTest::newRow("second pass, 1900s female") << QStringLiteral("850612400019") << QDate(1985, 6, 12) << Sex::Female;
        QTest::newRow("29 Feb 2000, male") << QStringLiteral("000229500008") << QDate(2000, 2, 29) << Sex::Male;
        QTest::newRow("2000s female") << QStringLiteral("050315600000") << QDate(2005, 3, 15) << Sex::Female;
        QTest::newRow("1800s male") << QStringLiteral("750101100428") << QDate(1875, 1, 1) << Sex::Male;
        QTest::newRow("1800s female") << QStringLiteral("750101200424") << QDate(1875, 1, 1) << Sex::Female;
        QTest::newRow("century digit 0: no date, no sex") << QStringLiteral("900101001234") << QDate() << Sex::Unspecified;
        QTest::newRow("digit 0 and 29 Feb of 00") << QStringLiteral("000229000056") << QDate() << Sex::Unspecified;
    }
    void valid()
    {
        QFETCH(QString, iin);
        QFETCH(QDate, birth);
        QFETCH(Sex, sex);
        const IinCheck c = Iin::check(iin);
        QVERIFY2(c.valid(), qPrintable(c.reason));
        QCOMPARE(c.birthDate, birth);
        QCOMPARE(c.sex, sex);
        QVERIFY(c.reason.isEmpty());
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("iin");
        QTest::addColumn<Problem>("problem");
        QTest::newRow("11 digits") << QStringLiteral("90010130000") << Problem::Length;
        QTest::newRow("13 digits") << QStringLiteral("9001013000070") << Problem::Length;
        QTest::newRow("empty") << QString() << Problem::Length;
        QTest::newRow("letter") << QStringLiteral("90010130000A") << Problem::NonDigit;
        QTest::newRow("space") << QStringLiteral("900101 00007") << Problem::NonDigit;
        QTest::newRow("Arabic-Indic digit") << QStringLiteral("90010130000\u0667") << Problem::NonDigit;
        QTest::newRow("month 13") << QStringLiteral("901301300000") << Problem::BadDate;
        QTest::newRow("29 Feb 1900") << QStringLiteral("000229300000") << Problem::BadDate;
        QTest::newRow("29 Feb 2001") << QStringLiteral("010229500000") << Problem::BadDate;
        QTest::newRow("digit 0, 29 Feb 01") << QStringLiteral("010229000058") << Problem::BadDate;
        QTest::newRow("century 7") << QStringLiteral("900101700000") << Problem::BadCenturyDigit;
        QTest::newRow("century 9") << QStringLiteral("900101900000") << Problem::BadCenturyDigit;
        QTest::newRow("wrong check digit") << QStringLiteral("900101300008") << Problem::BadCheckDigit;
        QTest::newRow("wrong after second pass") << QStringLiteral("850612400018") << Problem::BadCheckDigit;
        QTest::newRow("10 in both passes") << QStringLiteral("850612400070") << Problem::NoCheckDigit;
        QTest::newRow("10 in both passes, 2000s") << QStringLiteral("050315600110") << Problem::NoCheckDigit;
    }
    void invalid()
    {
        QFETCH(QString, iin);
        QFETCH(Problem, problem);
        const IinCheck c = Iin::check(iin);
        QVERIFY(!c.valid());
        QCOMPARE(c.problem, problem);
        QVERIFY(!c.reason.isEmpty());
    }

    void checkDigitBothPasses()
    {
        QCOMPARE(Iin::checkDigit(u"90010130000"), 7);  // first pass
        QCOMPARE(Iin::checkDigit(u"85061240001"), 9);  // second pass
        QCOMPARE(Iin::checkDigit(u"85061240007"), -1); // none
    }
};

QTEST_GUILESS_MAIN(TestIin)
#include "tst_iin.moc"
