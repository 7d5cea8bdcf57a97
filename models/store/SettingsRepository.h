// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/WorkingHours.h"
#include "domain/YearRate.h"

#include <QList>
#include <optional>

namespace ruqsat::store {

class Database;

// Administrator data the rules read: the working hours of the provider and
// of the State Corporation (R-AFTER-HOURS, table settings) and the MCI and
// IIT rate of each year (R-REFUSE-7, table year_rates). Every change writes
// its audit row in the same transaction.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    // Read from provider.* / state_corporation.*; a key missing or not HH:mm
    // falls back to the Order's default of that time.
    domain::WorkingHours providerHours() const;
    domain::WorkingHours stateCorporationHours() const;
    // Throws StoreError::Invalid for hours that are not start < (lunch) < end.
    void setProviderHours(const domain::WorkingHours &hours, const QString &actor) const;
    // The State Corporation has no lunch break: lunch times are ignored.
    void setStateCorporationHours(const domain::WorkingHours &hours, const QString &actor) const;

    QList<domain::YearRate> yearRates() const;
    std::optional<domain::YearRate> yearRate(int year) const;
    // Inserts or replaces the year's row. Throws StoreError::Invalid for a
    // rate that is not positive or a year outside 2000..2100.
    void setYearRate(const domain::YearRate &rate, const QString &actor) const;
    void removeYearRate(int year, const QString &actor) const;

    // The administrator's text settings (print folder, scan size limit,
    // working hours), by key. The issuing and police bodies belong to each
    // district since schema 6 (ReferenceRepository). The QR signing key is
    // a secret and never listed.
    QList<std::pair<QString, QString>> textSettings() const;
    // Sets one existing key. Throws StoreError::Invalid for an unknown or
    // secret key, a time that is not HH:mm or breaks the hours' order, or a
    // size that is not a positive number.
    void setText(const QString &key, const QString &text, const QString &actor) const;

private:
    QString value(const QString &key) const;
    void setValues(const QList<std::pair<QString, QString>> &values, const QString &entityId,
                   const QString &actor) const;

    const Database &m_db;
};

} // namespace ruqsat::store
