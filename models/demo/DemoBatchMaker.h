// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoCase.h"

#include <QList>
#include <QString>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace ruqsat::demo {

class DemoGenerator;

// Makes the demo's batches of people on a thread of its own, at most two
// batches ahead of the writer, so that making the next batch overlaps with
// the store writing this one: on a server, a fifth of a demo run was the desk
// making cases while the server waited.
class DemoBatchMaker
{
public:
    // Batches of `batchPeople` people until `wanted` cases are made in all
    // (the last person of the last batch keeps one case if two would be too
    // many).
    DemoBatchMaker(DemoGenerator &generator, qint64 wanted, int batchPeople);
    ~DemoBatchMaker();
    DemoBatchMaker(const DemoBatchMaker &) = delete;
    DemoBatchMaker &operator=(const DemoBatchMaker &) = delete;

    // The next batch, waiting for it; nothing once all are taken. Rethrows
    // what making it threw.
    std::optional<QList<DemoFile>> next();
    // DemoGenerator::replaceIin, in step with the batches being made.
    void replaceIin(DemoFile &file, const QString &taken);

private:
    void make();

    DemoGenerator &m_generator;
    const qint64 m_wanted;
    const int m_batchPeople;
    std::mutex m_generatorLock; // the generator: the maker's and replaceIin's
    std::mutex m_queueLock;
    std::condition_variable m_changed;
    std::deque<QList<DemoFile>> m_ready;
    bool m_done = false;
    bool m_stopping = false;
    std::exception_ptr m_failure;
    std::thread m_thread;
};

} // namespace ruqsat::demo
