// SPDX-License-Identifier: GPL-3.0-or-later
// The case endings of a Kazakh date before the forms' postpositions: every
// month with every ending, and the long dates of the Kazakh forms.
#include "printing/FieldBuilder.h"
#include "printing/KazakhCase.h"

#include <QTest>

using namespace ruqsat::printing;

class TestKazakhCase : public QObject
{
    Q_OBJECT
private slots:
    // Each month: ablative (бастап), dative (дейін), locative (берілген),
    // attributive locative (№ …). The allomorph follows the last sound (р з:
    // д/ғ; м н: н in the ablative; к: т/к) and the last vowel (сәуір,
    // шілде, қыркүйек are front words).
    void everyMonthEveryEnding_data()
    {
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("ablative");
        QTest::addColumn<QString>("dative");
        QTest::addColumn<QString>("locative");
        QTest::addColumn<QString>("attributive");
        const QList<QStringList> months{
            {u"қаңтар"_qs, u"қаңтардан"_qs, u"қаңтарға"_qs, u"қаңтарда"_qs, u"қаңтардағы"_qs},
            {u"ақпан"_qs, u"ақпаннан"_qs, u"ақпанға"_qs, u"ақпанда"_qs, u"ақпандағы"_qs},
            {u"наурыз"_qs, u"наурыздан"_qs, u"наурызға"_qs, u"наурызда"_qs, u"наурыздағы"_qs},
            {u"сәуір"_qs, u"сәуірден"_qs, u"сәуірге"_qs, u"сәуірде"_qs, u"сәуірдегі"_qs},
            {u"мамыр"_qs, u"мамырдан"_qs, u"мамырға"_qs, u"мамырда"_qs, u"мамырдағы"_qs},
            {u"маусым"_qs, u"маусымнан"_qs, u"маусымға"_qs, u"маусымда"_qs, u"маусымдағы"_qs},
            {u"шілде"_qs, u"шілдеден"_qs, u"шілдеге"_qs, u"шілдеде"_qs, u"шілдедегі"_qs},
            {u"тамыз"_qs, u"тамыздан"_qs, u"тамызға"_qs, u"тамызда"_qs, u"тамыздағы"_qs},
            {u"қыркүйек"_qs, u"қыркүйектен"_qs, u"қыркүйекке"_qs, u"қыркүйекте"_qs,
             u"қыркүйектегі"_qs},
            {u"қазан"_qs, u"қазаннан"_qs, u"қазанға"_qs, u"қазанда"_qs, u"қазандағы"_qs},
            {u"қараша"_qs, u"қарашадан"_qs, u"қарашаға"_qs, u"қарашада"_qs, u"қарашадағы"_qs},
            {u"желтоқсан"_qs, u"желтоқсаннан"_qs, u"желтоқсанға"_qs, u"желтоқсанда"_qs,
             u"желтоқсандағы"_qs},
        };
        int number = 1;
        for (const QStringList &m : months)
            QTest::addRow("%02d-%s", number++, qPrintable(m.at(0)))
                << m.at(0) << m.at(1) << m.at(2) << m.at(3) << m.at(4);
    }
    void everyMonthEveryEnding()
    {
        QFETCH(QString, month);
        QFETCH(QString, ablative);
        QFETCH(QString, dative);
        QFETCH(QString, locative);
        QFETCH(QString, attributive);
        QCOMPARE(withCaseEnding(month, KazakhCase::Nominative), month);
        QCOMPARE(withCaseEnding(month, KazakhCase::Ablative), ablative);
        QCOMPARE(withCaseEnding(month, KazakhCase::Dative), dative);
        QCOMPARE(withCaseEnding(month, KazakhCase::Locative), locative);
        QCOMPARE(withCaseEnding(month, KazakhCase::AttributiveLocative), attributive);
    }

    // The other sounds the rule knows: a vowel of the back row, a nasal
    // ending in a front word, a voiceless consonant in a back word, a
    // voiced consonant that Kazakh devoices at the end of a loanword.
    void otherSounds_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("grammaticalCase");
        QTest::addColumn<QString>("expected");
        QTest::addRow("vowel, dative") << u"бала"_qs << int(KazakhCase::Dative) << u"балаға"_qs;
        QTest::addRow("front nasal, ablative")
            << u"мектеп-үйлерім"_qs << int(KazakhCase::Ablative) << u"мектеп-үйлерімнен"_qs;
        QTest::addRow("back voiceless, dative")
            << u"жұмыс"_qs << int(KazakhCase::Dative) << u"жұмысқа"_qs;
        QTest::addRow("back voiceless, attributive")
            << u"қағаз-бет"_qs << int(KazakhCase::AttributiveLocative) << u"қағаз-беттегі"_qs;
        QTest::addRow("loanword, locative")
            << u"завод"_qs << int(KazakhCase::Locative) << u"заводта"_qs;
        QTest::addRow("empty") << QString() << int(KazakhCase::Dative) << QString();
    }
    void otherSounds()
    {
        QFETCH(QString, word);
        QFETCH(int, grammaticalCase);
        QFETCH(QString, expected);
        QCOMPARE(withCaseEnding(word, KazakhCase(grammaticalCase)), expected);
    }

    // The long date of the Kazakh forms takes the ending; an empty date
    // stays a bare blank for the pen; Russian and English do not change.
    void longDateTakesTheEnding()
    {
        const QDate d(2026, 1, 31);
        QCOMPARE(FieldBuilder::formatLongDate(d, Language::Kazakh, KazakhCase::Ablative),
                 u"2026 жылғы \"31\" қаңтардан"_qs);
        QCOMPARE(
            FieldBuilder::formatLongDate(QDate(2026, 4, 24), Language::Kazakh, KazakhCase::Dative),
            u"2026 жылғы \"24\" сәуірге"_qs);
        QCOMPARE(FieldBuilder::formatLongDate(QDate(2026, 1, 28), Language::Kazakh,
                                              KazakhCase::Locative),
                 u"2026 жылғы \"28\" қаңтарда"_qs);
        QCOMPARE(FieldBuilder::formatLongDate(QDate(2026, 12, 3), Language::Kazakh,
                                              KazakhCase::AttributiveLocative),
                 u"2026 жылғы \"03\" желтоқсандағы"_qs);
        QCOMPARE(FieldBuilder::formatLongDate(d, Language::Kazakh), u"2026 жылғы \"31\" қаңтар"_qs);
        QCOMPARE(FieldBuilder::formatLongDate(QDate(), Language::Kazakh, KazakhCase::Ablative),
                 u"20__ жылғы \"___\" ______________"_qs);
        QCOMPARE(FieldBuilder::formatLongDate(d, Language::Russian, KazakhCase::Ablative),
                 u"«31» января 2026 года"_qs);
        QCOMPARE(FieldBuilder::formatLongDate(d, Language::English, KazakhCase::Ablative),
                 u"\"31\" January 2026"_qs);
    }
};

QTEST_GUILESS_MAIN(TestKazakhCase)
#include "tst_kazakh_case.moc"
