// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <limits>

namespace ruqsat::printing {

namespace {

// Something a page break may come before and never cuts through: a line of
// a paragraph, a table row, or a frame that is not a table.
struct Unit
{
    double top = 0;
    double bottom = 0;
    // The ruled line between two table rows: the page before the break
    // keeps it under its last row, the next page draws it above the row.
    double overlap = 0;
    bool glued = false;       // no page break before it
    bool breakBefore = false; // page-break-before, or -after of the one before
    int heading = -1;         // a row of a table whose heading a new page repeats
};

struct Heading
{
    double top = 0;
    double bottom = 0;
    double room = 0;
};

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The units of the root frame, in the order they are laid out.
class UnitCollector
{
public:
    explicit UnitCollector(const QTextDocument &document) : m_layout(*document.documentLayout())
    {
        QTextFrame *root = document.rootFrame();
        for (auto it = root->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(frame))
                    addTable(*table);
                else
                    addFrame(*frame);
            } else {
                addBlock(it.currentBlock());
            }
        }
    }

    QList<Unit> units;
    QList<Heading> headings;

private:
    void add(Unit unit)
    {
        unit.glued = unit.glued || m_glueNext;
        unit.breakBefore = unit.breakBefore || m_breakNext;
        m_glueNext = m_breakNext = false;
        units << unit;
    }

    void addBlock(const QTextBlock &block)
    {
        const QTextLayout *text = block.layout();
        // A block holding only its separator draws nothing (the one after
        // each table reports a position inside the table).
        if (!text || text->lineCount() == 0 || block.length() <= 1)
            return;
        const QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            m_breakNext = true;
        const int flags = std::max(block.userState(), 0);
        const double top = m_layout.blockBoundingRect(block).top() - text->boundingRect().top();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            Unit unit;
            unit.top = top + line.y();
            unit.bottom = unit.top + line.height();
            // A paragraph is kept whole: QTextLayout::draw, given a clip,
            // also draws the last line wholly above it; the painter's clip
            // hides that line, but the PDF keeps its text, so a paragraph
            // split over two pages would read twice in pdftotext (and in a
            // search). Only one taller than a page is split, by its lines.
            unit.glued = i == 0 ? bool(flags & KeepWithPrevious) : true;
            add(unit);
        }
        m_glueNext = flags & KeepWithNext;
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
            m_breakNext = true;
    }

    void addFrame(const QTextFrame &frame)
    {
        const QRectF box = m_layout.frameBoundingRect(const_cast<QTextFrame *>(&frame));
        add({box.top(), box.bottom()});
    }

    // Where each row's ruled box begins and ends: the cells' first and last
    // lines, less their margins, padding and the border.
    void rowBands(const QTextTable &table, QList<double> &tops, QList<double> &ends) const
    {
        const QTextTableFormat format = table.format();
        const double border = format.border();
        const int rows = table.rows();
        tops.fill(kInfinity, rows);
        QList<double> contentBottoms(rows, -kInfinity);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < table.columns(); ++c) {
                const QTextTableCell cell = table.cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue; // the spanning cell was counted at its own row and column
                const QTextTableCellFormat own = cell.format().toTableCellFormat();
                const double topPadding = own.hasProperty(QTextFormat::TableCellTopPadding)
                                              ? own.topPadding()
                                              : format.cellPadding();
                const double bottomPadding = own.hasProperty(QTextFormat::TableCellBottomPadding)
                                                 ? own.bottomPadding()
                                                 : format.cellPadding();
                const QTextBlock first = cell.firstCursorPosition().block();
                const QTextBlock last = cell.lastCursorPosition().block();
                tops[r] =
                    std::min(tops[r], m_layout.blockBoundingRect(first).top() -
                                          first.blockFormat().topMargin() - topPadding - border);
                const int endRow = r + cell.rowSpan() - 1;
                contentBottoms[endRow] = std::max(
                    contentBottoms[endRow], m_layout.blockBoundingRect(last).bottom() +
                                                last.blockFormat().bottomMargin() + bottomPadding);
            }
        }
        // A row made only of cells spanning from above starts where they do.
        for (int r = 1; r < rows; ++r)
            if (tops[r] == kInfinity)
                tops[r] = tops[r - 1];
        ends.resize(rows);
        for (int r = 0; r < rows; ++r) {
            // The ruled line under a row lies border wide below its content.
            const double underLine =
                std::max(contentBottoms[r] + border, r + 1 < rows ? tops[r + 1] : -kInfinity);
            ends[r] = std::max(underLine + border, tops[r]);
        }
    }

    void addTable(const QTextTable &table)
    {
        const int rows = table.rows();
        if (rows == 0)
            return;
        const QTextTableFormat format = table.format();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            m_breakNext = true;
        QList<double> tops, ends;
        rowBands(table, tops, ends);
        const double border = format.border();
        const int headingRows = std::clamp(format.headerRowCount(), 0, rows);
        int heading = -1;
        int first = 0;
        if (headingRows > 0) {
            heading = int(headings.size());
            headings << Heading{tops[0], ends[headingRows - 1],
                                ends[headingRows - 1] - tops[0] - border};
            add({tops[0], ends[headingRows - 1]});
            first = headingRows;
        }
        for (int r = first; r < rows; ++r) {
            Unit row{tops[r], ends[r], r > 0 ? border : 0};
            // A table without a heading stays whole when it fits a page;
            // the heading never ends a page without a row under it.
            row.glued = headingRows == 0 ? r > 0 : r == first;
            row.heading = heading;
            add(row);
        }
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
            m_breakNext = true;
    }

    const QAbstractTextDocumentLayout &m_layout;
    bool m_glueNext = false;
    bool m_breakNext = false;
};

class Paginator
{
public:
    Paginator(const UnitCollector &collected, double pageHeight)
        : m_units(collected.units), m_headings(collected.headings), m_pageHeight(pageHeight)
    {
    }

    QList<PageSlice> run(double documentHeight)
    {
        const qsizetype n = m_units.size();
        for (qsizetype i = 0; i < n;) {
            // A chunk: the unit and those glued to it.
            qsizetype j = i;
            while (j + 1 < n && m_units[j + 1].glued && !m_units[j + 1].breakBefore)
                ++j;
            const Unit &lead = m_units[i];
            if (lead.breakBefore && lead.top > m_page.top)
                startPageAt(lead);
            double bottom = lead.bottom;
            for (qsizetype k = i; k <= j; ++k)
                bottom = std::max(bottom, m_units[k].bottom);
            if (bottom <= limit()) {
                i = j + 1;
                continue;
            }
            if (lead.top > m_page.top && bottom - lead.top <= roomFor(lead)) {
                startPageAt(lead);
                i = j + 1;
                continue;
            }
            // Taller than a page: break between its units, cut what is taller still.
            for (qsizetype k = i; k <= j; ++k) {
                const Unit &unit = m_units[k];
                if (unit.bottom <= limit())
                    continue;
                if (unit.top > m_page.top)
                    startPageAt(unit);
                while (unit.bottom > limit())
                    cutAt(limit());
            }
            i = j + 1;
        }
        m_page.bottom = std::max(documentHeight, m_page.top);
        m_pages << m_page;
        return m_pages;
    }

private:
    double limit() const { return m_page.top + m_pageHeight - m_page.headingRoom; }

    double roomFor(const Unit &unit) const
    {
        return m_pageHeight - (unit.heading >= 0 ? m_headings[unit.heading].room : 0);
    }

    void closePage(double bottom)
    {
        m_page.bottom = bottom;
        m_pages << m_page;
        m_page = PageSlice();
        m_page.top = bottom;
    }

    void startPageAt(const Unit &unit)
    {
        closePage(unit.top + unit.overlap);
        m_page.top = unit.top;
        if (unit.heading >= 0)
            repeatHeading(m_headings[unit.heading]);
    }

    void cutAt(double y)
    {
        const PageSlice previous = m_page;
        closePage(y);
        if (previous.repeatsHeading())
            repeatHeading({previous.headingTop, previous.headingBottom, previous.headingRoom});
    }

    void repeatHeading(const Heading &heading)
    {
        // A heading that leaves no room for a row is not repeated.
        if (heading.room >= m_pageHeight / 2)
            return;
        m_page.headingTop = heading.top;
        m_page.headingBottom = heading.bottom;
        m_page.headingRoom = heading.room;
    }

    const QList<Unit> &m_units;
    const QList<Heading> &m_headings;
    const double m_pageHeight;
    PageSlice m_page;
    QList<PageSlice> m_pages;
};

} // namespace

QList<PageSlice> paginate(const QTextDocument &document, double pageHeight)
{
    const UnitCollector collected(document);
    return Paginator(collected, pageHeight).run(document.size().height());
}

} // namespace ruqsat::printing
