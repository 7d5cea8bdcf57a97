// SPDX-License-Identifier: GPL-3.0-or-later
// Logins are audited and slowed: 5 failures in a row for a login make it
// wait a minute after the last one, unchecked; a success ends the run.
#include "TestStores.h"
#include "common/Application.h"
#include "store/AuditLog.h"
#include "store/Query.h"
#include "users/LoginGuard.h"

#include <QTest>
#include <QTranslator>

using namespace ruqsat;
using users::LoginGuard;
using Outcome = users::LoginResult::Outcome;

namespace {

const QString kPassword = QStringLiteral("Сезам-2026");
const QString kWrong = QStringLiteral("Сезам-2025");

store::User makeClerk(const store::Database &db, const QString &login)
{
    store::User clerk{QString(), login, QStringLiteral("Dana"), QString(), records::Role::Clerk,
                      0,         true};
    store::UserRepository(db).create(clerk, kPassword, QStringLiteral("admin"));
    return clerk;
}

// The audit rows of logins under `entityId`, oldest first.
QList<store::AuditEntry> loginRows(const store::Database &db, const QString &entityId)
{
    QList<store::AuditEntry> rows;
    for (const auto &e : store::AuditLog(db).forEntity(QStringLiteral("user"), entityId))
        if (e.action.startsWith(QLatin1String("login")))
            rows << e;
    return rows;
}

// When the newest failed login of the store was written.
QDateTime lastFailureAt(const store::Database &db)
{
    store::Query q(db, QStringLiteral("SELECT at FROM audit_log WHERE action = 'login_failed' "
                                      "ORDER BY id DESC LIMIT 1"));
    return db.dialect().timeFrom(q.scalar());
}

// Fails `times` times in a row and returns when the last failure was written.
QDateTime failTimes(const store::Database &db, const QString &login, int times)
{
    const LoginGuard guard(db);
    for (int i = 0; i < times; ++i) {
        const auto result = guard.logIn(login, kWrong, QDateTime::currentDateTimeUtc());
        if (result.outcome != Outcome::Wrong)
            qFatal("failure %d of %s was not counted as wrong", i + 1, qPrintable(login));
    }
    return lastFailureAt(db);
}

// Every audit row's actor, entity id, action and details, as one text.
QString wholeAuditLog(const store::Database &db)
{
    store::Query q(db, QStringLiteral("SELECT actor, entity_id, action, details FROM audit_log"));
    q.exec();
    QString all;
    while (q.next())
        for (int column = 0; column < 4; ++column)
            all += q.value(column).toString() + u'|';
    return all;
}

} // namespace

class TestLoginGuard : public QObject
{
    Q_OBJECT
private slots:
    // Nothing here is about the hash: keep each attempt's PBKDF2 cheap.
    // The clerk reads the messages as the program installs them (English here).
    void initTestCase()
    {
        test::lowerPasswordIterations();
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void rightPasswordLogsInAndIsAudited_data() { test::addBackendRows(); }
    void rightPasswordLogsInAndIsAudited()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const store::User clerk = makeClerk(*db, QStringLiteral("dana"));
        const auto result = LoginGuard(*db).logIn(QStringLiteral("dana"), kPassword,
                                                  QDateTime::currentDateTimeUtc());
        QVERIFY(result.loggedIn());
        QCOMPARE(result.user->id, clerk.id);
        QVERIFY(result.message().isEmpty());
        const auto rows = loginRows(*db, clerk.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).action, QStringLiteral("login"));
        QCOMPARE(rows.at(0).actor, test::recordedActor(*db, QStringLiteral("dana")));
    }

    void wrongPasswordFailsAndIsAuditedWithoutThePassword_data() { test::addBackendRows(); }
    void wrongPasswordFailsAndIsAuditedWithoutThePassword()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const store::User clerk = makeClerk(*db, QStringLiteral("dana"));
        const LoginGuard guard(*db);
        const auto result =
            guard.logIn(QStringLiteral("dana"), kWrong, QDateTime::currentDateTimeUtc());
        QCOMPARE(result.outcome, Outcome::Wrong);
        QVERIFY(!result.user);
        QCOMPARE(result.message(), QStringLiteral("The login or the password is wrong."));
        const auto rows = loginRows(*db, clerk.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).action, QStringLiteral("login_failed"));
        QCOMPARE(rows.at(0).actor, test::recordedActor(*db, QStringLiteral("dana")));
        // Neither the wrong password nor the right one is anywhere in the log.
        const QString everything = wholeAuditLog(*db);
        QVERIFY(!everything.isEmpty());
        QVERIFY(!everything.contains(QStringLiteral("Сезам")));

        // A login no user has fails the same way, on record under the typed login.
        const auto unknown =
            guard.logIn(QStringLiteral("nobody"), kPassword, QDateTime::currentDateTimeUtc());
        QCOMPARE(unknown.outcome, Outcome::Wrong);
        QCOMPARE(unknown.message(), result.message());
        const auto nobodyRows = loginRows(*db, QStringLiteral("login:nobody"));
        QCOMPARE(nobodyRows.size(), 1);
        QCOMPARE(nobodyRows.at(0).action, QStringLiteral("login_failed"));

        // So does an inactive user with the right password.
        store::UserRepository(*db).setActive(clerk.id, false, QStringLiteral("admin"));
        QCOMPARE(
            guard.logIn(QStringLiteral("dana"), kPassword, QDateTime::currentDateTimeUtc()).outcome,
            Outcome::Wrong);
        QCOMPARE(loginRows(*db, clerk.id).size(), 2);
    }

    void fiveFailuresMakeEvenTheRightPasswordWaitAMinute_data() { test::addBackendRows(); }
    void fiveFailuresMakeEvenTheRightPasswordWaitAMinute()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const store::User clerk = makeClerk(*db, QStringLiteral("dana"));
        const LoginGuard guard(*db);
        const QDateTime last = failTimes(*db, QStringLiteral("dana"), 5);

        auto result = guard.logIn(QStringLiteral("dana"), kPassword, last);
        QCOMPARE(result.outcome, Outcome::MustWait);
        QVERIFY(!result.user);
        QCOMPARE(result.waitSeconds, 60);
        QCOMPARE(result.message(), QStringLiteral("The password was wrong too many times in a row. "
                                                  "Wait 60 seconds, then try again."));
        result = guard.logIn(QStringLiteral("dana"), kPassword, last.addSecs(59));
        QCOMPARE(result.outcome, Outcome::MustWait);
        QCOMPARE(result.waitSeconds, 1);
        QCOMPARE(
            result.message(),
            QStringLiteral(
                "The password was wrong too many times in a row. Wait 1 second, then try again."));
        result = guard.logIn(QStringLiteral("dana"), kPassword, last.addMSecs(59999));
        QCOMPARE(result.outcome, Outcome::MustWait);
        QCOMPARE(result.waitSeconds, 1); // never "wait 0 seconds"
        const auto refused = loginRows(*db, clerk.id);
        QCOMPARE(refused.size(), 5 + 3);
        QCOMPARE(refused.last().action, QStringLiteral("login_refused"));
        QCOMPARE(refused.last().actor, test::recordedActor(*db, QStringLiteral("dana")));

        // A minute after the last failure the password is checked again;
        // the refusals meanwhile did not make the wait longer.
        result = guard.logIn(QStringLiteral("dana"), kPassword, last.addSecs(60));
        QVERIFY(result.loggedIn());
        QCOMPARE(result.user->id, clerk.id);
        QCOMPARE(loginRows(*db, clerk.id).last().action, QStringLiteral("login"));

        // The success ended the run: four failures now leave the login open.
        failTimes(*db, QStringLiteral("dana"), 4);
        QVERIFY(guard.logIn(QStringLiteral("dana"), kPassword, QDateTime::currentDateTimeUtc())
                    .loggedIn());
    }

    void fourFailuresDoNotMakeALoginWait_data() { test::addBackendRows(); }
    void fourFailuresDoNotMakeALoginWait()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        makeClerk(*db, QStringLiteral("dana"));
        const QDateTime last = failTimes(*db, QStringLiteral("dana"), 4);
        QVERIFY(LoginGuard(*db).logIn(QStringLiteral("dana"), kPassword, last).loggedIn());
    }

    void aWrongPasswordAfterTheWaitStartsAnotherMinute_data() { test::addBackendRows(); }
    void aWrongPasswordAfterTheWaitStartsAnotherMinute()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        makeClerk(*db, QStringLiteral("dana"));
        const LoginGuard guard(*db);
        const QDateTime fifth = failTimes(*db, QStringLiteral("dana"), 5);
        // The sixth failure comes after the minute; it is checked, fails, and
        // is the sixth in a row.
        QCOMPARE(guard.logIn(QStringLiteral("dana"), kWrong, fifth.addSecs(61)).outcome,
                 Outcome::Wrong);
        const QDateTime sixth = lastFailureAt(*db);
        QVERIFY(sixth >= fifth);
        const auto result = guard.logIn(QStringLiteral("dana"), kPassword, sixth.addSecs(30));
        QCOMPARE(result.outcome, Outcome::MustWait);
        QCOMPARE(result.waitSeconds, 30);
    }

    void oneLoginWaitingLeavesOthersAlone_data() { test::addBackendRows(); }
    void oneLoginWaitingLeavesOthersAlone()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        makeClerk(*db, QStringLiteral("dana"));
        makeClerk(*db, QStringLiteral("aliya"));
        const QDateTime last = failTimes(*db, QStringLiteral("dana"), 5);
        const LoginGuard guard(*db);
        QCOMPARE(guard.logIn(QStringLiteral("dana"), kPassword, last).outcome, Outcome::MustWait);
        QVERIFY(guard.logIn(QStringLiteral("aliya"), kPassword, last).loggedIn());
        // A login that differs only in case is another login, and no user's.
        QCOMPARE(guard.logIn(QStringLiteral("Dana"), kPassword, last).outcome, Outcome::Wrong);
    }

    void guessingALoginThatDoesNotExistIsSlowedToo_data() { test::addBackendRows(); }
    void guessingALoginThatDoesNotExistIsSlowedToo()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const QDateTime last = failTimes(*db, QStringLiteral("nobody"), 5);
        const auto result =
            LoginGuard(*db).logIn(QStringLiteral("nobody"), kPassword, last.addSecs(10));
        QCOMPARE(result.outcome, Outcome::MustWait);
        QCOMPARE(result.waitSeconds, 50);
        QCOMPARE(loginRows(*db, QStringLiteral("login:nobody")).last().action,
                 QStringLiteral("login_refused"));
    }

    // How long to wait, in the clerk's language with its plural forms; last,
    // as it leaves Russian or Kazakh installed.
    void theWaitIsSaidInKazakhAndRussian()
    {
        const auto wait = [](int seconds) {
            return users::LoginResult{Outcome::MustWait, std::nullopt, seconds}.message();
        };
        const auto reinstall = [](const QString &language) {
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            installTranslations(*QCoreApplication::instance(), language);
        };
        reinstall(QStringLiteral("ru"));
        const QString ru =
            QStringLiteral("Пароль был введён неверно слишком много раз подряд. Подождите %1 и "
                           "попробуйте снова.");
        QCOMPARE(wait(1), ru.arg(QStringLiteral("1 секунду")));
        QCOMPARE(wait(3), ru.arg(QStringLiteral("3 секунды")));
        QCOMPARE(wait(60), ru.arg(QStringLiteral("60 секунд")));
        QCOMPARE(users::LoginResult{}.message(), QStringLiteral("Неверный логин или пароль."));
        reinstall(QStringLiteral("kk"));
        QCOMPARE(
            wait(60),
            QStringLiteral("Құпиясөз қатарынан тым көп рет қате терілді. 60 секунд күтіп, қайта "
                           "көріңіз."));
        QCOMPARE(users::LoginResult{}.message(), QStringLiteral("Логин немесе құпиясөз қате."));
    }
};

QTEST_GUILESS_MAIN(TestLoginGuard)
#include "tst_login_guard.moc"
