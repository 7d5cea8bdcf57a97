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

    QString create(records::Employer &employer, const QString &actor) const;
    void update(records::Employer &employer, const QString &actor) const;
    std::optional<records::Employer> find(const QString &id) const;
    std::optional<records::Employer> findByIin(const QString &iin) const;

private:
    void saveProperties(records::Employer &employer) const;
    std::optional<records::Employer> selectOne(const QString &where, const QString &value) const;

    const Database &m_db;
};

} // namespace ruqsat::store
