// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::itemmodels {

// Counts a register's matches in a thread of its own, on a connection of its
// own to the same store, so that the clerk sees the first page at once and the
// true count follows: at a million cases a name prefix matches some 60,000
// cases, and counting them is ~80 ms of index probes after a ~35 ms page.
// A newer request makes the older ones pointless: those not yet started are
// skipped, and an answer is only worth the ticket it carries.
class BackgroundCount : public QObject
{
    Q_OBJECT
public:
    // Runs in the counting thread, on its connection.
    using Count = std::function<qint64(const store::Database &)>;

    // `store` must outlive this object; its connection is not used here.
    explicit BackgroundCount(const store::Database &store, QObject *parent = nullptr);
    // Waits for a count under way (it cannot be interrupted) and closes the
    // connection in its thread.
    ~BackgroundCount() override;

    // Returns the ticket that `counted` or `failed` will carry.
    quint64 request(Count count);
    quint64 latestTicket() const { return m_latest.load(); }

signals:
    void counted(quint64 ticket, qint64 count);
    // The connection could not be opened or the count failed (StoreError).
    void failed(quint64 ticket, const QString &reason);

private:
    class Connection;

    void run(quint64 ticket, const Count &count); // in the counting thread

    const store::Database &m_store;
    QThread m_thread;
    Connection *m_connection; // lives in m_thread
    std::atomic<quint64> m_latest{0};
};

} // namespace ruqsat::itemmodels
