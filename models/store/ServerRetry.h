// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <chrono>
#include <functional>

namespace ruqsat::store {

// Runs one saving step against a store so that a shared server's hiccups
// neither lose it nor write it twice:
//  - a serialization failure or deadlock (SQLSTATE 40001, 40P01) rolled the
//    step back: it runs again after a random pause that grows each time;
//  - the connection broke before COMMIT: the server rolled the step back; the
//    connection is opened again with backoff and the step runs again;
//  - the connection broke while COMMIT was under way: once the server is
//    reached again, the transaction's commit mark says whether it committed
//    (Database::committedAfterAll); committed means done, otherwise the step
//    runs again.
// When the server stays away longer than the patience, the step's error is
// thrown: ConnectionLost (not saved) or CommitUnknown (not known yet).
// The step must open its own outermost Transaction (every service and
// repository write does) and be safe to run again after a rollback. On
// SQLite it simply runs once.
class ServerRetry
{
public:
    struct Patience
    {
        int collisions = 6;                             // runs after a 40001 / 40P01
        std::chrono::milliseconds reconnectFor{30'000}; // waiting for the server
        int outages = 3;                                // reconnections within one step
    };
    // Called before each pause with what is happening, for a status line.
    using Notice = std::function<void(const QString &)>;

    explicit ServerRetry(const Database &db) : m_db(db) {}
    ServerRetry(const Database &db, Patience patience) : m_db(db), m_patience(patience) {}

    void setNotice(Notice notice) { m_notice = std::move(notice); }
    void run(const std::function<void()> &step) const;

    // Opens the connection again, pausing with backoff between tries, for up
    // to `patience`; true once connected.
    static bool waitForServer(const Database &db, std::chrono::milliseconds patience,
                              const Notice &notice = {});

    // The pause before attempt `attempt` (1-based) after a collision:
    // exponential from 10 ms, capped at 1 s, with full jitter.
    static std::chrono::milliseconds collisionPause(int attempt);

private:
    const Database &m_db;
    Patience m_patience;
    Notice m_notice;
};

} // namespace ruqsat::store
