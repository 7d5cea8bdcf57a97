// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lapses.h"

#include "store/Database.h"
#include "store/PermitRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"

namespace ruqsat::deadlines {

namespace {
// The audit rows' actor on SQLite: the program itself (a server records the
// role that connected).
const QString kActor = QStringLiteral("ruqsat");
} // namespace

Lapses expireLapsed(const store::Database &db, const QDate &today)
{
    Lapses lapses;
    if (db.isReadOnly())
        return lapses;
    store::Transaction tx(db);
    lapses.permits = store::PermitRepository(db).expireDue(today, kActor);
    lapses.reservations = store::QuotaRepository(db).expireReservations(today, kActor);
    tx.commit();
    return lapses;
}

} // namespace ruqsat::deadlines
