// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormFields.h"
#include "Pagination.h"
#include "TemplateSource.h"

#include <QImage>
#include <QTextDocument>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace ruqsat::printing {

// One form in one language, with the store's data, ready to be filled.
struct PrintItem
{
    Form form = Form::Permit;
    Language language = Language::Kazakh;
    store::PrintRecord record;
    FormOptions options;
};

// A filled and laid-out form. The document is laid out against `device` (a
// 1x1 image at 96 dpi, so CSS px in templates are CSS px) and painted scaled
// onto any printer or PDF: layout and painting are independent of the device.
struct PreparedForm
{
    std::unique_ptr<QImage> device; // declared first: outlives the document
    std::unique_ptr<QTextDocument> document;
    QList<PageSlice> pages; // where the document's pages begin and end
    Language language = Language::Kazakh;
    PageMark mark;                  // painted across every page
    QString error;                  // set instead of a document when filling failed
};

// Fills templates and paints them: one rendering path for QPdfWriter (files),
// QPrinter (paper) and QPrintPreviewDialog::paintRequested.
class FormRenderer
{
public:
    // Page: A4 portrait, margins left 25 mm, right 15 mm, top and bottom 15 mm.
    static constexpr double kMarginLeftMm = 25, kMarginRightMm = 15, kMarginTopMm = 15, kMarginBottomMm = 15;
    // The font of every form: Noto Serif has every Kazakh letter (ә ғ қ ң ө ұ ү һ і).
    static QString fontFamily() { return QStringLiteral("Noto Serif"); }
    // "page N of M" in the form's language, under each page of a longer form.
    static QString pageOfPages(Language language, int page, int pages);

    explicit FormRenderer(TemplateSource source = TemplateSource()) : m_source(std::move(source)) {}

    // The filled HTML; throws TemplateError.
    QString html(const PrintItem &item) const;
    // Fills and lays out; safe to call from worker threads (QThreadPool).
    // Throws TemplateError.
    PreparedForm prepare(const PrintItem &item) const;

    // Lays out any HTML as a form is laid out (A4 body, the forms' font,
    // pages cut between whole rows, table headings repeated): for lists
    // that are not forms of the Rules, such as the deadlines' day list.
    static PreparedForm layOut(const QString &html, Language language, const QString &styleSheet = {},
                               const QHash<QString, QImage> &images = {});

    // Sets A4 and the margins on a printer or a PDF writer.
    static void setupDevice(QPagedPaintDevice &device);
    // Paints the form's pages (PreparedForm::pages, each clipped to its own
    // band, "page N of M" under a form of several pages, the mark across each);
    // every page but the very first of the job starts with device.newPage().
    // `firstPage` is updated.
    static void paint(QPainter &painter, QPagedPaintDevice &device, const PreparedForm &form, bool &firstPage);
    // Prepares and paints several forms in order, one after the other (kk then ru).
    void render(QPagedPaintDevice &device, const QList<PrintItem> &items) const;

    const TemplateSource &source() const { return m_source; }

private:
    TemplateSource m_source;
};

} // namespace ruqsat::printing
