// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Permit.h"

#include <optional>

namespace ruqsat::store {

class Database;

// R-COMPLAINT-*: complaints on a case or a permit and their due dates.
class ComplaintRepository
{
public:
    explicit ComplaintRepository(const Database &db) : m_db(db) {}

    QString create(records::Complaint &complaint, const QString &actor) const;
    void resolve(const QString &id, const QDate &resolvedOn, const QString &outcome,
                 const QString &actor) const;
    std::optional<records::Complaint> find(const QString &id) const;
    // Unresolved complaints due on or before `day`, earliest first.
    QList<records::Complaint> openDueBy(const QDate &day) const;

private:
    QList<records::Complaint> select(const QString &where, const QVariant &value) const;
    const Database &m_db;
};

} // namespace ruqsat::store
