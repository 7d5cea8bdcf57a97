// SPDX-License-Identifier: GPL-3.0-or-later
// Password hashes: PBKDF2-HMAC-SHA256 as the standard defines it and as
// earlier Ruqsat wrote it, at OWASP's 600,000 iterations.
#include "store/PasswordHash.h"

#include <QPasswordDigestor>
#include <QTest>

using ruqsat::store::PasswordHash;

class TestPasswordHash : public QObject
{
    Q_OBJECT
private slots:
    void newHashesTakeSixHundredThousandIterations()
    {
        QVERIFY(PasswordHash::kIterations >= 600000);
        QCOMPARE(PasswordHash::currentIterations(), PasswordHash::kIterations);
        const PasswordHash made = PasswordHash::of(QStringLiteral("Қазақстан-2026"));
        QCOMPARE(made.iterations, PasswordHash::kIterations);
        QCOMPARE(made.hash.size(), 32);
        QCOMPARE(made.salt.size(), 16);
        QVERIFY(!made.isOutdated());
        QVERIFY(made.matches(QStringLiteral("Қазақстан-2026")));
        QVERIFY(!made.matches(QStringLiteral("қазақстан-2026")));
        QVERIFY(!made.matches(QString()));
        // A new salt each time: the same password never gives the same hash.
        const PasswordHash again = PasswordHash::of(QStringLiteral("Қазақстан-2026"));
        QVERIFY(again.salt != made.salt);
        QVERIFY(again.hash != made.hash);
    }

    // RFC 7914, section 11: PBKDF2-HMAC-SHA256 ("passwd", "salt", 1) and
    // ("Password", "NaCl", 80000); the first 32 bytes of the 64 given there.
    void deriveGivesTheStandardsTestVectors_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("1 iteration")
            << QStringLiteral("passwd") << QByteArray("salt") << 1
            << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        QTest::newRow("80000 iterations")
            << QStringLiteral("Password") << QByteArray("NaCl") << 80000
            << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56");
    }
    void deriveGivesTheStandardsTestVectors()
    {
        QFETCH(QString, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, expected);
        QCOMPARE(PasswordHash::derive(password, salt, iterations).toHex(), expected);
    }

    // Earlier Ruqsat hashed with QPasswordDigestor at 100,000 iterations:
    // those rows must keep verifying until their next login upgrades them.
    void hashesOfEarlierRuqsatStillMatch()
    {
        const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        const QString password = QStringLiteral("Сезам-2026 ә ғ қ ң");
        PasswordHash old;
        old.salt = salt;
        old.iterations = 100000;
        old.hash = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                                      salt, old.iterations, 32);
        QVERIFY(old.matches(password));
        QVERIFY(!old.matches(QStringLiteral("Сезам-2026")));
        QVERIFY(old.isOutdated());
    }

    void anEmptyOrUncountedHashMatchesNothing()
    {
        PasswordHash none;
        QVERIFY(!none.matches(QString()));
        QVERIFY(!none.matches(QStringLiteral("anything at all")));
        PasswordHash uncounted = PasswordHash::of(QStringLiteral("anything at all"));
        uncounted.iterations = 0;
        QVERIFY(!uncounted.matches(QStringLiteral("anything at all")));
        // A hash cut short is not a prefix match.
        PasswordHash cut = PasswordHash::of(QStringLiteral("anything at all"));
        cut.hash.chop(1);
        QVERIFY(!cut.matches(QStringLiteral("anything at all")));
    }

    // Last: it lowers the count for the rest of this process.
    void theTestHookLowersTheCountWithinBounds()
    {
        PasswordHash::lowerIterationsForTests(0);
        QCOMPARE(PasswordHash::currentIterations(), 1);
        PasswordHash::lowerIterationsForTests(10'000'000);
        QCOMPARE(PasswordHash::currentIterations(), PasswordHash::kIterations);
        PasswordHash::lowerIterationsForTests(1000);
        const PasswordHash made = PasswordHash::of(QStringLiteral("long enough"));
        QCOMPARE(made.iterations, 1000);
        QVERIFY(made.matches(QStringLiteral("long enough")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_password_hash.moc"
