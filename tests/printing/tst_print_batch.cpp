// SPDX-License-Identifier: GPL-3.0-or-later
// Batches: many permits into one PDF on a thread pool, in order, with
// progress and cancellation.
#include "PdfTools.h"
#include "PrintFixture.h"
#include "printing/BatchPrinter.h"
#include "printing/FormLoader.h"

#include <QPdfWriter>
#include <QTest>

using namespace ruqsat;
using namespace ruqsat::printing;

class TestPrintBatch : public QObject
{
    Q_OBJECT

    QList<PrintItem> items() const
    {
        QStringList numbers;
        // The three fixture permits, four times over: twelve pages.
        for (int i = 0; i < 4; ++i)
            numbers << test::PrintFixture::firstPermit() << test::PrintFixture::extendedPermit()
                    << test::PrintFixture::terminatedPermit();
        return FormLoader(m_fixture->db()).loadPermits(numbers, {Language::Kazakh});
    }

private slots:
    void initTestCase() { m_fixture = std::make_unique<test::PrintFixture>(QStringLiteral("sqlite")); }

    void printsInOrderWithProgress()
    {
        const QString pdf = m_dir.filePath(u"batch.pdf"_qs);
        QList<int> seen;
        BatchResult result;
        {
            QPdfWriter writer(pdf);
            FormRenderer::setupDevice(writer);
            const FormRenderer renderer;
            BatchPrinter batch(renderer);
            batch.setThreads(2);
            result = batch.run(writer, items(), [&seen](int done, int total) {
                seen << done;
                return total == 12;
            });
        }
        QCOMPARE(result.printed, 12);
        QVERIFY(!result.cancelled);
        QCOMPARE(seen.size(), 12);
        QCOMPARE(seen.last(), 12);
        const QStringList pages = test::pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), 12);
        // Page order follows the item order, whatever thread prepared them.
        for (int i = 0; i < 12; ++i) {
            const QString expected = i % 3 == 0   ? test::PrintFixture::firstPermit()
                                     : i % 3 == 1 ? test::PrintFixture::extendedPermit()
                                                  : test::PrintFixture::terminatedPermit();
            QVERIFY2(pages[i].contains(u"№ "_qs + expected), qPrintable(QString::number(i)));
        }
    }

    void cancelStops()
    {
        const QString pdf = m_dir.filePath(u"cancel.pdf"_qs);
        BatchResult result;
        {
            QPdfWriter writer(pdf);
            FormRenderer::setupDevice(writer);
            const FormRenderer renderer;
            result = BatchPrinter(renderer).run(writer, items(), [](int done, int) { return done < 5; });
        }
        QVERIFY(result.cancelled);
        QCOMPARE(result.printed, 5);
        QCOMPARE(test::pdfText(pdf).split(u'\f', Qt::SkipEmptyParts).size(), 5);
    }

private:
    std::unique_ptr<test::PrintFixture> m_fixture;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPrintBatch)
#include "tst_print_batch.moc"
