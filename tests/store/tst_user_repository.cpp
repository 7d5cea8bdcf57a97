// SPDX-License-Identifier: GPL-3.0-or-later
// Users with salted PBKDF2 password hashes; complaints with their due dates.
#include "CaseFactory.h"
#include "TestStores.h"
#include "store/ComplaintRepository.h"
#include "store/Query.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"

#include <QTest>

using namespace ruqsat;
using store::StoreError;

class TestUserRepository : public QObject
{
    Q_OBJECT
private slots:
    void usersAndPasswords_data() { test::addBackendRows(); }
    void usersAndPasswords()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        store::UserRepository users(*db);
        QVERIFY(users.isEmpty());
        store::User head{QString(), QStringLiteral("aigerim"), QStringLiteral("Сейтқали Айгерім"),
                         QStringLiteral("аким района"), records::Role::Head, 0, true};
        users.create(head, QStringLiteral("Қазақстан-2026"), QStringLiteral("admin"));
        QVERIFY(!users.isEmpty());
        const auto ok = users.authenticate(QStringLiteral("aigerim"), QStringLiteral("Қазақстан-2026"));
        QVERIFY(ok);
        QCOMPARE(ok->role, records::Role::Head);
        QCOMPARE(ok->fullName, QStringLiteral("Сейтқали Айгерім"));
        QVERIFY(!users.authenticate(QStringLiteral("aigerim"), QStringLiteral("қазақстан-2026")));
        QVERIFY(!users.authenticate(QStringLiteral("nobody"), QStringLiteral("Қазақстан-2026")));

        // The store keeps a salted hash, never the password.
        const QString stored = store::Query(*db, QStringLiteral("SELECT password_hash || password_salt FROM users"))
                                   .scalar()
                                   .toString();
        QVERIFY(!stored.contains(QStringLiteral("Қазақстан")));
        QCOMPARE(stored.size(), 64 + 32);
        // Same password, another user: another salt, another hash.
        store::User clerk{QString(), QStringLiteral("dana"), QStringLiteral("Dana"), QString(),
                          records::Role::Clerk, 0, true};
        users.create(clerk, QStringLiteral("Қазақстан-2026"), QStringLiteral("admin"));
        QCOMPARE(store::Query(*db, QStringLiteral("SELECT count(DISTINCT password_hash) FROM users")).scalar().toInt(), 2);

        users.setPassword(clerk.id, QStringLiteral("new password 1"), QStringLiteral("admin"));
        QVERIFY(!users.authenticate(QStringLiteral("dana"), QStringLiteral("Қазақстан-2026")));
        QVERIFY(users.authenticate(QStringLiteral("dana"), QStringLiteral("new password 1")));
        users.setActive(clerk.id, false, QStringLiteral("admin"));
        QVERIFY(!users.authenticate(QStringLiteral("dana"), QStringLiteral("new password 1")));
        QCOMPARE(users.all().size(), 2);
        QVERIFY_THROWS_EXCEPTION(StoreError, users.setPassword(clerk.id, QStringLiteral("short"), QStringLiteral("a")));
        store::User dup = clerk;
        dup.id.clear();
        QVERIFY_THROWS_EXCEPTION(StoreError, users.create(dup, QStringLiteral("long enough"), QStringLiteral("a")));
    }

    void complaints_data() { test::addBackendRows(); }
    void complaints()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const auto a = test::CaseFactory(*db).acceptedCase();
        store::ComplaintRepository repo(*db);
        records::Complaint c;
        c.applicationId = a.id;
        c.addressee = QStringLiteral("provider");
        c.complainant = QStringLiteral("Каримов Р.");
        c.summary = QStringLiteral("no answer in two days");
        c.registeredOn = QDate(2026, 3, 30);
        c.dueOn = QDate(2026, 4, 6);
        repo.create(c, QStringLiteral("clerk"));
        QCOMPARE(repo.find(c.id)->dueOn, QDate(2026, 4, 6));
        QVERIFY(repo.openDueBy(QDate(2026, 4, 5)).isEmpty());
        QCOMPARE(repo.openDueBy(QDate(2026, 4, 6)).size(), 1);
        repo.resolve(c.id, QDate(2026, 4, 2), QStringLiteral("answered"), QStringLiteral("head"));
        QVERIFY(repo.openDueBy(QDate(2026, 4, 30)).isEmpty());
        QCOMPARE(repo.find(c.id)->outcome, QStringLiteral("answered"));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.resolve(c.id, QDate(2026, 4, 3), QString(), QStringLiteral("h")));
        records::Complaint orphan = c;
        orphan.id.clear();
        orphan.applicationId.clear(); // neither a case nor a permit
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.create(orphan, QStringLiteral("clerk")));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_user_repository.moc"
