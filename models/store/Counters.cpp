// SPDX-License-Identifier: GPL-3.0-or-later
#include "Counters.h"

#include "Query.h"

namespace ruqsat::store {

qint64 nextCounterValue(const Database &db, const QString &name)
{
    // One statement for both dialects (SQLite 3.35+ has RETURNING); the row
    // lock on PostgreSQL makes two deciding clerks wait, never collide.
    return Query(db, QStringLiteral("INSERT INTO counters (name, value) VALUES (:name, 1) "
                                    "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 "
                                    "RETURNING value"))
        .bind(QStringLiteral(":name"), name)
        .scalar()
        .toLongLong();
}

} // namespace ruqsat::store
