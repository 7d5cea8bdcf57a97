// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBatchMaker.h"

#include "DemoGenerator.h"

namespace ruqsat::demo {

namespace {
constexpr std::size_t kAhead = 2;
}

DemoBatchMaker::DemoBatchMaker(DemoGenerator &generator, qint64 wanted, int batchPeople)
    : m_generator(generator), m_wanted(wanted), m_batchPeople(batchPeople)
{
    m_thread = std::thread([this] { make(); });
}

DemoBatchMaker::~DemoBatchMaker()
{
    {
        const std::lock_guard lock(m_queueLock);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void DemoBatchMaker::make()
{
    try {
        qint64 made = 0;
        while (made < m_wanted) {
            QList<DemoFile> batch;
            {
                const std::lock_guard lock(m_generatorLock);
                while (batch.size() < m_batchPeople && made < m_wanted) {
                    DemoFile file = m_generator.next();
                    if (made + file.cases.size() > m_wanted)
                        m_generator.keepFirstCaseOnly(file); // to land on the number exactly
                    made += file.cases.size();
                    batch << std::move(file);
                }
            }
            std::unique_lock lock(m_queueLock);
            m_changed.wait(lock, [this] { return m_stopping || m_ready.size() < kAhead; });
            if (m_stopping)
                return;
            m_ready.push_back(std::move(batch));
            m_changed.notify_all();
        }
    } catch (...) {
        const std::lock_guard lock(m_queueLock);
        m_failure = std::current_exception();
    }
    const std::lock_guard lock(m_queueLock);
    m_done = true;
    m_changed.notify_all();
}

std::optional<QList<DemoFile>> DemoBatchMaker::next()
{
    std::unique_lock lock(m_queueLock);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (!m_ready.empty()) {
        QList<DemoFile> batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return batch;
    }
    if (m_failure)
        std::rethrow_exception(std::exchange(m_failure, nullptr));
    return std::nullopt;
}

void DemoBatchMaker::replaceIin(DemoFile &file, const QString &taken)
{
    const std::lock_guard lock(m_generatorLock);
    m_generator.replaceIin(file, taken);
}

} // namespace ruqsat::demo
