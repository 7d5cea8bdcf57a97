// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerRetry.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <algorithm>

namespace ruqsat::store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::store::ServerRetry)
};

void pause(std::chrono::milliseconds length)
{
    QThread::msleep(static_cast<unsigned long>(length.count()));
}
} // namespace

std::chrono::milliseconds ServerRetry::collisionPause(int attempt)
{
    const qint64 ceiling = std::min<qint64>(1000, qint64(10) << std::min(attempt, 7));
    return std::chrono::milliseconds(QRandomGenerator::global()->bounded(ceiling) + 1);
}

bool ServerRetry::waitForServer(const Database &db, std::chrono::milliseconds patience,
                                const Notice &notice)
{
    QElapsedTimer waited;
    waited.start();
    std::chrono::milliseconds next(100);
    for (;;) {
        try {
            db.reconnect();
            return true;
        } catch (const StoreError &e) {
            if (e.kind() != StoreError::Kind::Unreachable)
                throw;
        }
        const auto left = patience - std::chrono::milliseconds(waited.elapsed());
        if (left <= std::chrono::milliseconds::zero())
            return false;
        if (notice)
            notice(Tr::tr("The server cannot be reached; trying again in %1 s…")
                       .arg(double(next.count()) / 1000.0, 0, 'f', 1));
        pause(std::min(next, left));
        next = std::min(next * 2, std::chrono::milliseconds(5000));
    }
}

void ServerRetry::run(const std::function<void()> &step) const
{
    int collisions = 0;
    int outages = 0;
    for (;;) {
        try {
            step();
            return;
        } catch (const StoreError &e) {
            switch (e.kind()) {
            case StoreError::Kind::Collision:
                if (++collisions >= m_patience.collisions)
                    throw;
                qCInfo(lcStore, "collision %d, running the step again", collisions);
                pause(collisionPause(collisions));
                break;
            case StoreError::Kind::ConnectionLost:
            case StoreError::Kind::CommitUnknown: {
                const QString mark =
                    e.kind() == StoreError::Kind::CommitUnknown ? m_db.lastCommitMark() : QString();
                if (++outages > m_patience.outages ||
                    !waitForServer(m_db, m_patience.reconnectFor, m_notice))
                    throw;
                if (!mark.isEmpty() && m_db.committedAfterAll(mark)) {
                    qCInfo(lcStore, "transaction %s committed before the connection broke",
                           qPrintable(mark));
                    return;
                }
                qCInfo(lcStore, "connection back, running the step again");
                break;
            }
            default:
                throw;
            }
        }
    }
}

} // namespace ruqsat::store
