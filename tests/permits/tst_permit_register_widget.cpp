// SPDX-License-Identifier: GPL-3.0-or-later
// The permit register widget as a clerk uses it from the keyboard: typing in
// the search box narrows the table, Down walks into it, Enter opens a
// permit; the state filter and the sort are remembered apart from the case
// register's.
#include "PermitFixture.h"
#include "TestStores.h"
#include "itemmodels/PermitRegisterModel.h"
#include "permits/PermitRegisterWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat;
using itemmodels::PermitRegisterModel;
using State = store::PermitRegisterFilter::State;

namespace {

// Types text key by key as a keyboard layout would send it; QTest::keyClicks
// knows Latin-1 only, and clerks type Kazakh.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestPermitRegisterWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Settings go to a folder of this run, never the user's.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RuqsatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("permit-register"));
        m_db = m_scratch.open();
        test::PermitFixture fixture(*m_db);
        m_scenario = fixture.buildScenario(QDate::currentDate()); // the widget counts from today
    }

    void init() { QSettings().clear(); }

    void typingNarrowsTheTable()
    {
        ui::PermitRegisterWidget w(*m_db, cases::Session{});
        QSignalSpy counts(&w, &ui::PermitRegisterWidget::countChanged);
        w.resize(1000, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView *view = w.view();
        QCOMPARE(view->model()->rowCount(), m_scenario.all().size());
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("permitSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("karim"));
        // The search runs once typing pauses.
        QTRY_COMPARE(view->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QVERIFY(view->model()
                        ->index(row, PermitRegisterModel::Immigrant)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("KARIMOV ")));
        QVERIFY(!counts.isEmpty());
        QVERIFY2(counts.last().first().toString().contains(QLatin1String("3")),
                 qPrintable(counts.last().first().toString()));
        // Cyrillic, lower case, Kazakh letter: the same register.
        search->clear();
        typeText(search, QStringLiteral("ғани"));
        QCOMPARE(search->text(), QStringLiteral("ғани"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY(view->model()
                    ->index(0, PermitRegisterModel::Immigrant)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("GANIEVA ")));
    }

    void keyboardOpensAPermit()
    {
        ui::PermitRegisterWidget w(*m_db, cases::Session{});
        QSignalSpy opened(&w, &ui::PermitRegisterWidget::permitActivated);
        w.resize(1000, 500);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(w.currentPermitId(), QString());
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("permitSearch"));
        // Ctrl+F from the table goes to the search box.
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, m_scenario.revoked.number);
        // Down searches at once and walks into the table, Enter opens the row.
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(w.view()->hasFocus());
        QCOMPARE(w.view()->model()->rowCount(), 1);
        QCOMPARE(w.currentPermitId(), m_scenario.revoked.id);
        QTest::keyClick(w.view(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), m_scenario.revoked.id);
        // A double-click opens the row under the mouse.
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QTableView *view = w.view();
        const QModelIndex second = view->model()->index(1, PermitRegisterModel::Number);
        const QPoint at = view->visualRect(second).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().first().toString(), second.data(itemmodels::IdRole).toString());
        QCOMPARE(w.currentPermitId(), second.data(itemmodels::IdRole).toString());
    }

    void filtersAndLayoutRemembered()
    {
        {
            ui::PermitRegisterWidget w(*m_db, cases::Session{});
            auto *state = w.findChild<QComboBox *>(QStringLiteral("stateFilter"));
            state->setCurrentIndex(state->findData(int(State::Revoked)));
            QCOMPARE(w.view()->model()->rowCount(), 2);
            w.view()->sortByColumn(PermitRegisterModel::Number, Qt::AscendingOrder);
        }
        QSettings settings;
        QVERIFY(settings.childGroups().contains(QStringLiteral("permitRegister")));
        QVERIFY(!settings.childGroups().contains(QStringLiteral("caseRegister")));
        ui::PermitRegisterWidget again(*m_db, cases::Session{});
        auto *state = again.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QCOMPARE(state->currentData().toInt(), int(State::Revoked));
        QCOMPARE(again.model()->filter().state, State::Revoked);
        QCOMPARE(again.view()->model()->rowCount(), 2);
        QCOMPARE(again.view()->horizontalHeader()->sortIndicatorSection(),
                 int(PermitRegisterModel::Number));
        QCOMPARE(again.model()->registerSort().column, store::PermitRegisterColumn::Number);
        QCOMPARE(again.model()->registerSort().order, Qt::AscendingOrder);
        const QString first =
            again.model()->index(0, PermitRegisterModel::Number).data().toString();
        const QString second =
            again.model()->index(1, PermitRegisterModel::Number).data().toString();
        QVERIFY2(first < second, qPrintable(first + u' ' + second));
    }

private:
    QTemporaryDir m_settingsDir;
    test::ScratchStore m_scratch{QStringLiteral("sqlite")};
    std::unique_ptr<store::Database> m_db;
    test::Scenario m_scenario;
};

QTEST_MAIN(TestPermitRegisterWidget)
#include "tst_permit_register_widget.moc"
