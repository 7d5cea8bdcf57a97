// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Permit.h"

#include <optional>

namespace ruqsat::store {

class Database;

// A complaint with what the complaints list shows beside it.
struct ComplaintRow
{
    records::Complaint complaint;
    QString caseId; // its own case, or its permit's
    QString registryNumber;
    QString permitNumber; // empty for a complaint on a case
    int districtId = 0;
    QString person;       // the immigrant, in Latin script
    QString decisionKind; // issue, extend, refuse, refuse_intake; empty for an action
    QDate decidedOn;
};

struct ComplaintFilter
{
    enum class State
    {
        Open,
        Resolved,
        All
    };
    State state = State::Open;
    QList<int> districtIds; // DistrictScope.h: empty is every district
    QString applicationId;  // only the complaints of this case (on it or on its permit)
};

// The resolution of a complaint, as ComplaintActions checked it.
struct ComplaintResolution
{
    QDate resolvedOn;
    QString resolution; // forwarded, granted, rejected
    QString forwardedTo;
    QString note;
    QString resolvedBy; // the user's id; empty from the command line
};

// R-COMPLAINT-*: complaints on a case or a permit, their due dates and
// resolutions.
class ComplaintRepository
{
public:
    explicit ComplaintRepository(const Database &db) : m_db(db) {}

    QString create(records::Complaint &complaint, const QString &actor) const;
    // Resolves an open complaint with its audit row; a resolved one is final
    // (the schema's trigger refuses it too).
    void resolve(const QString &id, const ComplaintResolution &r, const QString &actor) const;
    std::optional<records::Complaint> find(const QString &id) const;
    // Unresolved complaints due on or before `day`, earliest first.
    QList<records::Complaint> openDueBy(const QDate &day) const;
    // The complaints list: open ones by due date, resolved ones latest first.
    QList<ComplaintRow> list(const ComplaintFilter &filter) const;

private:
    QList<records::Complaint> select(const QString &where, const QVariant &value) const;
    const Database &m_db;
};

} // namespace ruqsat::store
