// SPDX-License-Identifier: GPL-3.0-or-later
// Users with salted PBKDF2 password hashes; complaints with their due dates.
#include "CaseFactory.h"
#include "TestStores.h"
#include "store/AuditLog.h"
#include "store/ComplaintRepository.h"
#include "store/PasswordHash.h"
#include "store/Query.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"

#include <QPasswordDigestor>
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

    // A row as Ruqsat wrote it before hashes took 600,000 iterations
    // (QPasswordDigestor, 100,000) still logs in, and that login rewrites it
    // at the current count; a wrong password changes nothing.
    void hashOfFewerIterationsVerifiesAndIsUpgradedAtLogin_data() { test::addBackendRows(); }
    void hashOfFewerIterationsVerifiesAndIsUpgradedAtLogin()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        store::UserRepository users(*db);
        store::User clerk{QString(), QStringLiteral("dana"), QStringLiteral("Dana"),
                          QString(), records::Role::Clerk,   0,
                          true};
        const QString password = QStringLiteral("Сезам-2026");
        users.create(clerk, password, QStringLiteral("admin"));
        const QByteArray oldSalt = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const QString oldHash = QString::fromLatin1(
            QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                               oldSalt, 100000, 32)
                .toHex());
        store::Query(*db, QStringLiteral("UPDATE users SET password_hash = :h, password_salt = :s, "
                                         "password_iterations = 100000"))
            .bind(QStringLiteral(":h"), oldHash)
            .bind(QStringLiteral(":s"), QString::fromLatin1(oldSalt.toHex()))
            .exec();
        const auto row = [&db] {
            store::Query q(
                *db, QStringLiteral(
                         "SELECT password_hash, password_salt, password_iterations FROM users"));
            q.exec();
            q.next();
            return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        };
        const auto rehashes = [&db, &clerk] {
            int n = 0;
            for (const auto &e : store::AuditLog(*db).forEntity(QStringLiteral("user"), clerk.id))
                n += e.action == QLatin1String("password_rehash");
            return n;
        };

        QVERIFY(!users.authenticate(QStringLiteral("dana"), QStringLiteral("Сезам-2027")));
        QCOMPARE(row().at(2), QStringLiteral("100000"));
        QCOMPARE(row().at(0), oldHash);
        QCOMPARE(rehashes(), 0);

        const auto loggedIn = users.authenticate(QStringLiteral("dana"), password);
        QVERIFY(loggedIn);
        QCOMPARE(loggedIn->id, clerk.id);
        const QStringList upgraded = row();
        QCOMPARE(upgraded.at(2).toInt(), store::PasswordHash::kIterations);
        QVERIFY(upgraded.at(0) != oldHash);
        QVERIFY(upgraded.at(1) != QString::fromLatin1(oldSalt.toHex()));
        QCOMPARE(rehashes(), 1);
        const auto entries = store::AuditLog(*db).forEntity(QStringLiteral("user"), clerk.id);
        QCOMPARE(entries.last().actor, test::recordedActor(*db, QStringLiteral("dana")));
        QCOMPARE(entries.last().details.value(QStringLiteral("from")).toInt(), 100000);
        QCOMPARE(entries.last().details.value(QStringLiteral("to")).toInt(),
                 store::PasswordHash::kIterations);

        // The upgraded hash logs in; being current, it is not rewritten again.
        QVERIFY(users.authenticate(QStringLiteral("dana"), password));
        QCOMPARE(row(), upgraded);
        QCOMPARE(rehashes(), 1);
        QVERIFY(!users.authenticate(QStringLiteral("dana"), QStringLiteral("Сезам-2027")));
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
        repo.resolve(
            c.id,
            {QDate(2026, 4, 2), QStringLiteral("granted"), {}, QStringLiteral("answered"), {}},
            QStringLiteral("head"));
        QVERIFY(repo.openDueBy(QDate(2026, 4, 30)).isEmpty());
        QCOMPARE(repo.find(c.id)->outcome, QStringLiteral("answered"));
        QCOMPARE(repo.find(c.id)->resolution, QStringLiteral("granted"));
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            repo.resolve(c.id, {QDate(2026, 4, 3), QStringLiteral("rejected"), {}, {}, {}},
                         QStringLiteral("h")));
        QCOMPARE(repo.find(c.id)->resolution, QStringLiteral("granted"));
        records::Complaint orphan = c;
        orphan.id.clear();
        orphan.applicationId.clear(); // neither a case nor a permit
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.create(orphan, QStringLiteral("clerk")));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_user_repository.moc"
