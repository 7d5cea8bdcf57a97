// SPDX-License-Identifier: GPL-3.0-or-later
// A case on the clerk's desk, worked as a clerk and a head do: the checklist
// typed in, a scan attached, intake decided, the police asked and answered,
// the permit issued by the head; the clerk is not offered the decision.
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "cases/ArrivalChecksBox.h"
#include "cases/CaseView.h"
#include "cases/CaseWorkflow.h"
#include "cases/PoliceAnswerDialog.h"
#include "cases/RefusalDialog.h"
#include "common/DifferencesDialog.h"
#include "domain/FieldLimits.h"
#include "records/Permit.h"
#include "store/AttachmentRepository.h"
#include "store/CaseRepository.h"
#include "store/PermitRepository.h"
#include "store/QuotaRepository.h"
#include "store/SettingsRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat;
using records::CaseStatus;
using records::Role;

namespace {

const cases::Session kClerk{QString(), QStringLiteral("clerk1"), Role::Clerk};
const cases::Session kHead{QString(), QStringLiteral("head1"), Role::Head};
// The day the factory's cases were received: checklist dates are typed around it.
const QDate kReceived(2026, 3, 20);

records::Application submittedCase(const store::Database &db)
{
    records::Application a = test::CaseFactory(db).acceptedCase();
    store::CaseRepository(db).setStatus(a, CaseStatus::Submitted, QStringLiteral("test"));
    return a;
}

} // namespace

class TestCaseView : public QObject
{
    Q_OBJECT
private slots:
    void clerkTakesInAndHeadIssues_data() { test::addBackendRows(); }
    void clerkTakesInAndHeadIssues()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        const int year = QDate::currentDate().year();
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), year, 5, QStringLiteral("admin"));
        const records::Application app = submittedCase(*db);

        ui::CaseView clerkView(*db, kClerk, app.id);
        clerkView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&clerkView));
        auto *issue = clerkView.findChild<QPushButton *>(QStringLiteral("issuePermit"));
        QVERIFY(issue->isHidden()); // the clerk is not offered the decision
        QVERIFY(clerkView.findChild<QPushButton *>(QStringLiteral("refuse"))->isHidden());
        QVERIFY(clerkView.findChild<QPushButton *>(QStringLiteral("decideIntake"))->isEnabled());
        QVERIFY(!clerkView.findChild<QPushButton *>(QStringLiteral("sendToPolice"))->isEnabled());
        QCOMPARE(clerkView.checklist()->rowCount(), 6);

        test::typeChecklist(clerkView.checklist(), QDate(2026, 3, 20), 6, test::iitDue2026(6));
        QCOMPARE(clerkView.checklist()->item(test::checklistRow(clerkView.checklist(), QStringLiteral("iit_receipt")), 2)->text(),
                 QStringLiteral("18.03.2026")); // typed into the cell
        test::allConformOnArrival(&clerkView);

        // A scan attached; a text file refused with a message, nothing stored for it.
        QTemporaryDir files;
        const QString png = test::writeScan(files, QStringLiteral("passport.png"));
        QFile text(files.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a scan");
        text.close();
        QString refusal;
        test::answerNextMessageBox(&refusal);
        clerkView.attachFiles({png, text.fileName()});
        QVERIFY2(refusal.contains(QLatin1String("notes.txt")) || refusal.contains(QLatin1String("type")),
                 qPrintable(refusal));
        QCOMPARE(clerkView.scans()->count(), 1);
        const auto stored = store::AttachmentRepository(*db).forApplication(app.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().fileName, QStringLiteral("passport.png"));
        // The image opens in a viewer beside the case.
        QWidget *viewer = clerkView.viewScan(stored.first().id);
        QVERIFY(viewer);
        QCOMPARE(viewer->findChild<QLabel *>(QStringLiteral("scanImage"))->pixmap().size(), QSize(400, 300));
        viewer->close();
        // A scan over the administrator's limit is refused with its size and the limit.
        store::SettingsRepository(*db).setText(QStringLiteral("attachments.max_bytes"), QStringLiteral("4000"),
                                               QStringLiteral("admin"));
        QFile big(files.filePath(QStringLiteral("contract.pdf")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray("%PDF-1.4\n") + QByteArray(6000, 'x'));
        big.close();
        QString tooBig;
        test::answerNextMessageBox(&tooBig);
        clerkView.attachFiles({big.fileName()});
        QVERIFY2(tooBig.contains(QLatin1String("contract.pdf")) && tooBig.contains(QLatin1String("limit")),
                 qPrintable(tooBig));
        QCOMPARE(store::AttachmentRepository(*db).forApplication(app.id).size(), 1);
        // The passport's number and a note are kept with the checklist.
        const int passportRow = test::checklistRow(clerkView.checklist(), QStringLiteral("passport"));
        clerkView.checklist()->item(passportRow, 4)->setText(QStringLiteral("FA1234567"));
        clerkView.checklist()->item(passportRow, 5)->setText(QStringLiteral("copy of all pages"));

        QTest::mouseClick(clerkView.findChild<QPushButton *>(QStringLiteral("decideIntake")), Qt::LeftButton);
        QCOMPARE(clerkView.application().status, CaseStatus::Accepted);
        const auto checklist = store::CaseRepository(*db).checklist(app.id);
        QCOMPARE(checklist.size(), 6);
        for (const auto &item : checklist) {
            QVERIFY2(item.state == records::DocumentState::Present, qPrintable(item.docCode));
            if (item.docCode == QLatin1String("passport")) {
                QCOMPARE(item.docNumber, QStringLiteral("FA1234567"));
                QCOMPARE(item.note, QStringLiteral("copy of all pages"));
            }
        }
        // Decided on: the checklist is now the record and no longer typed in.
        QCOMPARE(clerkView.checklist()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QCOMPARE(store::CaseRepository(*db).arrivalChecks(app.id).size(), 4);

        test::answerNextMessageBox();
        QVERIFY(clerkView.sendToPolice());
        QCOMPARE(clerkView.application().status, CaseStatus::PoliceCheck);
        QVERIFY(clerkView.findChild<QPushButton *>(QStringLiteral("policePositive"))->isEnabled());
        // Cancelled: nothing is recorded.
        test::whenShown<ui::PoliceAnswerDialog>([](ui::PoliceAnswerDialog *d) { d->reject(); });
        QVERIFY(!clerkView.recordPoliceAnswer(true));
        QVERIFY(!store::CaseRepository(*db).policeChecks(app.id).last().positive.has_value());
        // R-POLICE: the answer with its reference and note, which the case shows.
        test::whenShown<ui::PoliceAnswerDialog>([](ui::PoliceAnswerDialog *d) {
            test::child<QLineEdit>(d, "policeReference")->setText(QStringLiteral(" ДП-2026/4471 "));
            test::child<QLineEdit>(d, "policeNote")->setText(QStringLiteral("Нет ограничений на въезд"));
            d->accept();
        });
        QVERIFY(clerkView.recordPoliceAnswer(true));
        QVERIFY(!clerkView.findChild<QPushButton *>(QStringLiteral("policePositive"))->isEnabled());
        const auto answered = store::CaseRepository(*db).policeChecks(app.id).last();
        QCOMPARE(answered.reference, QStringLiteral("ДП-2026/4471"));
        QCOMPARE(answered.note, QStringLiteral("Нет ограничений на въезд"));
        const QString header = clerkView.findChild<QLabel *>(QStringLiteral("caseSummary"))->text();
        QVERIFY2(header.contains(QStringLiteral("ДП-2026/4471")) && header.contains(QStringLiteral("positive")),
                 qPrintable(header));
        // Even called directly, the clerk's view cannot issue: the workflow refuses.
        QString forbidden;
        test::answerNextMessageBox(&forbidden);
        QVERIFY(!clerkView.issuePermit());
        QVERIFY(!forbidden.isEmpty());
        QVERIFY(store::PermitRepository(*db).forImmigrant(app.immigrantId).isEmpty());

        ui::CaseView headView(*db, kHead, app.id);
        headView.resize(1280, 800);
        headView.show();
        auto *headIssue = headView.findChild<QPushButton *>(QStringLiteral("issuePermit"));
        QVERIFY(!headIssue->isHidden());
        QVERIFY(headIssue->isEnabled());
        QStringList boxes;
        test::answerNextMessageBoxes(2, &boxes);
        QTest::mouseClick(headIssue, Qt::LeftButton);
        QCOMPARE(boxes.size(), 2);
        const QString issued = boxes.last();
        QCOMPARE(headView.application().status, CaseStatus::Issued);
        const auto permits = store::PermitRepository(*db).forImmigrant(app.immigrantId);
        QCOMPARE(permits.size(), 1);
        QVERIFY2(issued.contains(permits.first().number), qPrintable(issued));
        QCOMPARE(permits.first().validFrom, QDate::currentDate());
        QCOMPARE(store::QuotaRepository(*db).find(factory.almatyRegionId(), year)->issued, 1);
        test::saveShot(&headView, QStringLiteral("case-view"));
    }

    void R_INCOMPLETE_missingInsuranceRefusedAtIntake_data() { test::addBackendRows(); }
    void R_INCOMPLETE_missingInsuranceRefusedAtIntake()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const records::Application app = submittedCase(*db);
        ui::CaseView view(*db, kClerk, app.id);
        view.show();
        test::typeChecklist(view.checklist(), QDate(2026, 3, 20), 6, test::iitDue2026(6), false);
        QString receipt;
        test::answerNextMessageBox(&receipt);
        QVERIFY(view.decideIntake());
        QCOMPARE(view.application().status, CaseStatus::RefusedIntake);
        QVERIFY2(receipt.contains(QLatin1String("Appendix 4")), qPrintable(receipt));
        QVERIFY2(receipt.contains(QLatin1String("insurance"), Qt::CaseInsensitive), qPrintable(receipt));
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("decideIntake"))->isEnabled());
    }

    // R-DOC-VALIDITY: a line's state follows its date as the clerk types it,
    // before anything is decided or stored.
    void R_DOC_VALIDITY_lineTurnsExpiredAsItsDateIsTyped()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const records::Application app = submittedCase(*db); // received on 20 March 2026
        ui::CaseView view(*db, kClerk, app.id);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableWidget *checklist = view.checklist();
        const int row = test::checklistRow(checklist, QStringLiteral("medical_certificate"));
        checklist->item(row, 1)->setCheckState(Qt::Checked);
        test::typeCell(checklist, row, 2,
                       QStringLiteral("19.03.2025")); // a day more than 12 months before
        QVERIFY2(checklist->item(row, 7)->text().startsWith(QLatin1String("Expired")),
                 qPrintable(checklist->item(row, 7)->text() + QLatin1String(" / ") +
                            checklist->item(row, 2)->text()));
        QVERIFY(checklist->item(row, 7)->text().contains(QLatin1String("more than 12 months")));
        test::typeCell(checklist, row, 2,
                       QStringLiteral("20.03.2025")); // exactly 12 months: still accepted
        QCOMPARE(checklist->item(row, 7)->text(), QStringLiteral("Present"));
        const int passport = test::checklistRow(checklist, QStringLiteral("passport"));
        checklist->item(passport, 1)->setCheckState(Qt::Checked);
        QVERIFY(checklist->item(passport, 7)
                    ->text()
                    .startsWith(QLatin1String("Invalid"))); // no border mark yet
        test::typeCell(checklist, passport, 2,
                       QStringLiteral("21.03.2026")); // after the day of receipt
        QVERIFY(checklist->item(passport, 7)->text().startsWith(QLatin1String("Invalid")));
        // Nothing is decided or stored by typing.
        QCOMPARE(store::CaseRepository(*db).find(app.id)->status, CaseStatus::Submitted);
        QVERIFY(store::CaseRepository(*db).checklist(app.id).isEmpty());
        test::saveShot(&view, QStringLiteral("case-view-typing"));
    }

    // R-REFUSE-7: the amount of the IIT receipt is typed on its line; a short
    // payment shows there at once and is proposed as ground 7 when refusing.
    void R_REFUSE_7_shortPaymentShownAndProposed()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const records::Application app = submittedCase(*db); // 6 months asked
        ui::CaseView clerkView(*db, kClerk, app.id);
        clerkView.resize(1280, 800);
        clerkView.show();
        const qint64 due = test::iitDue2026(6); // 259,500
        test::typeChecklist(clerkView.checklist(), QDate(2026, 3, 20), 6, due - 4325);
        QTableWidget *checklist = clerkView.checklist();
        const int iit = test::checklistRow(checklist, QStringLiteral("iit_receipt"));
        QVERIFY2(checklist->item(iit, 7)->text().contains(QLatin1String("less than")),
                 qPrintable(checklist->item(iit, 7)->text()));
        // Only the receipt's line takes an amount.
        const int passport = test::checklistRow(checklist, QStringLiteral("passport"));
        QVERIFY(!(checklist->item(passport, 6)->flags() & Qt::ItemIsEditable));
        test::allConformOnArrival(&clerkView);
        test::saveShot(&clerkView, QStringLiteral("case-view-iit-short"));
        QVERIFY(clerkView.decideIntake()); // short is not incomplete: the documents are taken
        QCOMPARE(clerkView.application().status, CaseStatus::Accepted);
        for (const auto &item : store::CaseRepository(*db).checklist(app.id))
            if (item.docCode == QLatin1String("iit_receipt")) {
                QCOMPARE(item.amountKzt, std::optional<qint64>(due - 4325));
                QVERIFY2(item.note.contains(QLatin1String("less than")), qPrintable(item.note));
            }

        ui::CaseView headView(*db, kHead, app.id);
        headView.show();
        int proposed = 0;
        QString proposals;
        test::whenShown<ui::RefusalDialog>([&](ui::RefusalDialog *dialog) {
            proposed = dialog->ground();
            proposals = dialog->findChild<QLabel *>(QStringLiteral("proposals"))->text();
            test::saveShot(dialog, QStringLiteral("refusal-proposed-7"));
            dialog->reject();
        });
        QVERIFY(!headView.refuse());
        QCOMPARE(proposed, 7);
        QVERIFY2(proposals.contains(QLatin1String("less than")), qPrintable(proposals));
        QCOMPARE(store::CaseRepository(*db).find(app.id)->status,
                 CaseStatus::Accepted); // Cancel changed nothing
        QVERIFY(store::CaseRepository(*db).decisions(app.id).isEmpty());
    }

    // R-CHECK: the four checks are recorded at intake and shown on the case;
    // a failed one proposes its ground (3: R-REFUSE-4) when refusing.
    void R_CHECK_failedCheckProposesItsGround()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const records::Application app = submittedCase(*db);
        {
            ui::CaseView clerkView(*db, kClerk, app.id);
            clerkView.show();
            test::typeChecklist(clerkView.checklist(), QDate(2026, 3, 20), 6, test::iitDue2026(6));
            // Without the checks the documents are not taken, and nothing typed is lost.
            QString refusal;
            test::answerNextMessageBox(&refusal);
            QVERIFY(!clerkView.decideIntake());
            QVERIFY2(refusal.contains(QLatin1String("four checks")), qPrintable(refusal));
            const int iit =
                test::checklistRow(clerkView.checklist(), QStringLiteral("iit_receipt"));
            QCOMPARE(clerkView.checklist()->item(iit, 2)->text(), QStringLiteral("18.03.2026"));
            test::allConformOnArrival(&clerkView);
            clerkView.arrivalChecks()->setResult(3, false,
                                                 QStringLiteral("citizenship not on the list"));
            QVERIFY(clerkView.decideIntake());
            QCOMPARE(clerkView.application().status, CaseStatus::Accepted);
        }
        const auto checks = store::CaseRepository(*db).arrivalChecks(app.id);
        QCOMPARE(checks.size(), 4);
        QVERIFY(!checks.at(2).conforms);
        QCOMPARE(checks.at(2).note, QStringLiteral("citizenship not on the list"));

        ui::CaseView headView(*db, kHead, app.id);
        headView.show();
        // Shown on the case, no longer editable.
        auto *third = headView.findChild<QComboBox *>(QStringLiteral("arrivalCheck3"));
        QCOMPARE(third->currentData().toInt(), 0);
        QVERIFY(!third->isEnabled());
        QCOMPARE(headView.findChild<QLineEdit *>(QStringLiteral("arrivalCheckNote3"))->text(),
                 QStringLiteral("citizenship not on the list"));
        test::whenShown<ui::RefusalDialog>([](ui::RefusalDialog *dialog) {
            QCOMPARE(dialog->ground(), 4);
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("refusalSummary"))
                        ->text()
                        .contains(QLatin1String("ground 4")));
            dialog->accept();
        });
        QVERIFY(headView.refuse());
        QCOMPARE(headView.application().status, CaseStatus::Refused);
        QCOMPARE(store::CaseRepository(*db).decisions(app.id).last().groundId, 4);
    }

    // Refusing at intake, sending to the police and issuing each say what
    // they will do and ask first; Cancel changes nothing.
    void irreversibleStepsAskFirst_data() { test::addBackendRows(); }
    void irreversibleStepsAskFirst()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        test::CaseFactory factory(*db);
        store::QuotaRepository(*db).setQuota(factory.almatyRegionId(), QDate::currentDate().year(),
                                             5, QStringLiteral("admin"));

        // Refusal at intake: the summary names the case, the person and what is missing.
        const records::Application refused = submittedCase(*db);
        ui::CaseView intakeView(*db, kClerk, refused.id);
        intakeView.show();
        test::typeChecklist(intakeView.checklist(), QDate(2026, 3, 20), 6, test::iitDue2026(6),
                            false);
        QString summary;
        test::whenShown<QMessageBox>([&summary](QMessageBox *box) {
            summary = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!intakeView.decideIntake());
        QVERIFY2(summary.contains(refused.registryNumber) &&
                     summary.contains(QLatin1String("KARIMOV")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("insurance"), Qt::CaseInsensitive),
                 qPrintable(summary));
        QCOMPARE(store::CaseRepository(*db).find(refused.id)->status, CaseStatus::Submitted);
        QVERIFY(store::CaseRepository(*db).decisions(refused.id).isEmpty());
        QVERIFY(store::CaseRepository(*db).checklist(refused.id).isEmpty());
        test::answerNextMessageBox(nullptr, true, QStringLiteral("confirm-refuse-at-intake"));
        QVERIFY(intakeView.decideIntake());
        QCOMPARE(intakeView.application().status, CaseStatus::RefusedIntake);

        // Sending to the police: the answer's due date is named.
        records::Application app = factory.acceptedCase();
        ui::CaseView view(*db, kHead, app.id);
        view.show();
        const QDate due =
            cases::CaseWorkflow(*db, kHead).policeAnswerDue(QDateTime::currentDateTimeUtc());
        test::pressInNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!view.sendToPolice());
        QCOMPARE(store::CaseRepository(*db).find(app.id)->status, CaseStatus::Accepted);
        QVERIFY(store::CaseRepository(*db).policeChecks(app.id).isEmpty());
        test::answerNextMessageBox(&summary);
        QVERIFY(view.sendToPolice());
        QVERIFY2(summary.contains(QLocale().toString(due, QLocale::ShortFormat)),
                 qPrintable(summary));
        test::whenShown<ui::PoliceAnswerDialog>([](ui::PoliceAnswerDialog *d) { d->accept(); });
        QVERIFY(view.recordPoliceAnswer(true));

        // Issuing: the permit's dates are named before it exists.
        test::pressInNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!view.issuePermit());
        QCOMPARE(store::CaseRepository(*db).find(app.id)->status, CaseStatus::PoliceCheck);
        QVERIFY(store::PermitRepository(*db).forImmigrant(app.immigrantId).isEmpty());
        QCOMPARE(store::QuotaRepository(*db)
                     .find(factory.almatyRegionId(), QDate::currentDate().year())
                     ->issued,
                 0);
        QStringList boxes;
        test::answerNextMessageBoxes(2, &boxes);
        QVERIFY(view.issuePermit());
        const auto permits = store::PermitRepository(*db).forImmigrant(app.immigrantId);
        QCOMPARE(permits.size(), 1);
        QVERIFY2(boxes.first().contains(
                     QLocale().toString(permits.first().validTo, QLocale::ShortFormat)) &&
                     boxes.first().contains(app.registryNumber),
                 qPrintable(boxes.first()));
    }

    // R-DOC-VALIDITY: a date typed that is not a day is refused in its cell,
    // even where the date is optional (the application's own date), and the
    // checklist typed stays on screen; nothing is decided or stored.
    void R_DOC_VALIDITY_impossibleDateRefusedInItsCell_data() { test::addBackendRows(); }
    void R_DOC_VALIDITY_impossibleDateRefusedInItsCell()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const records::Application app = submittedCase(*db);
        ui::CaseView view(*db, kClerk, app.id);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableWidget *checklist = view.checklist();
        test::typeChecklist(checklist, kReceived, 6, test::iitDue2026(6));
        const int row = test::checklistRow(checklist, QStringLiteral("application"));
        test::typeCell(checklist, row, 2, QStringLiteral("31.02.2026"));
        auto *message = test::child<QLabel>(&view, "checklistMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("31.02.2026")),
                 qPrintable(message->text()));
        test::saveShot(&view, QStringLiteral("case-view-impossible-date"));
        QString said;
        test::answerNextMessageBox(&said);
        QVERIFY(!view.decideIntake());
        QCOMPARE(view.application().status, CaseStatus::Submitted);
        QCOMPARE(checklist->item(row, 2)->text(),
                 QStringLiteral("31.02.2026")); // kept to be corrected
        QVERIFY(store::CaseRepository(*db).checklist(app.id).isEmpty());
        // A number longer than its limit is not taken past it.
        const int passport = test::checklistRow(checklist, QStringLiteral("passport"));
        test::typeCell(checklist, passport, 4, QString(60, u'7'));
        QCOMPARE(checklist->item(passport, 4)->text().size(),
                 domain::FieldLimits::maxLength(QStringLiteral("checklist.docNumber")));
        // Corrected, the case is decided.
        test::typeCell(checklist, row, 2, QStringLiteral("20.03.2026"));
        QVERIFY(!message->isVisible());
        test::allConformOnArrival(&view);
        QVERIFY(view.decideIntake());
        QCOMPARE(view.application().status, CaseStatus::Accepted);
    }

    // Two clerks tick the same case; the second one's checklist is refused,
    // shown beside the saved one, and stays on screen unless they take the
    // saved one.
    void checklistConflictKeepsTheTypedChecklist_data() { test::addBackendRows(); }
    void checklistConflictKeepsTheTypedChecklist()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const auto other = scratch.open();
        const records::Application app = submittedCase(*db);
        ui::CaseView first(*other, kClerk, app.id);
        ui::CaseView second(*db, kClerk, app.id);
        first.show();
        second.resize(1000, 700);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        const QDate today = kReceived;
        test::typeChecklist(first.checklist(), today, 6, test::iitDue2026(6));
        test::typeChecklist(second.checklist(), today, 6, test::iitDue2026(6));
        test::allConformOnArrival(&first);
        test::allConformOnArrival(&second);
        const int insurance = test::checklistRow(second.checklist(), QStringLiteral("insurance"));
        const QString mine = today.addMonths(9).toString(QStringLiteral("dd.MM.yyyy"));
        test::typeCell(second.checklist(), insurance, 3, mine);
        QVERIFY(first.decideIntake());

        QStringList rows;
        test::whenShown<ui::DifferencesDialog>([&rows](ui::DifferencesDialog *dialog) {
            for (int row = 0; row < dialog->table()->rowCount(); ++row)
                rows << dialog->table()->item(row, 0)->text() + u'|' +
                            dialog->table()->item(row, 1)->text() + u'|' +
                            dialog->table()->item(row, 2)->text();
            test::saveShot(dialog, QStringLiteral("checklist-conflict"));
            test::child<QPushButton>(dialog, "keepMine")->click();
        });
        QVERIFY(!second.decideIntake());
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().endsWith(u'|' + mine), qPrintable(rows.first()));
        QVERIFY2(rows.first().contains(QLatin1String("Valid until")), qPrintable(rows.first()));
        QCOMPARE(second.checklist()->item(insurance, 3)->text(), mine); // still on screen
        QCOMPARE(second.application().status, CaseStatus::Accepted);
        QVERIFY(!second.findChild<QPushButton *>(QStringLiteral("decideIntake"))->isEnabled());
        const auto stored = store::CaseRepository(*db).checklist(app.id);
        for (const auto &line : stored)
            if (line.docCode == QLatin1String("insurance"))
                QCOMPARE(line.validUntil, today.addMonths(7)); // the first clerk's
    }

    // The other clerk only saved the checklist: taking theirs shows it;
    // keeping one's own lets it be decided over the new version.
    void checklistConflictTakeSavedOrDecideAgain_data() { test::addBackendRows(); }
    void checklistConflictTakeSavedOrDecideAgain()
    {
        QFETCH(QString, backend);
        test::ScratchStore scratch(backend);
        const auto db = scratch.open();
        const auto other = scratch.open();
        const records::Application app = submittedCase(*db);
        ui::CaseView view(*db, kClerk, app.id);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        test::allConformOnArrival(&view);
        const QDate today = kReceived;
        auto otherSavesNote = [&](const QString &note) {
            records::Application theirs = *store::CaseRepository(*other).find(app.id);
            QList<records::ChecklistItem> lines{{QString(),
                                                 QStringLiteral("passport"),
                                                 records::DocumentState::Missing,
                                                 QString(),
                                                 {},
                                                 {},
                                                 note,
                                                 {}}};
            store::CaseRepository(*other).saveChecklist(theirs, lines, QStringLiteral("clerk2"));
        };
        otherSavesNote(QStringLiteral("copy only"));
        test::typeChecklist(view.checklist(), today, 6, test::iitDue2026(6));
        const int passport = test::checklistRow(view.checklist(), QStringLiteral("passport"));
        test::whenShown<ui::DifferencesDialog>([](ui::DifferencesDialog *dialog) {
            test::child<QPushButton>(dialog, "takeSaved")->click();
        });
        QVERIFY(!view.decideIntake());
        QCOMPARE(view.checklist()->item(passport, 5)->text(), QStringLiteral("copy only"));
        QCOMPARE(view.checklist()->item(passport, 1)->checkState(), Qt::Unchecked);

        otherSavesNote(QStringLiteral("second look"));
        test::typeChecklist(view.checklist(), today, 6, test::iitDue2026(6));
        test::allConformOnArrival(&view); // the saved version, taken, had none
        test::whenShown<ui::DifferencesDialog>([](ui::DifferencesDialog *dialog) {
            test::child<QPushButton>(dialog, "keepMine")->click();
        });
        QVERIFY(!view.decideIntake());
        QCOMPARE(view.checklist()->item(passport, 1)->checkState(),
                 Qt::Checked); // mine, still on screen
        QCOMPARE(view.application().status, CaseStatus::Submitted);
        QVERIFY(view.decideIntake()); // over the version now stored
        QCOMPARE(view.application().status, CaseStatus::Accepted);
    }
};

QTEST_MAIN(TestCaseView)
#include "tst_case_view.moc"
