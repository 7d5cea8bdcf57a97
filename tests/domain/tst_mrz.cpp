// SPDX-License-Identifier: GPL-3.0-or-later
// ICAO 9303 MRZ: the specimens of Doc 9303 parts 4 (TD3) and 5 (TD1), every
// check digit, OCR confusions and centuries. Lines other than the specimens
// were built with an independent script computing the 7-3-1 check digits.
#include "domain/Mrz.h"

#include <QTest>

using namespace ruqsat::domain;
using Problem = MrzResult::Problem;

namespace {
const QDate kToday(2026, 3, 1);
const QString kTd3Line1 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
const QString kTd3Line2 = QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
const QString kTd1 = QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                    "7408122F1204159UTO<<<<<<<<<<<6\n"
                                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<\n");

QString td3(const QString &line2)
{
    return kTd3Line1 + u'\n' + line2;
}
QString replaced(QString s, int at, QChar c)
{
    s[at] = c;
    return s;
}
} // namespace

class TestMrz : public QObject
{
    Q_OBJECT
private slots:
    void td3Specimen()
    {
        const MrzResult r = Mrz::parse(td3(kTd3Line2), kToday);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        const MrzFields &f = r.fields;
        QCOMPARE(f.format, MrzFields::Format::TD3);
        QCOMPARE(f.documentCode, QStringLiteral("P"));
        QCOMPARE(f.issuingState, QStringLiteral("UTO"));
        QCOMPARE(f.surname, QStringLiteral("ERIKSSON"));
        QCOMPARE(f.givenNames, QStringLiteral("ANNA MARIA"));
        QCOMPARE(f.documentNumber, QStringLiteral("L898902C3"));
        QCOMPARE(f.nationality, QStringLiteral("UTO"));
        QCOMPARE(f.birthDate, QDate(1974, 8, 12));
        QCOMPARE(f.sex, Sex::Female);
        QCOMPARE(f.expiryDate, QDate(2012, 4, 15));
        QCOMPARE(f.optionalData, QStringLiteral("ZE184226B"));
        QVERIFY(r.corrections.isEmpty());
    }

    void td1Specimen()
    {
        const MrzResult r = Mrz::parse(kTd1, kToday);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        const MrzFields &f = r.fields;
        QCOMPARE(f.format, MrzFields::Format::TD1);
        QCOMPARE(f.documentCode, QStringLiteral("I"));
        QCOMPARE(f.documentNumber, QStringLiteral("D23145890"));
        QCOMPARE(f.surname, QStringLiteral("ERIKSSON"));
        QCOMPARE(f.givenNames, QStringLiteral("ANNA MARIA"));
        QCOMPARE(f.birthDate, QDate(1974, 8, 12));
        QCOMPARE(f.expiryDate, QDate(2012, 4, 15));
        QCOMPARE(f.sex, Sex::Female);
        QCOMPARE(f.nationality, QStringLiteral("UTO"));
    }

    void td1LongDocumentNumber()
    {
        const MrzResult r = Mrz::parse(QStringLiteral("I<UTOD23145890<1233<<<<<<<<<<<\n"
                                                      "7408122F1204159UTO<<<<<<<<<<<2\n"
                                                      "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"),
                                       kToday);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.fields.documentNumber, QStringLiteral("D23145890123"));
    }

    void toleratesCaseSpacesAndBlankLines()
    {
        const MrzResult r = Mrz::parse(u"\n  " + kTd3Line1.toLower() + u"  \r\n\n" +
                                           kTd3Line2.left(20) + u' ' + kTd3Line2.mid(20) + u'\n',
                                       kToday);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.fields.surname, QStringLiteral("ERIKSSON"));
    }

    void checkDigitFailures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("document number") << td3(replaced(kTd3Line2, 9, u'5')) << QStringLiteral("document_number");
        QTest::newRow("birth date") << td3(replaced(kTd3Line2, 19, u'3')) << QStringLiteral("birth_date");
        QTest::newRow("expiry date") << td3(replaced(kTd3Line2, 27, u'8')) << QStringLiteral("expiry_date");
        QTest::newRow("personal number") << td3(replaced(kTd3Line2, 42, u'2')) << QStringLiteral("personal_number");
        QTest::newRow("composite") << td3(replaced(kTd3Line2, 43, u'1')) << QStringLiteral("composite");
        // A changed birth digit breaks its own check before the composite.
        QTest::newRow("birth digit changed") << td3(replaced(kTd3Line2, 14, u'5')) << QStringLiteral("birth_date");
        QTest::newRow("TD1 document number") << replaced(kTd1, 14, u'6') << QStringLiteral("document_number");
        QTest::newRow("TD1 composite") << replaced(kTd1, 31 + 29, u'5') << QStringLiteral("composite");
        QTest::newRow("TD1 expiry") << replaced(kTd1, 31 + 14, u'0') << QStringLiteral("expiry_date");
    }
    void checkDigitFailures()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        const MrzResult r = Mrz::parse(text, kToday);
        QCOMPARE(r.problem, Problem::CheckDigit);
        QCOMPARE(r.field, field);
        QVERIFY(r.reason.contains(field));
    }

    // OCR: a letter O in a numeric field is read as 0 and reported.
    void ocrLetterOInNumericField()
    {
        const MrzResult r = Mrz::parse(td3(replaced(replaced(kTd3Line2, 23, u'O'), 43, u'O')), kToday);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.fields.expiryDate, QDate(2012, 4, 15));
        QCOMPARE(r.corrections.size(), 2);
        QVERIFY(r.corrections.at(0).startsWith(QLatin1String("expiry_date")));
    }

    // ... but never guessed in the alphanumeric document number.
    void ocrLetterONotGuessedInDocumentNumber()
    {
        const MrzResult r = Mrz::parse(td3(replaced(kTd3Line2, 5, u'O')), kToday); // L8989O2C3
        QCOMPARE(r.problem, Problem::CheckDigit);
        QCOMPARE(r.field, QStringLiteral("document_number"));
        QVERIFY(r.corrections.isEmpty());
        QCOMPARE(r.fields.documentNumber, QStringLiteral("L8989O2C3"));
    }

    void otherFailures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("field");
        QTest::newRow("one line") << kTd3Line2 << Problem::Format << QStringLiteral("format");
        QTest::newRow("short line") << td3(kTd3Line2.left(43)) << Problem::Format << QStringLiteral("format");
        QTest::newRow("empty") << QString() << Problem::Format << QStringLiteral("format");
        QTest::newRow("bad character") << td3(replaced(kTd3Line2, 37, u'#')) << Problem::Character << QStringLiteral("line 2");
        QTest::newRow("letter in a date") << td3(replaced(kTd3Line2, 15, u'X')) << Problem::Character << QStringLiteral("birth_date");
        // Month 13 with a matching check digit (script-built): a date error.
        QTest::newRow("month 13") << td3(QStringLiteral("AB12345671UZB7413128M3001019<<<<<<<<<<<<<<04"))
                                  << Problem::Date << QStringLiteral("birth_date");
    }
    void otherFailures()
    {
        QFETCH(QString, text);
        QFETCH(Problem, problem);
        QFETCH(QString, field);
        const MrzResult r = Mrz::parse(text, kToday);
        QCOMPARE(r.problem, problem);
        QCOMPARE(r.field, field);
        QVERIFY(!r.reason.isEmpty());
    }

    void centuries_data()
    {
        QTest::addColumn<QString>("line2");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("expiry");
        QTest::newRow("born 30 -> 1930, expires 80 -> 1980")
            << QStringLiteral("AB12345671UZB3001019M8001014<<<<<<<<<<<<<<00") << QDate(1930, 1, 1) << QDate(1980, 1, 1);
        QTest::newRow("born 20 -> 2020, expires 75 -> 2075")
            << QStringLiteral("AB12345671UZB2001012M7501012<<<<<<<<<<<<<<08") << QDate(2020, 1, 1) << QDate(2075, 1, 1);
        QTest::newRow("29 Feb 2000, expires 29 Feb 2028")
            << QStringLiteral("AB12345671UZB0002299F2802297<<<<<<<<<<<<<<04") << QDate(2000, 2, 29) << QDate(2028, 2, 29);
    }
    void centuries()
    {
        QFETCH(QString, line2);
        QFETCH(QDate, birth);
        QFETCH(QDate, expiry);
        const MrzResult r = Mrz::parse(td3(line2), kToday);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.fields.birthDate, birth);
        QCOMPARE(r.fields.expiryDate, expiry);
        QCOMPARE(r.fields.documentNumber, QStringLiteral("AB1234567"));
        QVERIFY(r.fields.optionalData.isEmpty());
    }

    void checkDigitValues()
    {
        QCOMPARE(Mrz::checkDigit(u"L898902C3"), 6);
        QCOMPARE(Mrz::checkDigit(u"740812"), 2);
        QCOMPARE(Mrz::checkDigit(u"<<<<"), 0);
        QCOMPARE(Mrz::checkDigit(u"a"), -1);
    }
};

QTEST_GUILESS_MAIN(TestMrz)
#include "tst_mrz.moc"
