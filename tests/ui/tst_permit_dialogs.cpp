// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs of the actions on a permit, used as the head and a clerk use
// them: type the act, watch the computed dates follow the day of revocation
// (R-REVOKE-POLICE, R-REVOKE-STAY), save with Enter; a clerk's save is
// refused inside the dialog, which stays open with what was typed.
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "common/FieldInput.h"
#include "domain/FieldLimits.h"
#include "permits/PermitActionDialogs.h"
#include "permits/PermitDesk.h"
#include "store/PermitRepository.h"
#include "store/QuotaRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace ruqsat;
using namespace ruqsat::records;

namespace {

const cases::Session kClerk{QString(), QStringLiteral("clerk1"), Role::Clerk};
const cases::Session kHead{QString(), QStringLiteral("head1"), Role::Head};

// A permit in force from 2 March to 1 September 2026.
Permit permitInForce(const store::Database &db)
{
    test::CaseFactory factory(db);
    store::QuotaRepository(db).setQuota(factory.almatyRegionId(), 2026, 5, QStringLiteral("admin"));
    return factory.issuePermit(factory.acceptedCase(), QDate(2026, 3, 2), QDate(2026, 9, 1));
}

using test::child;

QString text(QWidget *parent, const char *label)
{
    return child<QLabel>(parent, label)->text();
}

void fillRevocation(QWidget *dialog)
{
    QTest::keyClicks(child<QLineEdit>(dialog, "actIssuer"), QStringLiteral("Labour inspection of Almaty"));
    QTest::keyClicks(child<QLineEdit>(dialog, "actNumber"), QStringLiteral("17-04/311"));
    child<ui::DateField>(dialog, "actDate")->setDate(QDate(2026, 3, 18));
    child<ui::DateField>(dialog, "revokedOn")->setDate(QDate(2026, 3, 20));
}

} // namespace

class TestPermitDialogs : public QObject
{
    Q_OBJECT
private slots:
    void R_REVOKE_headRevokesWithLiveDates()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const Permit permit = permitInForce(*db);
        ui::RevocationDialog dialog(permit, cases::PermitActions(*db, kHead));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(text(&dialog, "permitHeading").contains(permit.number));

        // Tab runs through the act's fields in the order of the paper.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        child<QLineEdit>(&dialog, "actIssuer")->setFocus();
        const char *order[] = {"actNumber", "actDate", "revokedOn"};
        for (const char *next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, next));
        }
        // A date is typed as on paper; Tab then leaves it for the next field.
        child<QLineEdit>(&dialog, "actNumber")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("18.03.2026"));
        QCOMPARE(child<ui::DateField>(&dialog, "actDate")->date(), QDate(2026, 3, 18));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, "revokedOn"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("20032026"));
        QCOMPARE(child<ui::DateField>(&dialog, "revokedOn")->date(), QDate(2026, 3, 20));
        QVERIFY(text(&dialog, "policeNoticeDue").contains(QLatin1String("27.03.2026")));

        fillRevocation(&dialog);
        // Friday 20 March 2026, before the Nauryz holidays (23-25 March).
        QVERIFY2(text(&dialog, "policeNoticeDue").contains(QLatin1String("27.03.2026")),
                 qPrintable(text(&dialog, "policeNoticeDue")));
        QVERIFY(text(&dialog, "stayUntil").contains(QLatin1String("04.04.2026")));
        // The dates follow the day of revocation as it changes: Thursday 30
        // April, then 1 May and the weekend.
        child<ui::DateField>(&dialog, "revokedOn")->setDate(QDate(2026, 4, 30));
        QVERIFY(text(&dialog, "policeNoticeDue").contains(QLatin1String("05.05.2026")));
        QVERIFY(text(&dialog, "stayUntil").contains(QLatin1String("15.05.2026")));
        child<ui::DateField>(&dialog, "revokedOn")->setDate(QDate(2026, 3, 20));

        test::saveShot(&dialog, QStringLiteral("revocation"));
        // Enter in the last text field saves, once the summary is confirmed.
        QString summary;
        test::answerNextMessageBox(&summary, true, QStringLiteral("revocation-confirm"));
        QTest::keyClick(child<QLineEdit>(&dialog, "actNumber"), Qt::Key_Return);
        QVERIFY2(summary.contains(permit.number) && summary.contains(QLatin1String("KARIMOV")) &&
                     summary.contains(QLatin1String("17-04/311")),
                 qPrintable(summary));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.message().isEmpty());
        QCOMPARE(dialog.revocation().stayUntil, QDate(2026, 4, 4));

        QCOMPARE(store::PermitRepository(*db).find(permit.id)->status, PermitStatus::Revoked);
        const auto stored = store::PermitRepository(*db).revocation(permit.id);
        QVERIFY(stored);
        QCOMPARE(stored->actNumber, QStringLiteral("17-04/311"));
        QCOMPARE(stored->policeNoticeDueOn, QDate(2026, 3, 27));
        QCOMPARE(stored->stayUntil, QDate(2026, 4, 4));
    }

    // A revocation cannot be undone: the dialog says what it will do and
    // asks; Cancel leaves the dialog open as it was, and nothing is written.
    void R_REVOKE_asksFirstAndCancelChangesNothing()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const Permit permit = permitInForce(*db);
        ui::RevocationDialog dialog(permit, cases::PermitActions(*db, kHead));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillRevocation(&dialog);
        QString summary;
        test::whenShown<QMessageBox>([&summary](QMessageBox *box) {
            summary = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        dialog.accept();
        QVERIFY2(summary.contains(permit.number), qPrintable(summary));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QCOMPARE(child<QLineEdit>(&dialog, "actNumber")->text(), QStringLiteral("17-04/311"));
        QCOMPARE(store::PermitRepository(*db).find(permit.id)->status, PermitStatus::InForce);
        QVERIFY(!store::PermitRepository(*db).revocation(permit.id));
        // A revocation the rules refuse is not asked about: the reason shows at once.
        child<QLineEdit>(&dialog, "actNumber")->clear();
        dialog.accept(); // no message box: it would block here
        QVERIFY(dialog.message().contains(QLatin1String("number")));
        QVERIFY(!store::PermitRepository(*db).revocation(permit.id));
    }

    void R_REVOKE_clerkRefusedDialogStaysOpen()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const Permit permit = permitInForce(*db);
        ui::RevocationDialog dialog(permit, cases::PermitActions(*db, kClerk));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillRevocation(&dialog);
        QVERIFY(text(&dialog, "policeNoticeDue").contains(QLatin1String("27.03.2026")));

        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(dialog.message().contains(QLatin1String("head")), qPrintable(dialog.message()));
        QVERIFY(child<QLabel>(&dialog, "message")->isVisible());
        test::saveShot(&dialog, QStringLiteral("revocation-refused"));
        // Nothing typed is lost.
        QCOMPARE(child<QLineEdit>(&dialog, "actIssuer")->text(), QStringLiteral("Labour inspection of Almaty"));
        QCOMPARE(child<QLineEdit>(&dialog, "actNumber")->text(), QStringLiteral("17-04/311"));
        QCOMPARE(child<ui::DateField>(&dialog, "revokedOn")->date(), QDate(2026, 3, 20));
        // And nothing was written.
        QCOMPARE(store::PermitRepository(*db).find(permit.id)->status, PermitStatus::InForce);
        QVERIFY(!store::PermitRepository(*db).revocation(permit.id));
    }

    // R-TERMINATION: the due date follows the day the contract ended, and a
    // late notice is pointed out.
    void R_TERMINATION_dialogShowsDueAndSaves()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const Permit permit = permitInForce(*db);
        ui::TerminationDialog dialog(permit, cases::PermitActions(*db, kClerk));
        dialog.show();
        child<ui::DateField>(&dialog, "contractEndedOn")->setDate(QDate(2026, 5, 6));
        child<ui::DateField>(&dialog, "notifiedOn")->setDate(QDate(2026, 5, 8));
        QVERIFY(text(&dialog, "noticeDue").contains(QLatin1String("12.05.2026")));
        QVERIFY(!text(&dialog, "noticeDue").contains(QLatin1String("late")));
        child<ui::DateField>(&dialog, "notifiedOn")->setDate(QDate(2026, 5, 13));
        QVERIFY(text(&dialog, "noticeDue").contains(QLatin1String("late")));
        test::saveShot(&dialog, QStringLiteral("termination"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store::PermitRepository(*db).find(permit.id)->status, PermitStatus::Terminated);
        QCOMPARE(store::PermitRepository(*db).termination(permit.id)->noticeDueOn, QDate(2026, 5, 12));
    }

    // R-CONTRACT: a contract past the permit's term is pointed out while
    // typing, refused on save, and saved once it fits.
    void R_CONTRACT_dialogChecksTheTerm()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const Permit permit = permitInForce(*db);
        ui::ContractDialog dialog(permit, cases::PermitActions(*db, kClerk));
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "contractNumber"), QStringLiteral("TD-41"));
        child<ui::DateField>(&dialog, "concludedOn")->setDate(QDate(2026, 3, 4));
        child<ui::DateField>(&dialog, "contractFrom")->setDate(QDate(2026, 3, 5));
        child<ui::DateField>(&dialog, "contractTo")->setDate(QDate(2026, 12, 31));
        QVERIFY2(text(&dialog, "contractCheck").contains(QLatin1String("within the permit's term")),
                 qPrintable(text(&dialog, "contractCheck")));
        test::saveShot(&dialog, QStringLiteral("contract"));
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(dialog.message().contains(QLatin1String("within the permit's term")));
        QVERIFY(store::PermitRepository(*db).labourContracts(permit.id).isEmpty());
        child<ui::DateField>(&dialog, "contractTo")->setDate(QDate(2026, 9, 1));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto contracts = store::PermitRepository(*db).labourContracts(permit.id);
        QCOMPARE(contracts.size(), 1);
        QCOMPARE(contracts.first().number, QStringLiteral("TD-41"));
        QCOMPARE(contracts.first().id, dialog.contract().id);
    }

    // R-REVOKE: a day that does not exist, typed in a date, is refused
    // beside it; the computed dates wait for a real day; nothing is saved
    // and the typing stays to be corrected.
    void R_REVOKE_impossibleDateRefusedBesideTheField()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const Permit permit = permitInForce(*db);
        ui::RevocationDialog dialog(permit, cases::PermitActions(*db, kHead));
        dialog.show();
        fillRevocation(&dialog);
        auto *revoked = child<ui::DateField>(&dialog, "revokedOn");
        revoked->clear();
        QTest::keyClicks(revoked, QStringLiteral("31.02.2026"));
        QVERIFY(!revoked->date().isValid());
        QVERIFY(!text(&dialog, "policeNoticeDue").contains(QLatin1String("2026")));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(text(&dialog, "revokedOn.message").contains(QLatin1String("31.02.2026")),
                 qPrintable(text(&dialog, "revokedOn.message")));
        QVERIFY(child<QLabel>(&dialog, "revokedOn.message")->isVisible());
        QVERIFY(dialog.message().contains(QLatin1String("beside them")));
        test::saveShot(&dialog, QStringLiteral("revocation-impossible-date"));
        QCOMPARE(revoked->text(), QStringLiteral("31.02.2026"));
        QCOMPARE(store::PermitRepository(*db).find(permit.id)->status, PermitStatus::InForce);
        // Emptied, a required date is asked for; typed right, it saves.
        revoked->clear();
        dialog.accept();
        QVERIFY(text(&dialog, "revokedOn.message").contains(QLatin1String("Type the date")));
        QTest::keyClicks(revoked, QStringLiteral("20.03.2026"));
        test::answerNextMessageBox(nullptr, true, QStringLiteral("revocation-confirm-typed"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store::PermitRepository(*db).revocation(permit.id)->revokedOn, QDate(2026, 3, 20));
    }

    // R-CONTRACT: an optional date is checked only while it is ticked on;
    // ticked, it must be a real day.
    void R_CONTRACT_optionalDateCheckedWhenTicked()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const Permit permit = permitInForce(*db);
        ui::ContractDialog dialog(permit, cases::PermitActions(*db, kClerk));
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "contractNumber"), QStringLiteral("TD-42"));
        child<ui::DateField>(&dialog, "concludedOn")->setDate(QDate(2026, 3, 4));
        child<ui::DateField>(&dialog, "contractFrom")->setDate(QDate(2026, 3, 5));
        child<ui::DateField>(&dialog, "contractTo")->setDate(QDate(2026, 9, 1));
        auto *registered = child<ui::DateField>(&dialog, "registeredOn");
        QVERIFY(!registered->isEnabled()); // not ticked on: not used, not checked
        child<QCheckBox>(&dialog, "registeredOnSet")->setChecked(true);
        registered->clear();
        QTest::keyClicks(registered, QStringLiteral("29.02.2026"));
        QVERIFY(!text(&dialog, "contractCheck").contains(QLatin1String("Within")));
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(text(&dialog, "registeredOn.message").contains(QLatin1String("29.02.2026")),
                 qPrintable(text(&dialog, "registeredOn.message")));
        QVERIFY(store::PermitRepository(*db).labourContracts(permit.id).isEmpty());
        child<QCheckBox>(&dialog, "registeredOnSet")->setChecked(false);
        QVERIFY(child<QLabel>(&dialog, "registeredOn.message")->isHidden());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store::PermitRepository(*db).labourContracts(permit.id).first().registeredOn,
                 QDate());
    }

    // The day of a print batch is read like every date typed: a day that
    // does not exist is said to be none, and nothing is printed.
    void batchDayThatIsNoDayRefused()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        permitInForce(*db);
        ui::PermitDesk desk(*db, kClerk);
        desk.show();
        test::whenShown<QInputDialog>([](QInputDialog *ask) {
            ask->setTextValue(QStringLiteral("31.02.2026"));
            ask->accept();
        });
        QString said;
        test::answerNextMessageBox(&said);
        QVERIFY(!desk.printBatch());
        QVERIFY2(said.contains(QLatin1String("There is no date 31.02.2026")), qPrintable(said));
    }

    // R-DUPLICATE: the copies count comes back from the store.
    void R_DUPLICATE_copyDialog()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const Permit permit = permitInForce(*db);
        ui::CopyDialog dialog(permit, cases::PermitActions(*db, kClerk));
        dialog.show();
        auto *reason = child<QComboBox>(&dialog, "reason");
        reason->setCurrentIndex(1); // damaged
        test::saveShot(&dialog, QStringLiteral("copy"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.copiesIssued(), 1);
        QCOMPARE(store::PermitRepository(*db).find(permit.id)->copiesIssued, 1);
    }
};

QTEST_MAIN(TestPermitDialogs)
#include "tst_permit_dialogs.moc"
