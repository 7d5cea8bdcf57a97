// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Permit.h"

#include <optional>

namespace ruqsat::store {

class Database;

// What the deciding official asks for when issuing or extending.
struct IssueRequest
{
    QString applicationId;
    QString extendsPermitId; // set for an extension (R-QUOTA-EXTEND: no new place)
    int regionId = 0;        // R-TERRITORY: the unit whose quota is used
    int quotaYear = 0;
    QDate chainStart, validFrom, validTo;
    QString decidedBy; // user id, may be empty
};

// Permits (Appendix 5) and what happens to them: copies, terminations,
// revocations, expiry, labour contracts.
class PermitRepository
{
public:
    explicit PermitRepository(const Database &db) : m_db(db) {}

    // Issues or extends in one transaction: the quota place (R-QUOTA), the
    // permit number, the permit, the decision and the case's new status.
    // Throws QuotaExhausted when the quota is full: nothing is written.
    records::Permit issue(const IssueRequest &request, const QString &actor) const;

    std::optional<records::Permit> find(const QString &id) const;
    std::optional<records::Permit> findByNumber(const QString &number) const;
    QList<records::Permit> forImmigrant(const QString &immigrantId) const;

    // R-DUPLICATE: a copy issued (reason lost or damaged). Returns the copies count.
    // `issuedBy`: the id of the user who records it (empty: none, the command
    // line on a store without users); the reports count copies by them.
    int recordCopy(const QString &permitId, const QString &reason, const QString &actor,
                   const QString &issuedBy = {}) const;
    // R-TERMINATION: the permit ends and frees its place.
    void terminate(const records::Termination &termination, const QString &actor) const;
    // R-REVOKE: the permit is revoked and frees its place.
    void revoke(const records::Revocation &revocation, const QString &actor) const;
    std::optional<records::Revocation> revocation(const QString &permitId) const;
    // R-REVOKE-POLICE: the day Appendix 9 went to the police.
    void recordRevocationNotice(const QString &permitId, const QDate &sentOn, const QString &actor) const;
    std::optional<records::Termination> termination(const QString &permitId) const;
    // Permits in force whose last day is before `today` expire; returns how many.
    int expireDue(const QDate &today, const QString &actor) const;

    // R-CONTRACT
    void addLabourContract(records::LabourContract &contract, const QString &actor) const;
    QList<records::LabourContract> labourContracts(const QString &permitId) const;

private:
    QString takePlaceAndInsert(const records::Permit &permit, const QString &counterName,
                               const QString &numberPrefix, bool conditionalPlace) const;
    void leaveForce(const QString &permitId, records::PermitStatus status) const;
    QList<records::Permit> select(const QString &where, const QString &value) const;

    const Database &m_db;
};

} // namespace ruqsat::store
