// SPDX-License-Identifier: GPL-3.0-or-later
// Logging in at start: the first start of a store creates its administrator;
// later starts check the login and password against the salted hashes.
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "common/Application.h"
#include "store/UserRepository.h"
#include "users/LoginDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

using namespace ruqsat;

namespace {

QLineEdit *field(QWidget *dialog, const char *name)
{
    return test::child<QLineEdit>(dialog, name);
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

QString message(QWidget *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("loginMessage"))->text();
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT
private slots:
    // The messages as the program shows them in English (RUQSAT_LANG=en).
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }

    void firstStartCreatesTheAdministrator()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        ui::LoginDialog dialog(*db);
        QVERIFY(dialog.isFirstStart());
        dialog.show();
        type(field(&dialog, "login"), QStringLiteral("admin"));
        type(field(&dialog, "fullName"), QStringLiteral("Aigerim Nurlanovna"));
        type(field(&dialog, "password"), QStringLiteral("long-enough-1"));
        type(field(&dialog, "repeat"), QStringLiteral("long-enough-2"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY2(message(&dialog).contains(QLatin1String("differ")), qPrintable(message(&dialog)));
        QVERIFY(store::UserRepository(*db).isEmpty());

        // Too short for the password policy: said, nothing created.
        field(&dialog, "password")->setText(QStringLiteral("short1"));
        field(&dialog, "repeat")->setText(QStringLiteral("short1"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(message(&dialog).contains(QLatin1String("10")), qPrintable(message(&dialog)));
        QVERIFY(store::UserRepository(*db).isEmpty());

        field(&dialog, "password")->setText(QStringLiteral("long-enough-1"));
        field(&dialog, "repeat")->clear();
        type(field(&dialog, "repeat"), QStringLiteral("long-enough-1"));
        QTest::keyClick(field(&dialog, "repeat"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().role, records::Role::Admin);
        QCOMPARE(dialog.session().login, QStringLiteral("admin"));
        const auto stored = store::UserRepository(*db).findByLogin(QStringLiteral("admin"));
        QVERIFY(stored);
        QCOMPARE(stored->role, records::Role::Admin);
    }

    void laterStartsCheckThePassword()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        store::User head{QString(), QStringLiteral("head"), QStringLiteral("Serik Bolatuly"), QString(),
                         records::Role::Head, 0, true};
        store::UserRepository(*db).create(head, QStringLiteral("Сезам-2026"), QStringLiteral("admin"));

        ui::LoginDialog dialog(*db);
        QVERIFY(!dialog.isFirstStart());
        dialog.show();
        QVERIFY(field(&dialog, "fullName")->isHidden());
        QVERIFY(field(&dialog, "repeat")->isHidden());
        type(field(&dialog, "login"), QStringLiteral("head"));
        type(field(&dialog, "password"), QStringLiteral("wrong"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(message(&dialog).contains(QLatin1String("wrong")), qPrintable(message(&dialog)));
        QVERIFY(field(&dialog, "password")->text().isEmpty());
        QCOMPARE(field(&dialog, "login")->text(), QStringLiteral("head")); // the login is kept

        field(&dialog, "password")->setText(QStringLiteral("Сезам-2026"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().role, records::Role::Head);
        QVERIFY(dialog.session().mayDecide());
        QCOMPARE(dialog.session().userId, head.id);
    }

    // The session the window gets carries the clerk's districts: the
    // registers are scoped by them (cases::Session::scope()).
    void sessionCarriesTheDistrictsOfTheUser()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const QList<int> districts = test::CaseFactory(*db).twoDistricts();
        store::User clerk{QString(),
                          QStringLiteral("clerk"),
                          QStringLiteral("Dana Askarovna"),
                          QString(),
                          records::Role::Clerk,
                          0,
                          true,
                          districts};
        store::UserRepository(*db).create(clerk, QStringLiteral("Сезам-2026"),
                                          QStringLiteral("admin"));

        ui::LoginDialog dialog(*db);
        dialog.show();
        type(field(&dialog, "login"), QStringLiteral("clerk"));
        field(&dialog, "password")->setText(QStringLiteral("Сезам-2026"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().districtIds, districts);
        QCOMPARE(dialog.session().scope(), districts);
    }

    // RUQSAT_USER, which the command line reads, is offered as the login;
    // not on a first start, where the administrator is being made.
    void loginOfferedFromTheEnvironment()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        qputenv("RUQSAT_USER", "clerk.7");
        {
            ui::LoginDialog first(*db);
            QVERIFY(first.isFirstStart());
            QCOMPARE(field(&first, "login")->text(), QString());
        }
        store::User clerk{QString(), QStringLiteral("clerk.7"), QStringLiteral("Aida Serikqyzy"),
                          QString(), records::Role::Clerk, 0, true};
        store::UserRepository(*db).create(clerk, QStringLiteral("Сезам-2026"), QStringLiteral("admin"));
        ui::LoginDialog dialog(*db);
        qunsetenv("RUQSAT_USER");
        QCOMPARE(field(&dialog, "login")->text(), QStringLiteral("clerk.7"));
        field(&dialog, "password")->setText(QStringLiteral("Сезам-2026"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().login, QStringLiteral("clerk.7"));
    }

    // Five wrong passwords in a row: the sixth attempt, with the right
    // password, is turned away with how long to wait, and the login stays.
    void fiveWrongPasswordsMakeTheDialogSayHowLongToWait()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        store::User head{QString(), QStringLiteral("head"), QStringLiteral("Serik Bolatuly"),
                         QString(), records::Role::Head,    0,
                         true};
        store::UserRepository(*db).create(head, QStringLiteral("Сезам-2026"),
                                          QStringLiteral("admin"));

        ui::LoginDialog dialog(*db);
        dialog.show();
        type(field(&dialog, "login"), QStringLiteral("head"));
        for (int attempt = 1; attempt <= 5; ++attempt) {
            type(field(&dialog, "password"), QStringLiteral("wrong-") + QString::number(attempt));
            QTest::keyClick(field(&dialog, "password"), Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QCOMPARE(message(&dialog), QStringLiteral("The login or the password is wrong."));
        }
        field(&dialog, "password")->setText(QStringLiteral("Сезам-2026"));
        QTest::keyClick(field(&dialog, "password"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        // The seconds left depend on when the last failure was written: any
        // of 1 to 60, never 0.
        static const QRegularExpression said(
            QStringLiteral("^The password was wrong too many times in a row\\. Wait (\\d+) "
                           "seconds?, then try again\\.$"));
        const auto match = said.match(message(&dialog));
        QVERIFY2(match.hasMatch(), qPrintable(message(&dialog)));
        QVERIFY(match.captured(1).toInt() >= 1 && match.captured(1).toInt() <= 60);
        QVERIFY(field(&dialog, "password")->text().isEmpty());
        QCOMPARE(field(&dialog, "login")->text(), QStringLiteral("head"));
        test::saveShot(&dialog, QStringLiteral("login-wait"));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_login_dialog.moc"
