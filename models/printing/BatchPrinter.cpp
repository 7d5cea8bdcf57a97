// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchPrinter.h"

#include "TemplateError.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <deque>

namespace ruqsat::printing {

BatchResult BatchPrinter::run(QPagedPaintDevice &device, const QList<PrintItem> &items,
                              const BatchProgress &progress) const
{
    BatchResult result;
    QThreadPool pool;
    pool.setMaxThreadCount(m_threads > 0 ? m_threads : QThreadPool::globalInstance()->maxThreadCount());
    // A bounded window of forms in flight keeps memory flat for 1,000 permits.
    const int window = pool.maxThreadCount() * 3;
    QThread *const painterThread = QThread::currentThread();
    const FormRenderer &renderer = m_renderer;
    auto prepareOne = [&renderer, painterThread](const PrintItem *item) -> std::shared_ptr<PreparedForm> {
        auto out = std::make_shared<PreparedForm>();
        try {
            *out = renderer.prepare(*item);
            out->document->moveToThread(painterThread);
        } catch (const TemplateError &e) {
            out->error = e.message();
        }
        return out;
    };
    std::deque<QFuture<std::shared_ptr<PreparedForm>>> inFlight;
    qsizetype next = 0;
    auto fill = [&] {
        while (next < items.size() && qsizetype(inFlight.size()) < window)
            inFlight.push_back(QtConcurrent::run(&pool, prepareOne, &items[next++]));
    };
    QPainter painter(&device);
    bool first = true;
    fill();
    while (!inFlight.empty()) {
        const std::shared_ptr<PreparedForm> form = inFlight.front().result();
        inFlight.pop_front();
        if (!form->error.isEmpty()) {
            result.error = form->error;
            break;
        }
        FormRenderer::paint(painter, device, *form, first);
        ++result.printed;
        if (progress && !progress(result.printed, int(items.size()))) {
            result.cancelled = true;
            break;
        }
        fill();
    }
    // Whatever is still in flight finishes before the pool goes away.
    for (auto &f : inFlight)
        f.waitForFinished();
    painter.end();
    return result;
}

} // namespace ruqsat::printing
