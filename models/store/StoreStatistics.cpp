// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreStatistics.h"

#include "Query.h"

namespace ruqsat::store {

QList<TableCount> tableCounts(const Database &db)
{
    static const char *const tables[] = {
        "applications", "immigrants", "employers", "employer_properties", "family_members",
        "checklist_items", "attachments", "police_checks", "decisions", "permits",
        "permit_copies", "quotas", "quota_reservations", "terminations", "revocations",
        "complaints", "labour_contracts", "regions", "districts", "countries",
        "calendar_exceptions", "users", "audit_log"};
    QList<TableCount> counts;
    for (const char *table : tables) {
        const QString name = QLatin1String(table);
        counts << TableCount{name, Query(db, QLatin1String("SELECT count(*) FROM ") + name)
                                       .scalar()
                                       .toLongLong()};
    }
    return counts;
}

} // namespace ruqsat::store
