// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormRenderer.h"

#include "TemplateEngine.h"
#include "TemplateError.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>
#include <QUrl>
#include <algorithm>

namespace ruqsat::printing {

namespace {

constexpr double kLayoutDpi = 96.0;
constexpr double kA4WidthMm = 210.0, kA4HeightMm = 297.0;
// The band at the foot of each page of a longer form that holds "page N of M".
constexpr double kFooterRoom = 24;
constexpr int kFooterPixels = 11; // 8 pt at 96 dpi

double mmToLayout(double mm)
{
    return mm / 25.4 * kLayoutDpi;
}

QSizeF bodySize()
{
    return {mmToLayout(kA4WidthMm - FormRenderer::kMarginLeftMm - FormRenderer::kMarginRightMm),
            mmToLayout(kA4HeightMm - FormRenderer::kMarginTopMm - FormRenderer::kMarginBottomMm)};
}

// Draws the band [top, bottom) of the document at `atY` of the page. The
// painter is clipped to the band, as QTextDocument::print clips its pages:
// the layout draws every block that touches PaintContext::clip, so without
// a painter clip a paragraph crossing the band prints on both pages. The
// layout's clip is a hair inside the band: QTextLayout skips the lines
// outside it, and a line that only touches the band's edge (the first line
// of the next page) must not be written into this page's text, hidden.
void drawBand(QPainter &painter, const QTextDocument &doc, double top, double bottom, double atY)
{
    constexpr double kHair = 0.5;
    const double width = doc.textWidth();
    // Wide sideways: tables are laid out a few px beyond the text width.
    const QRectF band(-width, top, 3 * width, bottom - top);
    painter.save();
    painter.translate(0, atY - top);
    painter.setClipRect(band);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = band.adjusted(0, kHair, 0, -kHair);
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

// The mark of a form that is not valid (a permit out of force): up the
// middle of the page, light enough to read the form through, dark enough to
// be seen at once. Text, so that it is in the PDF's text too; turned a
// quarter and not slanted, because pdftotext (and a clerk's search) reads a
// slanted word as scattered letters.
void drawMark(QPainter &painter, const PageMark &mark, const QSizeF &page)
{
    painter.save();
    painter.translate(page.width() / 2, page.height() / 2);
    painter.rotate(-90);
    painter.setOpacity(0.3);
    painter.setPen(QColor(0xb0, 0, 0));
    const double length = page.height();
    QFont word(FormRenderer::fontFamily());
    word.setBold(true);
    word.setPixelSize(88);
    // A long word is made smaller to fit the page's height.
    const double wordWidth = QFontMetricsF(word).horizontalAdvance(mark.word);
    if (wordWidth > 0.9 * length)
        word.setPixelSize(int(88 * 0.9 * length / wordWidth));
    painter.setFont(word);
    painter.drawText(QRectF(-length / 2, -90, length, 100), Qt::AlignHCenter | Qt::AlignBottom,
                     mark.word);
    QFont detail(FormRenderer::fontFamily());
    detail.setBold(true);
    detail.setPixelSize(36);
    painter.setFont(detail);
    painter.drawText(QRectF(-length / 2, 14, length, 50), Qt::AlignHCenter | Qt::AlignTop,
                     mark.detail);
    painter.restore();
}

void drawPageNumber(QPainter &painter, const QString &text, const QSizeF &page)
{
    painter.save();
    QFont font(FormRenderer::fontFamily());
    font.setPixelSize(kFooterPixels);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(0, page.height() - kFooterRoom, page.width(), kFooterRoom),
                     Qt::AlignRight | Qt::AlignBottom, text);
    painter.restore();
}

} // namespace

QString FormRenderer::pageOfPages(Language language, int page, int pages)
{
    // The form's language, not the screen's: these are words of the form.
    switch (language) {
    case Language::Kazakh:
        return QStringLiteral("%2 беттің %1-беті").arg(page).arg(pages);
    case Language::Russian:
        return QStringLiteral("Страница %1 из %2").arg(page).arg(pages);
    case Language::English:
        break;
    }
    return QStringLiteral("Page %1 of %2").arg(page).arg(pages);
}

QString FormRenderer::html(const PrintItem &item) const
{
    const QString name = templatePath(item.form, item.language);
    const FormContext context = formContext(item.form, item.language, item.record, item.options);
    return TemplateEngine::fill(m_source.locate(name).isEmpty() ? name : m_source.locate(name),
                                m_source.load(name), context);
}

PreparedForm FormRenderer::prepare(const PrintItem &item) const
{
    const QString name = templatePath(item.form, item.language);
    const QString where = m_source.locate(name);
    const FormContext context = formContext(item.form, item.language, item.record, item.options);
    const QString filled = TemplateEngine::fill(where.isEmpty() ? name : where, m_source.load(name), context);

    PreparedForm out = layOut(filled, item.language, m_source.styleSheet(), context.images);
    out.mark = context.mark;
    return out;
}

PreparedForm FormRenderer::layOut(const QString &html, Language language, const QString &styleSheet,
                                  const QHash<QString, QImage> &images)
{
    PreparedForm out;
    out.device = std::make_unique<QImage>(1, 1, QImage::Format_Mono);
    const int dotsPerMeter = qRound(kLayoutDpi / 0.0254);
    out.device->setDotsPerMeterX(dotsPerMeter);
    out.device->setDotsPerMeterY(dotsPerMeter);
    out.document = std::make_unique<QTextDocument>();
    QTextDocument &doc = *out.document;
    doc.documentLayout()->setPaintDevice(out.device.get());
    // TECH-NOTES: font-family on <body> does not reach table cells, and a
    // missing family is replaced silently; tests check the PDF's fonts.
    QFont font(fontFamily());
    font.setPointSizeF(11);
    doc.setDefaultFont(font);
    doc.setUseDesignMetrics(true); // the same line breaks on screen, PDF and paper
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(styleSheet);
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    // One endless page: Pagination cuts it between lines and rows, which
    // Qt's own page height would not (it splits table rows).
    const QSizeF body = bodySize();
    doc.setTextWidth(body.width());
    doc.setHtml(html);
    out.pages = paginate(doc, body.height()); // lays the document out here, in the caller's thread
    if (out.pages.size() > 1)
        out.pages = paginate(doc, body.height() - kFooterRoom); // room for "page N of M"
    out.language = language;
    return out;
}

void FormRenderer::setupDevice(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginLeftMm, kMarginTopMm, kMarginRightMm, kMarginBottomMm),
                                     QPageLayout::Millimeter));
}

void FormRenderer::paint(QPainter &painter, QPagedPaintDevice &device, const PreparedForm &form, bool &firstPage)
{
    const QTextDocument &doc = *form.document;
    const QSizeF page = bodySize();
    // Fit the laid-out page into the device's printable area (a printer the
    // clerk set up with other margins still gets the whole form).
    const double scale = std::min(device.width() / page.width(), device.height() / page.height());
    const auto count = int(form.pages.size());
    for (int i = 0; i < count; ++i) {
        const PageSlice &slice = form.pages.at(i);
        if (!firstPage)
            device.newPage();
        firstPage = false;
        painter.save();
        painter.scale(scale, scale);
        if (!form.mark.isEmpty())
            drawMark(painter, form.mark, page);
        double y = 0;
        if (slice.repeatsHeading()) {
            drawBand(painter, doc, slice.headingTop, slice.headingBottom, 0);
            y = slice.headingRoom;
        }
        drawBand(painter, doc, slice.top, slice.bottom, y);
        if (count > 1)
            drawPageNumber(painter, pageOfPages(form.language, i + 1, count), page);
        painter.restore();
    }
}

void FormRenderer::render(QPagedPaintDevice &device, const QList<PrintItem> &items) const
{
    // Fill every template before the first stroke: an error prints nothing.
    std::vector<PreparedForm> prepared;
    prepared.reserve(items.size());
    for (const PrintItem &item : items)
        prepared.push_back(prepare(item));
    QPainter painter(&device);
    bool first = true;
    for (const PreparedForm &p : prepared)
        paint(painter, device, p, first);
}

} // namespace ruqsat::printing
