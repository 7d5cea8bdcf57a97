// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Permit.h"
#include "store/QuotaRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::quotas {

// R-QUOTA: a quota runs low when 10% or less of its places are free. A quota
// of no places is low too: no permit can be issued on it.
bool isLow(const records::Quota &quota);

// The line of the year's use on the chart: the cumulative counts of
// QuotaRepository::issuedByMonth() for the months of `year` begun by
// `today`, January first. A past year has all twelve, a future one none:
// months to come have no use yet, and a flat line into them would say so.
QList<int> useSoFar(const QList<int> &issuedByMonth, int year, const QDate &today);

// One line of the Quotas tab and of `ruqsatctl quotas`.
struct QuotaFigures
{
    records::Quota quota; // limit (quota), in force (issued), reserved, free()
    QString regionKato;
    QString regionName; // in the language of the screens
    bool low = false;   // isLow(quota)
};

// The figures of the quotas: the Quotas tab, the issue step and `ruqsatctl
// quotas` read the same. Every role reads them; quotas are per region, so
// the session's districts do not narrow them.
class QuotaDesk
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::quotas::QuotaDesk)

public:
    explicit QuotaDesk(const store::Database &db) : m_db(db) {}

    // Every quota set for `year`, by the region's KATO code.
    QList<QuotaFigures> ofYear(int year) const;
    // useSoFar() of the quota's year.
    QList<int> use(const records::Quota &quota, const QDate &today) const;

    // "Places free: 5 of 50 (10% or less)." when the quota is low; empty otherwise.
    static QString warning(const records::Quota &quota);

private:
    const store::Database &m_db;
};

} // namespace ruqsat::quotas
