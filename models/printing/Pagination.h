// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QTextDocument;

namespace ruqsat::printing {

// The glue of a paragraph to its neighbours on a page, set by print.css with
// `-qt-user-state` (QTextDocument keeps it as the block's user state; it
// keeps no class names).
enum KeepFlag
{
    KeepWithNext = 1,     // a label and the blank or table it introduces
    KeepWithPrevious = 2, // a caption under its blank ("(signature)")
};

// One page of a form: the band of the laid-out document it shows and, on a
// page that continues a table, the table's heading rows repeated above it.
// Coordinates are the document's (CSS px at 96 dpi).
struct PageSlice
{
    double top = 0;
    double bottom = 0;
    double headingTop = 0;
    double headingBottom = 0; // == headingTop: no heading to repeat
    // The room the repeated heading takes above the band: its rows, less the
    // ruled line it shares with the band's first row.
    double headingRoom = 0;

    bool repeatsHeading() const { return headingBottom > headingTop; }
};

// Cuts a document laid out as one endless page (QTextDocument::setTextWidth,
// no page height) into pages of `pageHeight`, only between whole paragraphs
// and between whole table rows:
//   - a paragraph stays whole (see Pagination.cpp: a line split off would
//     leave its text hidden on the other page too);
//   - a table without heading rows is kept on one page when it fits one;
//   - a table with heading rows (<thead>) breaks between rows, and a page
//     that continues it repeats the heading; the heading never ends a page;
//   - KeepFlag paragraphs stay with their neighbour;
//   - page-break-before/after in a template are honoured.
// Qt's own pagination (QTextDocument::setPageSize) moves lines but splits
// table rows and leaves empty table frames behind; and painting its pages
// without a painter clip prints a paragraph that straddles a page on both.
// Only what is taller than a page is split: a paragraph between its lines,
// a table between its rows, a line or row at the page's foot.
QList<PageSlice> paginate(const QTextDocument &document, double pageHeight);

} // namespace ruqsat::printing
