// SPDX-License-Identifier: GPL-3.0-or-later
// A date as typed on a form: real days, impossible days (kept as typed and
// refused with a message), malformed text, and an empty optional date.
#include "domain/TypedDate.h"

#include <QTest>

using namespace ruqsat::domain;
using State = TypedDate::State;

Q_DECLARE_METATYPE(State)

class TestTypedDate : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<State>("state");
        QTest::addColumn<QDate>("date");
        QTest::newRow("dotted") << QStringLiteral("20.03.2026") << State::Valid
                                << QDate(2026, 3, 20);
        QTest::newRow("eight digits")
            << QStringLiteral("20032026") << State::Valid << QDate(2026, 3, 20);
        QTest::newRow("one-digit day and month")
            << QStringLiteral("1.3.2026") << State::Valid << QDate(2026, 3, 1);
        QTest::newRow("slashes, spaces around")
            << QStringLiteral("  05/11/1990 ") << State::Valid << QDate(1990, 11, 5);
        QTest::newRow("29 Feb of a leap year")
            << QStringLiteral("29.02.2024") << State::Valid << QDate(2024, 2, 29);
        QTest::newRow("first plausible year")
            << QStringLiteral("01.01.1900") << State::Valid << QDate(1900, 1, 1);
        QTest::newRow("last plausible year")
            << QStringLiteral("31.12.2100") << State::Valid << QDate(2100, 12, 31);
        QTest::newRow("empty") << QString() << State::Empty << QDate();
        QTest::newRow("blanks only") << QStringLiteral("   ") << State::Empty << QDate();
        QTest::newRow("31 Feb") << QStringLiteral("31.02.2022") << State::Impossible << QDate();
        QTest::newRow("29 Feb of a common year")
            << QStringLiteral("29.02.2023") << State::Impossible << QDate();
        QTest::newRow("31 April") << QStringLiteral("31042026") << State::Impossible << QDate();
        QTest::newRow("month 13") << QStringLiteral("15.13.2020") << State::Impossible << QDate();
        QTest::newRow("day 0") << QStringLiteral("00.01.2020") << State::Impossible << QDate();
        QTest::newRow("month 0") << QStringLiteral("10.00.2020") << State::Impossible << QDate();
        QTest::newRow("year before 1900")
            << QStringLiteral("17.04.1899") << State::Impossible << QDate();
        QTest::newRow("year after 2100")
            << QStringLiteral("01.01.2101") << State::Impossible << QDate();
        QTest::newRow("no year") << QStringLiteral("20.03") << State::Malformed << QDate();
        QTest::newRow("two-digit year")
            << QStringLiteral("20.03.26") << State::Malformed << QDate();
        QTest::newRow("ISO order") << QStringLiteral("2026-03-20") << State::Malformed << QDate();
        QTest::newRow("words") << QStringLiteral("next week") << State::Malformed << QDate();
        QTest::newRow("seven digits") << QStringLiteral("2032026") << State::Malformed << QDate();
    }
    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(State, state);
        QFETCH(QDate, date);
        const TypedDate d = TypedDate::parse(typed);
        QCOMPARE(d.state, state);
        QCOMPARE(d.date, date);
        QCOMPARE(d.text, typed.trimmed()); // what was typed is kept
        QCOMPARE(d.isWrong(), state == State::Impossible || state == State::Malformed);
        // A message exactly when the date is wrong; never one for an empty date.
        QCOMPARE(d.problem().isEmpty(), !d.isWrong());
    }

    void messagesSayWhatToFix()
    {
        QVERIFY(TypedDate::parse(QStringLiteral("31.02.2022"))
                    .problem()
                    .contains(QLatin1String("31.02.2022")));
        QVERIFY(TypedDate::parse(QStringLiteral("01.01.2101"))
                    .problem()
                    .contains(QLatin1String("1900")));
        QVERIFY(TypedDate::parse(QStringLiteral("20.03"))
                    .problem()
                    .contains(QLatin1String("DD.MM.YYYY")));
        // An empty date is a problem only where one is required.
        QVERIFY(TypedDate::parse(QString()).problem().isEmpty());
        QVERIFY(TypedDate::parse(QString()).problem(true).contains(QLatin1String("DD.MM.YYYY")));
        QVERIFY(TypedDate::parse(QStringLiteral("20.03.2026")).problem(true).isEmpty());
    }

    void formatRoundTrips()
    {
        QCOMPARE(TypedDate::format(QDate(2026, 3, 5)), QStringLiteral("05.03.2026"));
        QCOMPARE(TypedDate::format(QDate()), QString());
        QCOMPARE(TypedDate::parse(TypedDate::format(QDate(1990, 4, 17))).date, QDate(1990, 4, 17));
        QVERIFY(TypedDate::of(QDate()).isEmpty());
        QCOMPARE(TypedDate::of(QDate(2026, 1, 2)).date, QDate(2026, 1, 2));
    }
};

QTEST_GUILESS_MAIN(TestTypedDate)
#include "tst_typeddate.moc"
