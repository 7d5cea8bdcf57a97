// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormRenderer.h"

#include <functional>

namespace ruqsat::printing {

// Called after each form is painted with (done, total); returning false
// cancels the batch. Called in the thread that runs the batch.
using BatchProgress = std::function<bool(int done, int total)>;

struct BatchResult
{
    int printed = 0;
    bool cancelled = false;
    QString error; // the first template error; nothing more is painted after it
};

// Many forms into one PDF or onto one printer: the templates are filled and
// laid out on a QThreadPool (TECH-NOTES: ~2x on 2 cores), and painted in
// order in the calling thread, the only one that may touch the device.
class BatchPrinter
{
public:
    explicit BatchPrinter(const FormRenderer &renderer) : m_renderer(renderer) {}

    // Worker threads to use; 0: QThreadPool::globalInstance()'s count.
    void setThreads(int threads) { m_threads = threads; }
    BatchResult run(QPagedPaintDevice &device, const QList<PrintItem> &items,
                    const BatchProgress &progress = {}) const;

private:
    const FormRenderer &m_renderer;
    int m_threads = 0;
};

} // namespace ruqsat::printing
