// SPDX-License-Identifier: GPL-3.0-or-later
// Complaints on the screen (R-COMPLAINT-*): registered on a permit or on a
// refused case with the decision it appeals and the due date shown as the
// clerk types; the Complaints tab lists them with their clocks; the head
// resolves one in its dialog, a clerk's grant is refused inside it with
// what was typed kept; the case shows where its complaints stand.
// Screenshots in en, kk and ru.
#include "ComplaintStore.h"
#include "MainWindow.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "cases/CaseView.h"
#include "common/Application.h"
#include "common/FieldInput.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintsTab.h"
#include "complaints/ResolveComplaintDialog.h"
#include "domain/FieldLimits.h"
#include "itemmodels/ComplaintListModel.h"
#include "itemmodels/Roles.h"
#include "store/ComplaintRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace ruqsat;
using namespace ruqsat::records;
using itemmodels::ComplaintListModel;

namespace {

const cases::Session kClerk{QString(), QStringLiteral("clerk1"), Role::Clerk};
const cases::Session kHead{QString(), QStringLiteral("head1"), Role::Head};

using test::child;

QString labelText(QWidget *parent, const char *name)
{
    return child<QLabel>(parent, name)->text();
}

ui::ComplaintSubject subjectOf(const Permit &permit)
{
    return {QStringLiteral("Permit No. ") + permit.number, permit.applicationId, permit.id};
}

// Two open complaints (one against the refusal, one to the quality body on
// the permit) and one the head granted.
void addComplaints(const store::Database &db, const test::ComplaintStore &s)
{
    const complaints::ComplaintActions clerk(db, kClerk);
    Complaint appeal;
    appeal.applicationId = s.refused.id;
    appeal.decisionId = clerk.appealableDecisions(s.refused.id).first().id;
    appeal.addressee = complaints::kForward;
    appeal.complainant = QStringLiteral("Karimov Rustam");
    appeal.summary = QStringLiteral("The employer has paid the tax");
    appeal.registeredOn = QDate(2026, 3, 20);
    clerk.registerComplaint(appeal);
    Complaint quality = appeal;
    quality.id.clear();
    quality.applicationId.clear();
    quality.decisionId.clear();
    quality.permitId = s.permit.id;
    quality.addressee = complaints::kQuality;
    clerk.registerComplaint(quality);
    Complaint granted = quality;
    granted.id.clear();
    granted.addressee = complaints::kProvider;
    granted.registeredOn = QDate(2026, 3, 2);
    clerk.registerComplaint(granted);
    complaints::ComplaintActions(db, kHead).resolve(granted.id, complaints::kGranted,
                                                    QDate(2026, 3, 4));
}

int rowOf(ComplaintListModel *model, const QString &complaintId)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(itemmodels::IdRole).toString() == complaintId)
            return r;
    return -1;
}

} // namespace

class TestComplaintsTab : public QObject
{
    Q_OBJECT
private slots:
    // R-COMPLAINT-*: the due date changes with the addressee.
    void R_COMPLAINT_dialogDueByAddressee()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const Permit permit = test::fillComplaintStore(*db).permit;
        ui::ComplaintDialog dialog(subjectOf(permit), complaints::ComplaintActions(*db, kClerk));
        dialog.show();
        auto *to = child<QComboBox>(&dialog, "addressee");
        child<ui::DateField>(&dialog, "registeredOn")->setDate(QDate(2026, 3, 20));
        to->setCurrentIndex(to->findData(QStringLiteral("provider")));
        QVERIFY(labelText(&dialog, "complaintDue").contains(QLatin1String("01.04.2026")));
        to->setCurrentIndex(to->findData(QStringLiteral("quality")));
        QVERIFY(labelText(&dialog, "complaintDue").contains(QLatin1String("15.04.2026")));
        to->setCurrentIndex(to->findData(QStringLiteral("forward")));
        QVERIFY(labelText(&dialog, "complaintDue").contains(QLatin1String("30.03.2026")));
        test::saveShot(&dialog, QStringLiteral("complaint"));
        // No complainant: refused in the dialog.
        dialog.accept();
        QVERIFY(!dialog.message().isEmpty());
        QTest::keyClicks(child<QLineEdit>(&dialog, "complainant"),
                         QStringLiteral("Karimov Rustam"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = store::ComplaintRepository(*db).find(dialog.complaint().id);
        QVERIFY(stored);
        QCOMPARE(stored->dueOn, QDate(2026, 3, 30));
        QCOMPARE(stored->permitId, permit.id);
    }

    // R-COMPLAINT-*: a pasted page is refused whole beside the field.
    void R_COMPLAINT_pastedTextRefusedBesideTheField()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const Permit permit = test::fillComplaintStore(*db).permit;
        ui::ComplaintDialog dialog(subjectOf(permit), complaints::ComplaintActions(*db, kClerk));
        dialog.show();
        auto *complainant = child<QLineEdit>(&dialog, "complainant");
        QTest::keyClicks(complainant, QStringLiteral("Karimov"));
        QGuiApplication::clipboard()->setText(QString(5000, u'x'));
        QTest::keySequence(complainant, QKeySequence::Paste);
        QCOMPARE(complainant->text(), QStringLiteral("Karimov"));
        const QString max = QString::number(
            domain::FieldLimits::maxLength(QStringLiteral("complaint.complainant")));
        QTRY_VERIFY2(labelText(&dialog, "complainant.message").contains(max),
                     qPrintable(labelText(&dialog, "complainant.message")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store::ComplaintRepository(*db).find(dialog.complaint().id)->complainant,
                 QStringLiteral("Karimov"));
    }

    // A refused case takes a complaint from its own view, attached to its
    // refusal; the case then says where it stands.
    void R_COMPLAINT_FORWARD_refusedCaseTakesAComplaint()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::ComplaintStore s = test::fillComplaintStore(*db);
        ui::CaseView view(*db, kClerk, s.refused.id);
        view.resize(1100, 700);
        view.show();
        auto *button = child<QPushButton>(&view, "complaint");
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        bool shown = false;
        test::whenShown<ui::ComplaintDialog>([&](ui::ComplaintDialog *dialog) {
            shown = true;
            auto *decision = child<QComboBox>(dialog, "decision");
            QCOMPARE(decision->count(), 2); // an action or inaction, and the refusal
            QVERIFY(decision->currentText().contains(QLatin1String("Refusal")));
            auto *to = child<QComboBox>(dialog, "addressee");
            to->setCurrentIndex(to->findData(complaints::kForward));
            child<QLineEdit>(dialog, "complainant")->setText(QStringLiteral("Karimov Rustam"));
            child<ui::DateField>(dialog, "registeredOn")->setDate(QDate(2026, 3, 20));
            test::saveShot(dialog, QStringLiteral("complaint-on-refusal"));
            dialog->accept();
        });
        QVERIFY(view.registerComplaint());
        QVERIFY(shown);
        store::ComplaintFilter ofCase;
        ofCase.applicationId = s.refused.id;
        const QList<store::ComplaintRow> rows = store::ComplaintRepository(*db).list(ofCase);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().decisionKind, QStringLiteral("refuse"));
        QCOMPARE(rows.first().complaint.dueOn, QDate(2026, 3, 30));
        const QString summary = labelText(&view, "caseSummary");
        QVERIFY2(summary.contains(QLatin1String("open, due 30.03.2026")), qPrintable(summary));
        test::saveShot(&view, QStringLiteral("case-with-complaint"));
    }

    // The tab lists the open complaints by due date with their clocks'
    // colours; "All" adds the resolved; the title counts the open ones.
    void R_COMPLAINT_tabListsOpenFirstWithTheirClocks()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::ComplaintStore s = test::fillComplaintStore(*db);
        addComplaints(*db, s);
        ui::ComplaintsTab tab(*db, kClerk);
        tab.resize(1200, 500);
        tab.refresh(QDate(2026, 3, 30));
        tab.show();
        auto *model = tab.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(tab.title(), QStringLiteral("Complaints (2)"));
        QCOMPARE(model->index(0, ComplaintListModel::Due).data().toString(),
                 QStringLiteral("30.03.2026"));
        QCOMPARE(model->index(0, ComplaintListModel::Due).data(itemmodels::UrgencyRole).toInt(),
                 int(itemmodels::Urgency::Today));
        QCOMPARE(model->index(0, ComplaintListModel::Number).data().toString(),
                 s.refused.registryNumber);
        QVERIFY(model->index(0, ComplaintListModel::Appeals)
                    .data()
                    .toString()
                    .contains(QLatin1String("Refusal of")));
        QCOMPARE(model->index(1, ComplaintListModel::State).data().toString(),
                 QStringLiteral("Open"));
        QVERIFY(model->index(1, ComplaintListModel::Number)
                    .data()
                    .toString()
                    .contains(s.permit.number));
        auto *state = child<QComboBox>(&tab, "stateFilter");
        state->setCurrentIndex(state->findData(int(store::ComplaintFilter::State::All)));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(2, ComplaintListModel::State).data().toString(),
                 QStringLiteral("Granted 04.03.2026"));
        QCOMPARE(model->index(2, ComplaintListModel::Due).data(itemmodels::UrgencyRole).toInt(),
                 int(itemmodels::Urgency::None));
        QCOMPARE(tab.title(), QStringLiteral("Complaints (2)"));
        // A resolved one cannot be resolved again.
        tab.view()->setCurrentIndex(model->index(2, 0));
        QVERIFY(!child<QPushButton>(&tab, "resolve")->isEnabled());
        // Enter opens the case.
        QString opened;
        connect(&tab, &ui::ComplaintsTab::caseActivated, [&](const QString &id) { opened = id; });
        tab.view()->setCurrentIndex(model->index(0, 0));
        QVERIFY(child<QPushButton>(&tab, "resolve")->isEnabled());
        QTest::keyClick(tab.view(), Qt::Key_Return);
        QCOMPARE(opened, s.refused.id);
        // A clerk of another district sees none.
        ui::ComplaintsTab elsewhere(*db, {QString(),
                                          QStringLiteral("clerk9"),
                                          Role::Clerk,
                                          {test::CaseFactory(*db).district() + 1000}});
        elsewhere.refresh(QDate(2026, 3, 30));
        QCOMPARE(elsewhere.model()->rowCount(), 0);
        test::saveShot(&tab, QStringLiteral("complaints-tab"));
    }

    // The clerk's grant is refused inside the dialog, which stays open with
    // what was typed; forwarding is the clerk's; the head grants. The
    // resolved complaint leaves the open list and the tab's count.
    void R_COMPLAINT_resolvedInItsDialogByTheRoleThatMay()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::ComplaintStore s = test::fillComplaintStore(*db);
        addComplaints(*db, s);
        store::ComplaintFilter open;
        const QList<store::ComplaintRow> rows = store::ComplaintRepository(*db).list(open);
        const store::ComplaintRow appeal = rows.at(0), quality = rows.at(1);

        {
            ui::ResolveComplaintDialog dialog(quality, complaints::ComplaintActions(*db, kClerk));
            dialog.show();
            QVERIFY(labelText(&dialog, "stepHeading").contains(QLatin1String("Karimov Rustam")));
            QVERIFY(labelText(&dialog, "term").contains(QLatin1String("R-COMPLAINT-QUALITY")));
            auto *resolution = child<QComboBox>(&dialog, "resolution");
            QCOMPARE(resolution->count(), 2); // granted, rejected
            QVERIFY(resolution->findData(complaints::kForwarded) < 0);
            resolution->setCurrentIndex(resolution->findData(complaints::kGranted));
            QVERIFY(!child<QLineEdit>(&dialog, "forwardedTo")->isEnabled());
            child<ui::DateField>(&dialog, "resolvedOn")->setDate(QDate(2026, 3, 27));
            QTest::keyClicks(child<QLineEdit>(&dialog, "note"), QStringLiteral("answered in full"));
            test::answerNextMessageBox(); // "Resolve ... ? A resolution is final."
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY2(dialog.message().contains(QLatin1String("head")),
                     qPrintable(dialog.message()));
            QCOMPARE(child<QLineEdit>(&dialog, "note")->text(), QStringLiteral("answered in full"));
            test::saveShot(&dialog, QStringLiteral("resolve-refused-for-clerk"));
            QVERIFY(
                !store::ComplaintRepository(*db).find(quality.complaint.id)->resolvedOn.isValid());
        }
        {
            ui::ResolveComplaintDialog dialog(appeal, complaints::ComplaintActions(*db, kClerk));
            dialog.show();
            auto *resolution = child<QComboBox>(&dialog, "resolution");
            resolution->setCurrentIndex(resolution->findData(complaints::kForwarded));
            QVERIFY(child<QLineEdit>(&dialog, "forwardedTo")->isEnabled());
            child<ui::DateField>(&dialog, "resolvedOn")->setDate(QDate(2026, 3, 26));
            QTest::keyClicks(child<QLineEdit>(&dialog, "forwardedTo"),
                             QStringLiteral("Akimat of Almaty region"));
            test::answerNextMessageBox();
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            const Complaint stored = *store::ComplaintRepository(*db).find(appeal.complaint.id);
            QCOMPARE(stored.resolution, complaints::kForwarded);
            QCOMPARE(stored.forwardedTo, QStringLiteral("Akimat of Almaty region"));
        }
        // Through the tab, as the head.
        ui::ComplaintsTab tab(*db, kHead);
        tab.refresh(QDate(2026, 3, 30));
        tab.show();
        QCOMPARE(tab.model()->rowCount(), 1);
        QString title;
        connect(&tab, &ui::ComplaintsTab::titleChanged, [&](const QString &t) { title = t; });
        tab.view()->setCurrentIndex(
            tab.model()->index(rowOf(tab.model(), quality.complaint.id), 0));
        test::whenShown<ui::ResolveComplaintDialog>([](ui::ResolveComplaintDialog *dialog) {
            auto *resolution = child<QComboBox>(dialog, "resolution");
            resolution->setCurrentIndex(resolution->findData(complaints::kGranted));
            child<ui::DateField>(dialog, "resolvedOn")->setDate(QDate(2026, 3, 27));
            test::answerNextMessageBox();
            dialog->accept();
        });
        QVERIFY(tab.resolveCurrent());
        QCOMPARE(store::ComplaintRepository(*db).find(quality.complaint.id)->resolution,
                 complaints::kGranted);
        QCOMPARE(tab.model()->rowCount(), 0);
        QCOMPARE(title, QStringLiteral("Complaints"));
    }

    // The main window shows the tab after Quotas, with its count.
    void mainWindowShowsTheTabAfterQuotas()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        {
            const auto db = scratch.open();
            addComplaints(*db, test::fillComplaintStore(*db));
        }
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openStore(scratch.where()));
        auto *areas = child<QTabWidget>(&window, "areas");
        QVERIFY(window.complaintsTab());
        QCOMPARE(areas->indexOf(window.complaintsTab()), 4);
        QCOMPARE(areas->tabText(4), QStringLiteral("Complaints (2)"));
    }

    void screenshotsInKazakhAndRussian()
    {
        test::ScratchStore scratch(QStringLiteral("sqlite"));
        const auto db = scratch.open();
        const test::ComplaintStore s = test::fillComplaintStore(*db);
        addComplaints(*db, s);
        store::ComplaintFilter open;
        const store::ComplaintRow appeal = store::ComplaintRepository(*db).list(open).first();
        for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            installTranslations(*QCoreApplication::instance(), lang);
            {
                ui::ComplaintsTab tab(*db, kHead);
                tab.resize(1366, 500);
                auto *state = child<QComboBox>(&tab, "stateFilter");
                state->setCurrentIndex(2);
                tab.refresh(QDate(2026, 3, 30));
                tab.show();
                QCOMPARE(tab.model()->rowCount(), 3);
                test::saveShot(&tab, QStringLiteral("complaints-") + lang);
                ui::ResolveComplaintDialog dialog(appeal, complaints::ComplaintActions(*db, kHead));
                dialog.show();
                test::saveShot(&dialog, QStringLiteral("resolve-complaint-") + lang);
                ui::ComplaintDialog registerDialog({QStringLiteral("—"), s.refused.id, QString()},
                                                   complaints::ComplaintActions(*db, kClerk));
                registerDialog.show();
                test::saveShot(&registerDialog, QStringLiteral("register-complaint-") + lang);
            }
            test::removeTranslators();
        }
    }
};

QTEST_MAIN(TestComplaintsTab)
#include "tst_complaints_tab.moc"
