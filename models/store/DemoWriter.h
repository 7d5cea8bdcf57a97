// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoCase.h"

#include <QHash>
#include <QSet>
#include <memory>

namespace ruqsat::store {

class BulkInsert;
class Database;

// Writes generated demo files in batched transactions. After each batch the
// store is consistent: quotas count the permits in force, the number
// counters are past every number used, and one audit row records the batch.
class DemoWriter
{
public:
    explicit DemoWriter(const Database &db);
    ~DemoWriter();

    // The districts of the three cities of republican significance, created
    // when missing; by city KATO.
    QHash<QString, QList<int>> ensureCityDistricts(const QString &actor) const;
    // The number counters as they stand (registry-*, permit-*).
    QHash<QString, qint64> counters() const;
    // The IINs of the people in the store, as numbers.
    QSet<qint64> usedIins() const;
    bool hasImmigrant(const QString &id) const;

    void writeBatch(const QList<demo::DemoFile> &files, const QHash<QString, qint64> &counters,
                    const QString &actor);

private:
    QString quotaFor(const QString &regionKato, int year);
    void writeCase(const demo::DemoCase &c, const QString &immigrantSort, QHash<QString, int> &inForceByQuota);

    const Database &m_db;
    QHash<QString, int> m_regionIds;        // by KATO
    QHash<QString, QString> m_quotaIds;     // by "KATO/year"
    QHash<QString, QString> m_permitQuota;  // quota of each permit written in this run
    std::unique_ptr<BulkInsert> m_immigrants, m_employers, m_properties, m_applications, m_checklist,
        m_police, m_decisions, m_permits, m_copies, m_revocations, m_terminations;
};

} // namespace ruqsat::store
