// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's print paths, driven through their dialogs: the copy action
// prints the copy it recorded. What a preview would print is painted into a
// PDF and read back.
#include "PdfTools.h"
#include "PrintFixture.h"
#include "WidgetSupport.h"
#include "permits/PermitActionDialogs.h"
#include "permits/PermitDesk.h"
#include "printing/PrintPreview.h"
#include "store/Query.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat;

namespace {

// Chooses `item` in the next list dialog (the form, the language), keeping
// the items it offered in *offered when asked; `then` runs after it.
void chooseInNextList(const QString &item, QStringList *offered = nullptr, const std::function<void()> &then = {})
{
    test::whenShown<QInputDialog>([item, offered, then](QInputDialog *dialog) {
        if (offered)
            *offered = dialog->comboBoxItems();
        dialog->setTextValue(item);
        dialog->accept();
        if (then)
            then();
    });
}

// Paints what the next print preview shows into `pdf` instead of a printer.
void paintNextPreviewInto(const QString &pdf)
{
    test::whenShown<QPrintPreviewDialog>([pdf](QPrintPreviewDialog *preview) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        emit preview->paintRequested(&printer);
        preview->reject();
    });
}

} // namespace

class TestPrintPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<test::PrintFixture>(QStringLiteral("sqlite"));
    }

    // R-DUPLICATE: the copy recorded in the dialog is the copy printed:
    // the mark, and its number in the QR.
    void R_DUPLICATE_copyActionPrintsTheRecordedCopy()
    {
        const store::Database &db = m_fixture->db();
        const QString number = m_fixture->inForcePermit();
        ui::PermitDesk desk(db, {QString(), QStringLiteral("clerk1"), records::Role::Clerk});
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        auto *search = desk.findChild<QLineEdit *>(QStringLiteral("permitSearch"));
        QTest::keyClicks(search, number);
        QTest::keyClick(search, Qt::Key_Return);
        auto *view = desk.findChild<QTableView *>(QStringLiteral("permitView"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->setCurrentIndex(view->model()->index(0, 0));
        QCOMPARE(desk.currentPermit()->number, number);

        test::whenShown<ui::CopyDialog>([](ui::CopyDialog *dialog) { dialog->accept(); });
        chooseInNextList(QStringLiteral("Russian"));
        const QString pdf = m_dir.filePath(QStringLiteral("copy.pdf"));
        paintNextPreviewInto(pdf);
        QVERIFY(desk.recordCopy());
        QCOMPARE(store::Query(db, QStringLiteral("SELECT copies_issued FROM permits WHERE number = :n"))
                     .bind(QStringLiteral(":n"), number)
                     .scalar()
                     .toInt(),
                 1);
        QVERIFY(test::pdfText(pdf).contains(QStringLiteral("ДУБЛИКАТ")));
        const QStringList qr = test::decodeQr(test::pdfPage(pdf, 1, m_dir.filePath(QStringLiteral("copy"))));
        QCOMPARE(qr.size(), 1);
        QVERIFY2(qr.first().contains(QStringLiteral("|N=%1|K=1|").arg(number)), qPrintable(qr.first()));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PrintFixture> m_fixture;
};

QTEST_MAIN(TestPrintPreview)
#include "tst_print_preview.moc"
