// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's print paths, driven through their dialogs: the preview and the
// batch print use the administrator's template folder; the case's Print…
// offers Appendix 3 beside Appendix 1; the copy action prints the copy it
// recorded. What a preview would print is painted into a PDF and read back.
#include "PdfTools.h"
#include "PrintFixture.h"
#include "WidgetSupport.h"
#include "cases/Administration.h"
#include "cases/CaseView.h"
#include "permits/PermitActionDialogs.h"
#include "permits/PermitDesk.h"
#include "printing/PrintPreview.h"
#include "store/Query.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
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

const QString kEdited = QStringLiteral("ИЗМЕНЕНО АДМИНИСТРАТОРОМ");

// Chooses `item` in the next list dialog (the form, the language), keeping
// the items it offered in *offered when asked; `then` runs after it.
void chooseInNextList(const QString &item, QStringList *offered = nullptr,
                      const std::function<void()> &then = {})
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

    // A template folder whose Russian permit is the program's own with one
    // more line, set as the administrator sets it.
    void setEditedFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("forms"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/ru")));
        QFile builtIn(QStringLiteral(":/print/ru/appendix-5.html"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(builtIn.readAll());
        text.replace(QStringLiteral("<body>"),
                     QStringLiteral("<body><p>") + kEdited + QStringLiteral("</p>"));
        QFile edited(folder + QStringLiteral("/ru/appendix-5.html"));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(text.toUtf8());
        edited.close();
        cases::Administration(m_fixture->db(),
                              {QString(), QStringLiteral("admin"), records::Role::Admin})
            .setText(QStringLiteral("print.override_dir"), folder);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<test::PrintFixture>(QStringLiteral("sqlite"));
    }

    void previewUsesTheTemplateFolder()
    {
        setEditedFolder();
        const QString pdf = m_dir.filePath(QStringLiteral("preview.pdf"));
        chooseInNextList(QStringLiteral("Russian"));
        paintNextPreviewInto(pdf);
        QVERIFY(ui::previewForm(nullptr, m_fixture->db(), printing::Form::Permit,
                                test::PrintFixture::firstPermit()));
        QVERIFY(test::pdfText(pdf).contains(kEdited));
    }

    void batchPrintUsesTheTemplateFolder()
    {
        setEditedFolder();
        const QString pdf = m_dir.filePath(QStringLiteral("batch.pdf"));
        chooseInNextList(QStringLiteral("Russian"));
        test::whenShown<QFileDialog>([pdf](QFileDialog *dialog) {
            // Typed into the name field, as the clerk would: selectFile() is
            // undone by the dialog's own default name once its folder loads.
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(pdf);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected
        });
        QVERIFY(ui::printPermitBatch(
            nullptr, m_fixture->db(),
            {test::PrintFixture::firstPermit(), test::PrintFixture::terminatedPermit()}));
        const QString text = test::pdfText(pdf);
        QCOMPARE(text.count(kEdited), 2);
    }

    // Appendix 3 is offered next to Appendix 1 and prints the agreement's
    // date and salary the case holds.
    void caseMenuOffersTheAgreement()
    {
        const store::Database &db = m_fixture->db();
        const QString caseId =
            store::Query(db, QStringLiteral("SELECT id FROM applications WHERE registry_number = "
                                            ":n"))
                .bind(QStringLiteral(":n"), test::PrintFixture::firstCase())
                .scalar()
                .toString();
        ui::CaseView view(db, {QString(), QStringLiteral("clerk1"), records::Role::Clerk}, caseId);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QStringList offered;
        const QString agreement = QStringLiteral("Appendix 3: agreement of intent");
        // The form first, then its language.
        chooseInNextList(agreement, &offered, [] { chooseInNextList(QStringLiteral("Russian")); });
        const QString pdf = m_dir.filePath(QStringLiteral("agreement.pdf"));
        paintNextPreviewInto(pdf);
        view.findChild<QPushButton *>(QStringLiteral("print"))->click();
        QTRY_VERIFY(QFile::exists(pdf));
        QCOMPARE(offered.indexOf(agreement), 1);
        QVERIFY(offered.first().startsWith(QStringLiteral("Appendix 1")));
        const QString text = test::pdfText(pdf).simplified();
        QVERIFY(
            text.contains(QStringLiteral("Соглашение о намерении заключения трудового договора")));
        QVERIFY(text.contains(QStringLiteral("«18» марта 2026 года")));
        QVERIFY(text.contains(QStringLiteral("250 000 тенге")));
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
        QCOMPARE(
            store::Query(db, QStringLiteral("SELECT copies_issued FROM permits WHERE number = :n"))
                .bind(QStringLiteral(":n"), number)
                .scalar()
                .toInt(),
            1);
        QVERIFY(test::pdfText(pdf).contains(QStringLiteral("ДУБЛИКАТ")));
        const QStringList qr =
            test::decodeQr(test::pdfPage(pdf, 1, m_dir.filePath(QStringLiteral("copy"))));
        QCOMPARE(qr.size(), 1);
        QVERIFY2(qr.first().contains(QStringLiteral("|N=%1|K=1|").arg(number)),
                 qPrintable(qr.first()));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PrintFixture> m_fixture;
};

QTEST_MAIN(TestPrintPreview)
#include "tst_print_preview.moc"
