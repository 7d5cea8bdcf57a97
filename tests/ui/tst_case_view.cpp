// SPDX-License-Identifier: GPL-3.0-or-later
// A case on the clerk's desk, worked as a clerk and a head do: the checklist
// typed in, a scan attached, intake decided, the police asked and answered,
// the permit issued by the head; the clerk is not offered the decision.
#include "CaseFactory.h"
#include "TestStores.h"
#include "WidgetSupport.h"
#include "cases/CaseView.h"

#include "records/Permit.h"
#include "store/AttachmentRepository.h"
#include "store/CaseRepository.h"
#include "store/PermitRepository.h"
#include "store/QuotaRepository.h"
#include "store/SettingsRepository.h"

#include <QApplication>
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

records::Application submittedCase(const store::Database &db)
{
    records::Application a = test::CaseFactory(db).acceptedCase();
    store::CaseRepository(db).setStatus(a, CaseStatus::Submitted, QStringLiteral("test"));
    return a;
}

QString writeScan(const QTemporaryDir &dir, const QString &name)
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QString path = dir.filePath(name);
    image.save(path, "PNG");
    return path;
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

        test::typeChecklist(clerkView.checklist(), QDate(2026, 3, 20), 6);
        QCOMPARE(clerkView.checklist()->item(test::checklistRow(clerkView.checklist(), QStringLiteral("iit_receipt")), 2)->text(),
                 QStringLiteral("18.03.2026")); // typed into the cell

        // A scan attached; a text file refused with a message, nothing stored for it.
        QTemporaryDir files;
        const QString png = writeScan(files, QStringLiteral("passport.png"));
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

        QVERIFY(clerkView.sendToPolice());
        QCOMPARE(clerkView.application().status, CaseStatus::PoliceCheck);
        QVERIFY(clerkView.findChild<QPushButton *>(QStringLiteral("policePositive"))->isEnabled());
        QVERIFY(clerkView.recordPoliceAnswer(true));
        QVERIFY(!clerkView.findChild<QPushButton *>(QStringLiteral("policePositive"))->isEnabled());
        // Even called directly, the clerk's view cannot issue: the workflow refuses.
        QString forbidden;
        test::answerNextMessageBox(&forbidden);
        QVERIFY(!clerkView.issuePermit());
        QVERIFY(!forbidden.isEmpty());
        QVERIFY(store::PermitRepository(*db).forImmigrant(app.immigrantId).isEmpty());

        ui::CaseView headView(*db, kHead, app.id);
        headView.show();
        auto *headIssue = headView.findChild<QPushButton *>(QStringLiteral("issuePermit"));
        QVERIFY(!headIssue->isHidden());
        QVERIFY(headIssue->isEnabled());
        QString issued;
        test::answerNextMessageBox(&issued, true, QStringLiteral("case-view-issued"));
        QTest::mouseClick(headIssue, Qt::LeftButton);
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
        test::typeChecklist(view.checklist(), QDate(2026, 3, 20), 6, false);
        QString receipt;
        test::answerNextMessageBox(&receipt);
        QVERIFY(view.decideIntake());
        QCOMPARE(view.application().status, CaseStatus::RefusedIntake);
        QVERIFY2(receipt.contains(QLatin1String("Appendix 4")), qPrintable(receipt));
        QVERIFY2(receipt.contains(QLatin1String("insurance"), Qt::CaseInsensitive), qPrintable(receipt));
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("decideIntake"))->isEnabled());
    }
};

QTEST_MAIN(TestCaseView)
#include "tst_case_view.moc"
