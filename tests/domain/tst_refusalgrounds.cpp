// SPDX-License-Identifier: GPL-3.0-or-later
// R-REFUSE-1..9: the catalogue; R-REFUSE-7: the IIT advance from the year's data.
#include "domain/ArrivalChecks.h"
#include "domain/IitAdvance.h"
#include "domain/RefusalGrounds.h"

#include <QSet>
#include <QTest>

using namespace ruqsat::domain;

class TestRefusalGrounds : public QObject
{
    Q_OBJECT
private slots:
    // R-CHECK (§15): a failed check grounds its refusal: (1) the documents
    // and (2) the passport data on R-REFUSE-2, (3) citizenship on
    // R-REFUSE-4, (4) art. 43-2 §5 on R-REFUSE-5.
    void R_CHECK_failedCheckGrounds()
    {
        QCOMPARE(ArrivalChecks::items(), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(ArrivalChecks::refusalGround(1), 2);
        QCOMPARE(ArrivalChecks::refusalGround(2), 2);
        QCOMPARE(ArrivalChecks::refusalGround(3), 4);
        QCOMPARE(ArrivalChecks::refusalGround(4), 5);
        QCOMPARE(ArrivalChecks::refusalGround(0), 0);
        QCOMPARE(ArrivalChecks::refusalGround(5), 0);
        QVERIFY(!ArrivalChecks::isItem(0) && !ArrivalChecks::isItem(5));
        QSet<QString> titles;
        for (const int item : ArrivalChecks::items()) {
            QVERIFY(RefusalGrounds::byNumber(ArrivalChecks::refusalGround(item)));
            titles.insert(ArrivalChecks::title(item));
        }
        QCOMPARE(titles.size(), 4);
        QVERIFY(ArrivalChecks::title(3).contains(QLatin1String("43-1")));
        QVERIFY(ArrivalChecks::title(4).contains(QLatin1String("43-2")));
        QVERIFY(ArrivalChecks::title(5).isEmpty());
    }

    void R_REFUSE_catalogue()
    {
        const auto grounds = RefusalGrounds::all();
        QCOMPARE(grounds.size(), RefusalGrounds::kCount);
        QSet<QString> texts;
        for (int i = 0; i < grounds.size(); ++i) {
            const RefusalGround &g = grounds.at(i);
            QCOMPARE(g.number, i + 1);
            QCOMPARE(g.ruleId, QStringLiteral("R-REFUSE-%1").arg(i + 1));
            for (Language l : {Language::Kazakh, Language::Russian, Language::English}) {
                QVERIFY(g.text.in(l).size() > 40);
                texts.insert(g.text.in(l));
            }
        }
        QCOMPARE(texts.size(), 27); // no text copied into another slot
        QVERIFY(!RefusalGrounds::byNumber(0));
        QVERIFY(!RefusalGrounds::byNumber(10));
        QCOMPARE(RefusalGrounds::byRuleId(QStringLiteral("R-REFUSE-9"))->number, 9);
    }

    // Spot checks that each text says what its ground is about, in each language.
    void R_REFUSE_texts()
    {
        const auto g4 = *RefusalGrounds::byNumber(4);
        QVERIFY(g4.text.kk.contains(QStringLiteral("43-1")));
        QVERIFY(g4.text.ru.contains(QStringLiteral("статьи 43-1")));
        QVERIFY(g4.text.en.contains(QStringLiteral("Article 43-1")));
        const auto g5 = *RefusalGrounds::byNumber(5);
        QVERIFY(g5.text.ru.contains(QStringLiteral("пунктом 5 статьи 43-2")));
        const auto g7 = *RefusalGrounds::byNumber(7);
        for (const QString &t : {g7.text.kk, g7.text.ru, g7.text.en})
            QVERIFY(t.contains(QStringLiteral("360")) && t.contains(QStringLiteral("658")));
        const auto g2 = *RefusalGrounds::byNumber(2);
        for (const QString &t : {g2.text.kk, g2.text.ru, g2.text.en})
            QVERIFY(t.contains(QStringLiteral("27595")) && t.contains(QStringLiteral("123")));
        QVERIFY(RefusalGrounds::byNumber(9)->text.ru.contains(QStringLiteral("персональных данных")));
        QVERIFY(RefusalGrounds::byNumber(1)->text.kk.contains(QStringLiteral("анық еместігін")));
    }

    void R_REFUSE_7_expected_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<YearRate>("rate");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("2026, 6 months: 6 x 10 x 4325") << 6 << YearRate{2026, 4325, 10} << qint64(259500);
        QTest::newRow("2026, 12 months") << 12 << YearRate{2026, 4325, 10} << qint64(519000);
        QTest::newRow("2025, 3 months: 3 x 10 x 3932") << 3 << YearRate{2025, 3932, 10} << qint64(117960);
        QTest::newRow("half MCI rate: 3 x 2.5 x 3932") << 3 << YearRate{2025, 3932, 2.5} << qint64(29490);
        QTest::newRow("rounds half up: 1 x 1.5 x 3") << 1 << YearRate{2025, 3, 1.5} << qint64(5);
    }
    void R_REFUSE_7_expected()
    {
        QFETCH(int, months);
        QFETCH(YearRate, rate);
        QFETCH(qint64, expected);
        QCOMPARE(IitAdvance::expected(months, rate), expected);
    }

    void R_REFUSE_7_difference()
    {
        const YearRate rate{2026, 4325, 10};
        const auto under = IitAdvance::compare(6, rate, 259000);
        QVERIFY(under && !under->matches());
        QCOMPARE(under->expectedKzt, 259500);
        QCOMPARE(under->differenceKzt, -500);
        const auto over = IitAdvance::compare(1, rate, 43300);
        QCOMPARE(over->differenceKzt, 50);
        QVERIFY(IitAdvance::compare(1, rate, 43250)->matches());
        QVERIFY(!IitAdvance::expected(0, rate));
        QVERIFY(!IitAdvance::expected(1, YearRate{2026, 0, 10}));
        QVERIFY(!IitAdvance::expected(1, YearRate{2026, 4325, 0}));
    }
};

QTEST_GUILESS_MAIN(TestRefusalGrounds)
#include "tst_refusalgrounds.moc"
