// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundCount.h"

#include "store/Database.h"
#include "store/StoreError.h"

#include <limits>
#include <memory>

namespace ruqsat::itemmodels {

// The counting thread's connection, opened on first use and closed in that
// thread when it finishes.
class BackgroundCount::Connection : public QObject
{
public:
    std::unique_ptr<store::Database> db;
};

BackgroundCount::BackgroundCount(const store::Database &store, QObject *parent)
    : QObject(parent), m_store(store), m_connection(new Connection)
{
    m_thread.setObjectName(QStringLiteral("ruqsat-count"));
    m_connection->moveToThread(&m_thread);
    // Deferred deletions still run in the thread after `finished`.
    connect(&m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

BackgroundCount::~BackgroundCount()
{
    m_latest = std::numeric_limits<quint64>::max(); // skip what has not started
    m_thread.quit();
    m_thread.wait();
}

quint64 BackgroundCount::request(Count count)
{
    const quint64 ticket = ++m_latest;
    QMetaObject::invokeMethod(
        m_connection, [this, ticket, count = std::move(count)] { run(ticket, count); },
        Qt::QueuedConnection);
    return ticket;
}

void BackgroundCount::run(quint64 ticket, const Count &count)
{
    if (ticket != m_latest.load())
        return;
    try {
        if (!m_connection->db)
            m_connection->db = m_store.openAnother();
        const qint64 n = count(*m_connection->db);
        emit counted(ticket, n);
    } catch (const store::StoreError &e) {
        emit failed(ticket, e.message());
    }
}

} // namespace ruqsat::itemmodels
