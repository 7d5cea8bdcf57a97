// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormRenderer.h"

#include "TemplateEngine.h"
#include "TemplateError.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
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

double mmToLayout(double mm)
{
    return mm / 25.4 * kLayoutDpi;
}

} // namespace

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
    doc.setDefaultStyleSheet(m_source.styleSheet());
    for (auto it = context.images.cbegin(); it != context.images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc.setPageSize(QSizeF(mmToLayout(kA4WidthMm - kMarginLeftMm - kMarginRightMm),
                           mmToLayout(kA4HeightMm - kMarginTopMm - kMarginBottomMm)));
    doc.setHtml(filled);
    doc.pageCount(); // lays the document out here, in the caller's thread
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
    const QSizeF page = doc.pageSize();
    // Fit the laid-out page into the device's printable area (a printer the
    // clerk set up with other margins still gets the whole form).
    const double scale = std::min(device.width() / page.width(), device.height() / page.height());
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (!firstPage)
            device.newPage();
        firstPage = false;
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        doc.documentLayout()->draw(&painter, context);
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
