// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/People.h"

#include <optional>

namespace ruqsat::store {

class Database;

// Individual employers and the real estate they own (R-ADDRESS).
class EmployerRepository
{
public:
    explicit EmployerRepository(const Database &db) : m_db(db) {}

    // Inserts at version 1; assigns the id when empty. Returns the id.
    QString create(records::Employer &employer, const QString &actor) const;
    // Saves `employer` if nobody saved since it was read (its version);
    // otherwise StoreError::Conflict, and nothing is overwritten. Bumps
    // employer.version. A copy equal to the stored one writes nothing.
    void update(records::Employer &employer, const QString &actor) const;
    std::optional<records::Employer> find(const QString &id) const;
    std::optional<records::Employer> findByIin(const QString &iin) const;

private:
    void saveProperties(records::Employer &employer) const;
    std::optional<records::Employer> selectOne(const QString &where, const QString &value,
                                               bool lock = false) const;

    const Database &m_db;
};

} // namespace ruqsat::store
