// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoCase.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <memory>

namespace ruqsat::store {

class BulkInsert;
class Database;

// Writes generated demo files in batched transactions. After each batch the
// store is consistent: quotas count the permits in force, the number
// counters are past every number used, and one audit row records the batch.
// Two demo runs may write to one store at once: each batch's transaction
// excludes the other demo writers, and takes its numbers and IINs there.
class DemoWriter
{
public:
    // Gives the person of `file` whose IIN is `taken` another one: another
    // run gave that IIN out after the batch was made.
    using IinReplacer = std::function<void(demo::DemoFile &file, const QString &taken)>;

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

    // What the demo's open clocks are put on (demo::addOpenClocks), the
    // first by id, so that a seed gives the same: permits in force that
    // started before `startedBefore`; cases open in their decision (accepted
    // or at the police) with the id of their region's quota of `year`, and
    // no live reservation; refused cases.
    QStringList permitsInForce(const QDate &startedBefore, int count) const;
    QList<std::pair<QString, QString>> openCasesWithQuota(int year, int count) const;
    QStringList refusedCases(int count) const;

    // Writes one batch in one transaction. Its registry and permit numbers
    // are taken from the counters in that transaction, so where another run
    // took the numbers the generator counted on, the batch is renumbered
    // after them. IINs already in the store go to `replaceIin` (without it,
    // a Conflict). Throws StoreError::Conflict when the store already holds
    // the batch's people (the same seed was written before).
    void writeBatch(const QList<demo::DemoFile> &files, const QString &actor,
                    const IinReplacer &replaceIin = {});

private:
    // Makes the caller's transaction wait for other demo writers' (SQLite's
    // BEGIN IMMEDIATE already admits one writer).
    void excludeOtherDemoWriters() const;
    void takeNumbers(QList<demo::DemoFile> &files) const;
    void avoidTakenIins(QList<demo::DemoFile> &files, const IinReplacer &replaceIin) const;
    QSet<QString> takenIins(const QStringList &iins) const;
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
