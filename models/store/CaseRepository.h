// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Case.h"

#include <optional>

namespace ruqsat::store {

class Database;

// Applications and what hangs on them: the checklist, police checks and
// decisions. Saving a case is optimistic: a copy read at version N saves only
// if the store still holds version N; otherwise StoreError::Conflict, and
// nothing is overwritten.
class CaseRepository
{
public:
    explicit CaseRepository(const Database &db) : m_db(db) {}

    // Inserts a new case at version 1 (id assigned when empty).
    QString create(records::Application &app, const QString &actor) const;
    // Saves `app` if nobody saved since it was read; bumps app.version.
    void update(records::Application &app, const QString &actor) const;
    // Registers the case: assigns the registry number and sets `status`.
    void registerCase(records::Application &app, records::CaseStatus status, const QString &actor) const;
    // Moves the case to `status` with the same optimistic check.
    void setStatus(records::Application &app, records::CaseStatus status, const QString &actor) const;
    std::optional<records::Application> find(const QString &id) const;
    std::optional<records::Application> findByRegistryNumber(const QString &number) const;

    // R-DOCS-*: inserts or replaces the checklist lines by document code.
    // The checklist is part of the case: it saves only over the case's
    // version `app` was read at (otherwise StoreError::Conflict, nothing
    // written) and bumps it, so two clerks' lines never mix into a set of
    // documents neither of them checked, and a checklist typed on a case
    // that meanwhile moved on is refused.
    void saveChecklist(records::Application &app, QList<records::ChecklistItem> &items,
                       const QString &actor) const;
    QList<records::ChecklistItem> checklist(const QString &applicationId) const;

    // R-CHECK: inserts or replaces the checks by their item, stamped now.
    void saveArrivalChecks(const QString &applicationId, QList<records::ArrivalCheck> &checks,
                           const QString &actor) const;
    QList<records::ArrivalCheck> arrivalChecks(const QString &applicationId) const; // by item

    // R-POLICE
    void recordPoliceRequest(records::PoliceCheck &check, const QString &actor) const;
    // The answer with the police's reference (their letter's number) and a note.
    void recordPoliceAnswer(const QString &checkId, bool positive, const QDateTime &answeredAt,
                            const QString &reference, const QString &actor, const QString &note = {}) const;
    QList<records::PoliceCheck> policeChecks(const QString &applicationId) const;

    // R-RESULT, R-REFUSE-*, R-INCOMPLETE. Normally called inside the
    // transaction that also changes the case (and issues the permit).
    void recordDecision(records::Decision &decision, const QString &actor) const;
    QList<records::Decision> decisions(const QString &applicationId) const;

private:
    void saveVersioned(records::Application &app, const QString &action, const QString &actor) const;
    // The stored case, locked for this transaction, when it is still at
    // app.version; throws NotFound or Conflict otherwise.
    records::Application lockedAtVersion(const records::Application &app) const;
    std::optional<records::Application> selectOne(const QString &where, const QString &value,
                                                  bool lock = false) const;

    const Database &m_db;
};

} // namespace ruqsat::store
