// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <stdexcept>

namespace ruqsat::store {

// The one exception the store throws. Its message is already translated into
// the clerk's language; `detail` keeps the driver's own words for logs.
class StoreError : public std::runtime_error
{
public:
    enum class Kind
    {
        NotRuqsat,   // a file or database that is not ours
        NoStore,     // nothing there yet (no file, an empty one): only on purpose is a store made
        ReadOnly,    // a store this process may read but not write
        Corrupt,     // a damaged SQLite file
        TooNew,      // written by a newer program than this one
        Unreachable, // the server cannot be reached or refuses the login
        Conflict,    // optimistic locking: someone saved first
        QuotaExhausted, // no place left in the quota
        NotFound,
        Forbidden, // the user's role does not allow it
        Invalid,   // input that the store refuses (a constraint, a bad value)
        Sql,       // anything else the driver reports
        // PostgreSQL cancelled the transaction to untangle it from another
        // (SQLSTATE 40001 serialization failure, 40P01 deadlock): nothing was
        // written, and the same step may simply run again (ServerRetry).
        Collision,
        // The connection to the server broke before the step committed: the
        // server rolled it back, nothing was written.
        ConnectionLost,
        // The connection broke while COMMIT was on its way: the step may or
        // may not be saved until the server, reached again, says which
        // (ServerRetry asks it).
        CommitUnknown,
    };

    StoreError(Kind kind, const QString &message, const QString &detail = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
};

} // namespace ruqsat::store
