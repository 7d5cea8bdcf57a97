// SPDX-License-Identifier: GPL-3.0-or-later
// The window of a clerk of one district (issue #11): the case and permit
// registers and their counts hold that district only, a case of another
// district is not opened, a new application is filed into the clerk's
// districts only, and a clerk with no district sees an empty register that
// says why.
#include "CaseFactory.h"
#include "MainWindow.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "cases/CaseRegisterWidget.h"
#include "common/Application.h"
#include "intake/IntakeEditor.h"
#include "itemmodels/Roles.h"
#include "permits/PermitDesk.h"
#include "permits/PermitRegisterWidget.h"
#include "store/Query.h"

#include <QComboBox>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace ruqsat;

namespace {

const QString kUserId = QStringLiteral("0a6d2c1e-0000-4000-8000-00000000c1e7");

QSet<QString> column(const store::Database &db, const QString &sql)
{
    store::Query q(db, sql);
    q.exec();
    QSet<QString> values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QSet<QString> idsIn(QTableView *view)
{
    QSet<QString> ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids << view->model()->index(row, 0).data(itemmodels::IdRole).toString();
    return ids;
}

// A store of demo people over the city districts; the district with the most
// permits is `a`, the next `b`.
struct Store
{
    test::ScratchStore scratch{QStringLiteral("sqlite")};
    int a = 0, b = 0;

    Store()
    {
        const auto db = scratch.open();
        test::CaseFactory(*db).writeDemoPeople(120, 5, QDate::currentDate());
        store::Query q(*db, QStringLiteral("SELECT district_id FROM permits GROUP BY district_id "
                                           "ORDER BY count(*) DESC, district_id LIMIT 2"));
        q.exec();
        q.next();
        a = q.value(0).toInt();
        q.next();
        b = q.value(0).toInt();
    }
};

cases::Session clerkOf(const QList<int> &districts)
{
    return {kUserId, QStringLiteral("dana"), records::Role::Clerk, districts};
}

} // namespace

class TestRegisterScope : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void clerkOfOneDistrictSeesOnlyItsRows()
    {
        Store s;
        ui::MainWindow window;
        window.resize(1200, 700);
        window.show();
        QVERIFY(window.openStore(s.scratch.where()));
        window.setSession(clerkOf({s.a}));
        window.findChild<QTabWidget *>(QStringLiteral("areas"))->setCurrentWidget(window.caseRegister());
        const store::Database &db = *window.database();
        const QSet<QString> casesOfA = column(
            db, QStringLiteral("SELECT id FROM applications WHERE district_id = %1").arg(s.a));
        QVERIFY(casesOfA.size() < column(db, QStringLiteral("SELECT id FROM applications")).size());
        QTableView *cases = window.caseRegister()->view();
        QTRY_COMPARE(cases->model()->rowCount(), casesOfA.size());
        QCOMPARE(idsIn(cases), casesOfA);
        auto *count = window.findChild<QLabel *>(QStringLiteral("matchCount"));
        QTRY_VERIFY2(count->text().startsWith(QString::number(casesOfA.size()) + u' '),
                     qPrintable(count->text()));
        // The district filter offers the clerk's district only.
        auto *districts = test::child<QComboBox>(window.caseRegister(), "districtFilter");
        QCOMPARE(districts->count(), 2);
        QCOMPARE(districts->itemData(1).toInt(), s.a);
        QVERIFY(test::child<QLabel>(window.caseRegister(), "noDistrictNote")->isHidden());
        test::saveShot(&window, QStringLiteral("register-clerk-of-one-district"));

        const QSet<QString> permitsOfA =
            column(db, QStringLiteral("SELECT id FROM permits WHERE district_id = %1").arg(s.a));
        QTableView *permits = window.permitDesk()->permitRegister()->view();
        QTRY_COMPARE(permits->model()->rowCount(), permitsOfA.size());
        QCOMPARE(idsIn(permits), permitsOfA);
        window.findChild<QTabWidget *>(QStringLiteral("areas"))->setCurrentWidget(window.permitDesk());
        test::saveShot(&window, QStringLiteral("permits-clerk-of-one-district"));
    }

    void caseOfAnotherDistrictIsNotOpened()
    {
        Store s;
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openStore(s.scratch.where()));
        window.setSession(clerkOf({s.a}));
        window.findChild<QTabWidget *>(QStringLiteral("areas"))->setCurrentWidget(window.caseRegister());
        const store::Database &db = *window.database();
        const QString caseOfB =
            store::Query(
                db, QStringLiteral(
                        "SELECT id FROM applications WHERE district_id = %1 ORDER BY id LIMIT 1")
                        .arg(s.b))
                .scalar()
                .toString();
        QString text;
        test::answerNextMessageBox(&text);
        QVERIFY(!window.openCase(caseOfB));
        QCOMPARE(text, QStringLiteral("This case belongs to another district."));
        const QString caseOfA =
            store::Query(
                db, QStringLiteral(
                        "SELECT id FROM applications WHERE district_id = %1 ORDER BY id LIMIT 1")
                        .arg(s.a))
                .scalar()
                .toString();
        QVERIFY(window.openCase(caseOfA));
        // A clerk of both districts opens it.
        window.setSession(clerkOf({s.a, s.b}));
        QVERIFY(window.openCase(caseOfB));
    }

    void newApplicationOffersTheClerksDistricts()
    {
        Store s;
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openStore(s.scratch.where()));
        window.setSession(clerkOf({s.b}));
        ui::IntakeEditor *editor = window.newApplication();
        QVERIFY(editor);
        auto *district = test::child<QComboBox>(editor, "application.districtId");
        QCOMPARE(district->count(), 2); // the empty choice and the clerk's district
        QCOMPARE(district->itemData(1).toInt(), s.b);
    }

    void clerkWithNoDistrictSeesAnEmptyRegisterThatSaysWhy()
    {
        Store s;
        ui::MainWindow window;
        window.resize(1200, 700);
        window.show();
        QVERIFY(window.openStore(s.scratch.where()));
        window.setSession(clerkOf({}));
        window.findChild<QTabWidget *>(QStringLiteral("areas"))->setCurrentWidget(window.caseRegister());
        auto *count = window.findChild<QLabel *>(QStringLiteral("matchCount"));
        QTRY_VERIFY2(count->text().startsWith(QStringLiteral("0 ")), qPrintable(count->text()));
        QCOMPARE(window.caseRegister()->view()->model()->rowCount(), 0);
        QVERIFY(test::child<QLabel>(window.caseRegister(), "noDistrictNote")->isVisible());
        QTRY_COMPARE(window.permitDesk()->permitRegister()->view()->model()->rowCount(), 0);
        QVERIFY(!test::child<QLabel>(window.permitDesk()->permitRegister(), "noDistrictNote")
                     ->isHidden());
        test::saveShot(&window, QStringLiteral("register-clerk-of-no-district"));
    }
};

QTEST_MAIN(TestRegisterScope)
#include "tst_register_scope.moc"
