// SPDX-License-Identifier: GPL-3.0-or-later
// What a session sees (issue #11): the districts of its user; every district
// for a session of no user or an administrator of no district; none for a
// clerk or head with no district.
#include "cases/Session.h"
#include "store/DistrictScope.h"

#include <QTest>

using namespace ruqsat;
using records::Role;

class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void scope_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QList<int>>("districts");
        QTest::addColumn<QList<int>>("scope");
        const QString user = QStringLiteral("0a6d2c1e-0000-4000-8000-000000000001");
        const QList<int> none{store::kNoDistrict};
        QTest::newRow("clerk of one district")
            << user << Role::Clerk << QList<int>{3} << QList<int>{3};
        QTest::newRow("clerk of two districts")
            << user << Role::Clerk << QList<int>{3, 5} << QList<int>{3, 5};
        QTest::newRow("clerk of no district sees none")
            << user << Role::Clerk << QList<int>{} << none;
        QTest::newRow("head of no district sees none")
            << user << Role::Head << QList<int>{} << none;
        QTest::newRow("administrator of no district sees all")
            << user << Role::Admin << QList<int>{} << QList<int>{};
        QTest::newRow("administrator with districts sees those")
            << user << Role::Admin << QList<int>{5} << QList<int>{5};
        // The command line on a store without users, and tests: no user.
        QTest::newRow("no user sees all")
            << QString() << Role::Clerk << QList<int>{} << QList<int>{};
    }
    void scope()
    {
        QFETCH(QString, userId);
        QFETCH(Role, role);
        QFETCH(QList<int>, districts);
        QFETCH(QList<int>, scope);
        const cases::Session session{userId, QStringLiteral("someone"), role, districts};
        QCOMPARE(session.scope(), scope);
        QCOMPARE(session.seesNoDistrict(), scope == QList<int>{store::kNoDistrict});
    }

    void seesDistrict()
    {
        const QString user = QStringLiteral("0a6d2c1e-0000-4000-8000-000000000001");
        const cases::Session clerkOfA{user, QStringLiteral("a"), Role::Clerk, {3}};
        QVERIFY(clerkOfA.seesDistrict(3));
        QVERIFY(!clerkOfA.seesDistrict(5));
        const cases::Session clerkOfNone{user, QStringLiteral("n"), Role::Clerk, {}};
        QVERIFY(!clerkOfNone.seesDistrict(3));
        QVERIFY(!clerkOfNone.seesDistrict(store::kNoDistrict + 1));
        const cases::Session commandLine{QString(), QStringLiteral("ruqsatctl"), Role::Admin, {}};
        QVERIFY(commandLine.seesDistrict(3));
        QVERIFY(commandLine.seesDistrict(5));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
