// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuotaDesk.h"

#include "domain/Language.h"

#include <algorithm>

namespace ruqsat::quotas {

bool isLow(const records::Quota &quota)
{
    // In whole numbers: free / quota <= 10% without rounding a fraction.
    return qint64(quota.free()) * 10 <= qint64(quota.quota);
}

QList<int> useSoFar(const QList<int> &issuedByMonth, int year, const QDate &today)
{
    const int months = year < today.year() ? 12 : year == today.year() ? today.month() : 0;
    return issuedByMonth.mid(0, std::min(months, int(issuedByMonth.size())));
}

QList<QuotaFigures> QuotaDesk::ofYear(int year) const
{
    QList<QuotaFigures> list;
    for (const store::RegionQuota &row : store::QuotaRepository(m_db).ofYear(year)) {
        QuotaFigures f;
        f.quota = row.quota;
        f.regionKato = row.region.kato;
        f.regionName = row.region.names().in(domain::screenLanguage());
        f.low = isLow(row.quota);
        list << f;
    }
    return list;
}

QList<int> QuotaDesk::use(const records::Quota &quota, const QDate &today) const
{
    return useSoFar(store::QuotaRepository(m_db).issuedByMonth(quota.id, quota.year), quota.year,
                    today);
}

QString QuotaDesk::warning(const records::Quota &quota)
{
    if (!isLow(quota))
        return {};
    if (quota.quota == 0)
        return tr("The quota has no places: no permit can be issued on it.");
    // Worded without a noun after the numbers, which Kazakh and Russian
    // would have to inflect for each.
    return tr("Places free: %1 of %2 (10% or less).").arg(quota.free()).arg(quota.quota);
}

} // namespace ruqsat::quotas
