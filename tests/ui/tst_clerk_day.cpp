// SPDX-License-Identifier: GPL-3.0-or-later
// A day at the desk through the main window, as a clerk and the head work:
// type an application with the keyboard and a pasted MRZ, submit it, find it
// in the case register and open it, tick the checklist and attach a scan,
// accept, ask the police, issue the permit, find it in the permit register,
// start its extension, and revoke it. On SQLite and PostgreSQL.
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"

#include "MainWindow.h"
#include "cases/CaseRegisterWidget.h"
#include "cases/CaseView.h"
#include "cases/PoliceAnswerDialog.h"
#include "intake/IntakeEditor.h"
#include "permits/PermitDesk.h"
#include "permits/PermitRegisterWidget.h"
#include "store/CaseRepository.h"
#include "store/PermitRepository.h"
#include "store/QuotaRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ruqsat;
using records::CaseStatus;
using records::Role;

namespace {

QLineEdit *line(QWidget *w, const char *name)
{
    return test::child<QLineEdit>(w, name);
}

template <typename T> T *current(QTabWidget *tabs)
{
    return qobject_cast<T *>(tabs->currentWidget());
}

// Runs `fill` on the next modal dialog of type T once it is shown, then
// presses its OK button (Enter), as the clerk would.
template <typename T> void fillNextDialog(const std::function<void(T *)> &fill, QString *failure)
{
    QTimer::singleShot(50, [fill, failure] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            fillNextDialog<T>(fill, failure);
            return;
        }
        fill(dialog);
        QTest::keyClick(dialog, Qt::Key_Return);
        if (dialog->isVisible()) {
            *failure = QStringLiteral("the dialog stayed open");
            dialog->reject();
        }
    });
}

} // namespace

class TestClerkDay : public QObject
{
    Q_OBJECT
private slots:
    void fromPaperToPermit_data() { test::addBackendRows(); }
    void fromPaperToPermit()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const QDate today = QDate::currentDate();
        int district = 0;
        {
            const auto db = scratch.open();
            test::CaseFactory factory(*db);
            district = factory.district();
            store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), today.year(), 3, QStringLiteral("admin"));
        }
        ui::MainWindow window;
        window.resize(1280, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // shortcuts go to the active window
        QVERIFY(window.openStore(scratch.where()));
        // The head of a small akimat takes in and decides (LoginDialog is tested on its own).
        window.setSession({QString(), QStringLiteral("head1"), Role::Head});
        const store::Database &db = *window.database();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("areas"));

        // 1. The application, typed from paper: Ctrl+N, the MRZ pasted, the rest typed.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *editor = current<ui::IntakeEditor>(tabs);
        QVERIFY(editor);
        editor->mrzBox()->setPlainText(test::CaseFactory::passportMrz());
        QCOMPARE(line(editor, "immigrant.passportNumber")->text(), QStringLiteral("FA1234567"));
        test::typeText(line(editor, "immigrant.surnameCyr"), QStringLiteral("Каримов"));
        test::typeText(line(editor, "immigrant.givenNamesCyr"), QStringLiteral("Рустам"));
        test::typeText(line(editor, "employer.iin"), test::CaseFactory::validIin(QStringLiteral("85031230015")));
        test::typeText(line(editor, "employer.surname"), QStringLiteral("Қасымов"));
        test::typeText(line(editor, "employer.property"), QStringLiteral("Алматы, ул. Абая, 10, кв. 5"));
        test::typeText(line(editor, "application.workAddress"), QStringLiteral("Алматы, ул. Абая, 10, кв. 5"));
        auto *districts = editor->findChild<QComboBox *>(QStringLiteral("application.districtId"));
        districts->setCurrentIndex(districts->findData(district));
        auto *months = editor->findChild<QSpinBox *>(QStringLiteral("application.requestedMonths"));
        QVERIFY(months);
        months->setValue(6);
        QTest::keyClick(line(editor, "application.occupation"), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(!current<ui::IntakeEditor>(tabs), "the submitted application's tab stayed open");

        // 2. The case register finds it by passport number; Enter opens it.
        auto *caseRegister = window.caseRegister();
        tabs->setCurrentWidget(caseRegister);
        auto *search = line(caseRegister, "registerSearch");
        QTest::keyClicks(search, QStringLiteral("fa1234567"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *caseView = caseRegister->findChild<QTableView *>(QStringLiteral("registerView"));
        QCOMPARE(caseView->model()->rowCount(), 1);
        caseView->setFocus();
        caseView->setCurrentIndex(caseView->model()->index(0, 0));
        QTest::keyClick(caseView, Qt::Key_Return);
        auto *view = current<ui::CaseView>(tabs);
        QVERIFY(view);
        QCOMPARE(view->application().status, CaseStatus::Submitted);
        const QString caseId = view->application().id;

        // 3. The checklist ticked and dated, a scan attached, the documents accepted.
        test::typeChecklist(view->checklist(), view->application().effectiveReceivedOn, 6,
                            test::iitDue2026(6));
        test::allConformOnArrival(view);
        QTemporaryDir files;
        QImage scan(200, 280, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QVERIFY(scan.save(files.filePath(QStringLiteral("passport.png"))));
        view->attachFiles({files.filePath(QStringLiteral("passport.png"))});
        QCOMPARE(view->scans()->count(), 1);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("decideIntake")), Qt::LeftButton);
        QCOMPARE(view->application().status, CaseStatus::Accepted);

        // 4. The police asked (once confirmed) and answering, the permit
        // issued (once confirmed).
        test::answerNextMessageBox();
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("sendToPolice")), Qt::LeftButton);
        test::whenShown<ui::PoliceAnswerDialog>([](ui::PoliceAnswerDialog *d) {
            test::child<QLineEdit>(d, "policeReference")->setText(QStringLiteral("ДП-2026/15"));
            d->accept();
        });
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("policePositive")), Qt::LeftButton);
        QStringList boxes;
        test::answerNextMessageBoxes(2, &boxes);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("issuePermit")), Qt::LeftButton);
        QCOMPARE(boxes.size(), 2);
        const QString issued = boxes.last();
        QCOMPARE(store::CaseRepository(db).find(caseId)->status, CaseStatus::Issued);
        const auto permits = store::PermitRepository(db).forImmigrant(view->application().immigrantId);
        QCOMPARE(permits.size(), 1);
        const records::Permit permit = permits.first();
        QVERIFY2(issued.contains(permit.number), qPrintable(issued));
        QCOMPARE(permit.validFrom, today);

        // 5. The permit register finds it by number.
        ui::PermitDesk *desk = window.permitDesk();
        tabs->setCurrentWidget(desk);
        auto *permitSearch = line(desk, "permitSearch");
        QTest::keyClicks(permitSearch, permit.number);
        QTest::keyClick(permitSearch, Qt::Key_Return);
        auto *permitView = desk->findChild<QTableView *>(QStringLiteral("permitView"));
        QCOMPARE(permitView->model()->rowCount(), 1);
        permitView->setCurrentIndex(permitView->model()->index(0, 0));
        QCOMPARE(desk->currentPermit()->id, permit.id);
        QVERIFY(!desk->findChild<QPushButton *>(QStringLiteral("revoke"))->isHidden()); // the head revokes
        test::saveShot(&window, QStringLiteral("permit-register"));

        // 6. The extension: out of its window today, so the clerk is asked
        // first; the application opens prefilled, for the 6 months left.
        QString notice;
        test::answerNextMessageBox(&notice);
        QVERIFY(desk->startExtension());
        QVERIFY2(notice.contains(QLatin1String("outside that window")), qPrintable(notice));
        auto *extension = current<ui::IntakeEditor>(tabs);
        QVERIFY(extension);
        QCOMPARE(extension->form().application.kind, records::ApplicationKind::Extend);
        QCOMPARE(extension->form().application.extendsPermitId, permit.id);
        QCOMPARE(extension->form().application.requestedMonths, 6);
        QCOMPARE(line(extension, "immigrant.passportNumber")->text(), QStringLiteral("FA1234567"));
        tabs->removeTab(tabs->indexOf(extension));
        extension->deleteLater();

        // 7. Revocation on a supervising body's act, confirmed: the dates are
        // computed, the place freed.
        tabs->setCurrentWidget(desk);
        test::answerNextMessageBox();
        QString failure;
        fillNextDialog<QDialog>(
            [](QDialog *dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("actIssuer"))->setText(QStringLiteral("ДП г. Алматы"));
                dialog->findChild<QLineEdit *>(QStringLiteral("actNumber"))->setText(QStringLiteral("17-04"));
            },
            &failure);
        QVERIFY(desk->revoke());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(store::PermitRepository(db).find(permit.id)->status, records::PermitStatus::Revoked);
        const auto revocation = store::PermitRepository(db).revocation(permit.id);
        QVERIFY(revocation);
        QVERIFY(revocation->policeNoticeDueOn > today);
        QVERIFY(revocation->stayUntil > today);
        QCOMPARE(store::QuotaRepository(db).find(test::CaseFactory(db).almatyRegionId(), today.year())->issued, 0);
        QVERIFY(!desk->findChild<QPushButton *>(QStringLiteral("revoke"))->isEnabled()); // no longer in force
    }

    void clerkIsNotOfferedRevocation()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        scratch.open(); // made on purpose: the window asks before making a store
        ui::MainWindow window;
        QVERIFY(window.openStore(scratch.where()));
        window.setSession({QString(), QStringLiteral("clerk1"), Role::Clerk});
        QVERIFY(window.permitDesk()->findChild<QPushButton *>(QStringLiteral("revoke"))->isHidden());
        window.setSession({QString(), QStringLiteral("head1"), Role::Head});
        QVERIFY(!window.permitDesk()->findChild<QPushButton *>(QStringLiteral("revoke"))->isHidden());
    }
};

QTEST_MAIN(TestClerkDay)
#include "tst_clerk_day.moc"
