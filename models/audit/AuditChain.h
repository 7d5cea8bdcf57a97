// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace ruqsat::audit {

// One row of the audit log as the chain sees it: every column as stored
// (the details as their stored JSON text, the time in its canonical form).
struct ChainRow
{
    qint64 id = 0;
    QDateTime at;
    QString actor, entity, entityId, action, details;
    QString prevHash, hash; // hex SHA-256; empty in rows not chained yet
};

// The audit log is a hash chain: each row keeps the previous row's hash and
// its own, SHA-256 over the previous hash and a canonical encoding of the
// row. A row altered no longer matches its hash; a row removed or inserted
// breaks the link of the row after it. Nothing secret goes in: the chain
// shows tampering to whoever keeps the last verified hash (the store's
// screen and `ruqsatctl audit verify` name it), it does not prevent it.
class AuditChain
{
public:
    // The hash `row` must carry after `prevHash` (row.prevHash and row.hash
    // are not read).
    static QString hashOf(const QString &prevHash, const ChainRow &row);
    // The canonical encoding: a compact JSON array of the columns in a fixed
    // order, the time as yyyy-MM-ddTHH:mm:ss.zzzZ in UTC.
    static QByteArray encode(const ChainRow &row);
};

// What a walk of the chain found.
struct ChainVerdict
{
    enum class Problem
    {
        None,
        Altered,   // the row's columns no longer give its hash
        Unlinked,  // the row does not follow the one before it: removed or inserted
        Unsealed,  // a row without a hash
    };
    Problem problem = Problem::None;
    qint64 rows = 0;     // rows verified (all of them when ok)
    qint64 lastId = 0;   // the last row verified
    QDateTime lastAt;
    QString lastHash;
    qint64 badRow = 0;   // the first row that fails
    bool ok() const { return problem == Problem::None; }
    QString message() const; // in the user's language
};

// Walks the rows in the order of their ids, one at a time (a log of
// millions of rows is never held in memory), and stops at the first row
// that fails.
class ChainVerifier
{
public:
    // False once a row failed: the walk can stop.
    bool add(const ChainRow &row);
    const ChainVerdict &verdict() const { return m_verdict; }

private:
    ChainVerdict m_verdict;
};

} // namespace ruqsat::audit
