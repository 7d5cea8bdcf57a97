// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/People.h"

#include <optional>

namespace ruqsat::store {

class Database;

// Labour immigrants and their families (Appendix 1).
class ImmigrantRepository
{
public:
    explicit ImmigrantRepository(const Database &db) : m_db(db) {}

    // Inserts at version 1; assigns the id when empty. Returns the id.
    QString create(records::Immigrant &immigrant, const QString &actor) const;
    // Saves `immigrant` if nobody saved since it was read (its version);
    // otherwise StoreError::Conflict, and nothing is overwritten. Bumps
    // immigrant.version. A copy equal to the stored one writes nothing.
    void update(records::Immigrant &immigrant, const QString &actor) const;
    std::optional<records::Immigrant> find(const QString &id) const;
    QList<records::Immigrant> findByIin(const QString &iin) const;
    QList<records::Immigrant> findByPassport(const QString &passportNumber) const;

private:
    void bindAndExec(const QString &sql, const records::Immigrant &immigrant) const;
    void saveFamily(const records::Immigrant &immigrant) const;
    QList<records::Immigrant> select(const QString &where, const QString &value,
                                     bool lock = false) const;

    const Database &m_db;
};

} // namespace ruqsat::store
