// SPDX-License-Identifier: GPL-3.0-or-later
// Where pages break, on small documents laid out as the renderer lays out a
// form (one endless page, 96 dpi): between whole paragraphs and table rows,
// captions with their blanks, a table without a heading whole, a heading
// repeated, page-break-before honoured.
#include "printing/Pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <memory>

using namespace ruqsat::printing;

namespace {

const QString kStyle = QStringLiteral("p { margin-top: 0px; margin-bottom: 4px; } "
                                      ".caption { -qt-user-state: 2; font-size: 8pt; } "
                                      ".keep-with-next { -qt-user-state: 1; }");

struct Laid
{
    std::unique_ptr<QImage> device;
    std::unique_ptr<QTextDocument> doc;
};

Laid layOut(const QString &html)
{
    Laid out;
    out.device = std::make_unique<QImage>(1, 1, QImage::Format_Mono);
    const int dotsPerMeter = qRound(96 / 0.0254);
    out.device->setDotsPerMeterX(dotsPerMeter);
    out.device->setDotsPerMeterY(dotsPerMeter);
    out.doc = std::make_unique<QTextDocument>();
    out.doc->documentLayout()->setPaintDevice(out.device.get());
    QFont font(QStringLiteral("Noto Serif"));
    font.setPointSizeF(11);
    out.doc->setDefaultFont(font);
    out.doc->setDocumentMargin(0);
    out.doc->setDefaultStyleSheet(kStyle);
    out.doc->setTextWidth(600);
    out.doc->setHtml(html);
    return out;
}

// The document y of the first line of the paragraph that starts with `text`.
double topOf(const QTextDocument &doc, const QString &text)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (b.text().startsWith(text))
            return doc.documentLayout()->blockBoundingRect(b).top();
    qFatal("no paragraph %s", qPrintable(text));
    return -1;
}

// The page (0-based) whose band holds y.
int pageOf(const QList<PageSlice> &pages, double y)
{
    for (int i = 0; i < pages.size(); ++i)
        if (y >= pages.at(i).top && y < pages.at(i).bottom)
            return i;
    return -1;
}

QString lines(int count, const QString &word = QStringLiteral("line"))
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += QStringLiteral("<p>%1 %2</p>").arg(word).arg(i);
    return html;
}

} // namespace

class TestPagination : public QObject
{
    Q_OBJECT
private slots:
    // One line is 21 px and a paragraph 25 px with its margin.
    void breaksBetweenParagraphsOnly()
    {
        const Laid laid = layOut(lines(3) + QStringLiteral("<p>a long paragraph ") +
                                 QString(60, u'x').replace(u'x', QStringLiteral("word ")) +
                                 QStringLiteral("</p>"));
        const QList<PageSlice> pages = paginate(*laid.doc, 110);
        QCOMPARE(pages.size(), 2);
        // The three-line paragraph does not fit under the three lines: it
        // moves whole, nothing of it is left on page 1.
        QCOMPARE(pages.at(1).top, topOf(*laid.doc, QStringLiteral("a long")));
        QCOMPARE(pages.at(0).bottom, pages.at(1).top);
        QVERIFY(pages.at(1).bottom - pages.at(1).top <= 110);
    }

    // R: a caption stays under its blank: both go to the next page.
    void captionStaysWithItsBlank()
    {
        const QString html =
            lines(3) + QStringLiteral("<p>NAME ________</p><p class=\"caption\">(signature)</p>");
        const Laid laid = layOut(html);
        // Room for the three lines and the blank, not for the caption.
        const double height = topOf(*laid.doc, QStringLiteral("(signature)")) + 5;
        const QList<PageSlice> pages = paginate(*laid.doc, height);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pageOf(pages, topOf(*laid.doc, QStringLiteral("NAME"))), 1);
        QCOMPARE(pageOf(pages, topOf(*laid.doc, QStringLiteral("(signature)"))), 1);
        // Without the glue the caption alone would go over.
        Laid plain = layOut(QString(html).replace(QStringLiteral(" class=\"caption\""), QString()));
        const QList<PageSlice> unglued = paginate(*plain.doc, height);
        QCOMPARE(pageOf(unglued, topOf(*plain.doc, QStringLiteral("NAME"))), 0);
    }

    // A label kept with what follows: a table without a heading, which
    // itself stays whole on the next page (no empty frame left behind).
    void labelStaysWithAWholeTable()
    {
        const QString table =
            QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                           "<tr><td>Party 1</td><td>Party 2</td></tr>"
                           "<tr><td>IIN</td><td>IIN</td></tr>"
                           "<tr><td>Signature ____</td><td>Signature ____</td></tr></table>");
        const Laid laid =
            layOut(lines(3) + QStringLiteral("<p class=\"keep-with-next\">Details:</p>") + table);
        const double label = topOf(*laid.doc, QStringLiteral("Details:"));
        // Room for the label and a row of the table, not for the whole table.
        const QList<PageSlice> pages = paginate(*laid.doc, label + 60);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(1).top, label);
        QCOMPARE(pageOf(pages, topOf(*laid.doc, QStringLiteral("Signature"))), 1);
        QCOMPARE(pageOf(pages, topOf(*laid.doc, QStringLiteral("Party 1"))), 1);
    }

    // A table with a heading breaks between rows, never in one, and every
    // page that goes on with it repeats the heading above its rows.
    void headingRepeatsAndRowsStayWhole()
    {
        QString rows;
        for (int i = 0; i < 30; ++i)
            rows += QStringLiteral("<tr><td>row %1<br/>second line</td><td>%1</td></tr>").arg(i);
        const Laid laid = layOut(
            QStringLiteral("<p>intro</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                           "<thead><tr><td>Name</td><td>No.</td></tr></thead>") +
            rows + QStringLiteral("</table>"));
        const QList<PageSlice> pages = paginate(*laid.doc, 300);
        QVERIFY(pages.size() >= 4);
        QVERIFY(!pages.at(0).repeatsHeading());
        const double headingTop = topOf(*laid.doc, QStringLiteral("Name"));
        for (int p = 1; p < pages.size(); ++p) {
            const PageSlice &page = pages.at(p);
            QVERIFY(page.repeatsHeading());
            QVERIFY(page.headingTop < headingTop && page.headingBottom > headingTop);
            QVERIFY(page.headingRoom > 0 &&
                    page.headingRoom < page.headingBottom - page.headingTop);
            QVERIFY(page.headingRoom + page.bottom - page.top <=
                    300 + 1); // the band fits under the heading
        }
        // Each row's two lines are on one page.
        for (int i = 0; i < 30; ++i) {
            const double first = topOf(*laid.doc, QStringLiteral("row %1").arg(i));
            QTextBlock b = laid.doc->begin();
            while (!b.text().startsWith(QStringLiteral("row %1").arg(i)))
                b = b.next();
            const double last = first + b.layout()->lineAt(b.layout()->lineCount() - 1).y();
            QCOMPARE(pageOf(pages, first), pageOf(pages, last));
        }
    }

    void pageBreakBeforeIsHonoured()
    {
        const Laid laid = layOut(
            lines(2) + QStringLiteral("<p style=\"page-break-before: always\">new page</p>") +
            lines(1, u"end"_qs));
        const QList<PageSlice> pages = paginate(*laid.doc, 1000);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(1).top, topOf(*laid.doc, QStringLiteral("new page")));
    }

    // Only what is taller than a page is split: its lines, each whole.
    void aParagraphTallerThanAPageIsSplitByLines()
    {
        const Laid laid = layOut(QStringLiteral("<p>") +
                                 QString(400, u'x').replace(u'x', QStringLiteral("word ")) +
                                 QStringLiteral("</p>"));
        QTextBlock b = laid.doc->begin();
        const QList<PageSlice> pages = paginate(*laid.doc, 100);
        QVERIFY(pages.size() > 2);
        const double top = laid.doc->documentLayout()->blockBoundingRect(b).top();
        for (int p = 1; p < pages.size(); ++p) {
            bool atALine = false;
            for (int i = 0; i < b.layout()->lineCount(); ++i)
                atALine |= qFuzzyCompare(1 + top + b.layout()->lineAt(i).y(), 1 + pages.at(p).top);
            QVERIFY2(atALine, qPrintable(QString::number(pages.at(p).top)));
        }
    }
};

QTEST_MAIN(TestPagination)
#include "tst_pagination.moc"
