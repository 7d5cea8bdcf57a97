// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One simulated desk of the clerks bench: a clerk (or a head) on its own
// connection, logged in as its own server role, doing a compressed working
// day through the program's own core code: searching the register, opening
// cases, typing intakes, deciding on the checklist, sending to the police
// and recording the answer, and (a head) issuing permits. Every save goes
// through store::ServerRetry, as the desk's does.
#include "cases/Session.h"
#include "store/ConnectionString.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace ruqsat::bench {

// What a desk did and how long each step took.
struct DeskLog
{
    QHash<QString, QList<double>> ms; // step -> latencies in ms
    int errors = 0;                   // failures the clerk would not expect
    int conflicts = 0;                // someone else saved the case first
    int refusedByRules = 0;           // the rules or the quota said no
    QStringList errorSamples;         // the first few errors, for the report

    void merge(const DeskLog &other);
};

class ClerkDay
{
public:
    // `where`: the store, with the desk's own login and password.
    ClerkDay(store::ConnectionString where, quint32 seed, int meanThinkMs);

    // Runs until `until` (or `stop` is set); then returns what it did.
    // Connects in the calling thread (run it in the desk's own thread).
    DeskLog run(const QDateTime &until, const QAtomicInt &stop);

    static bool isRead(const QString &step);

private:
    store::ConnectionString m_where;
    quint32 m_seed;
    int m_meanThinkMs;
};

} // namespace ruqsat::bench
