// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "store/DistrictScope.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace ruqsat::cases {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::cases::Session)
};
} // namespace

bool Session::seesNoDistrict() const
{
    return !userId.isEmpty() && role != records::Role::Admin && districtIds.isEmpty();
}

QList<int> Session::scope() const
{
    if (seesNoDistrict())
        return {store::kNoDistrict};
    return districtIds;
}

bool Session::seesDistrict(int districtId) const
{
    return store::inScope(scope(), districtId);
}

void Session::requireDistrict(int districtId) const
{
    if (!seesDistrict(districtId))
        throw store::StoreError(store::StoreError::Kind::Forbidden,
                                Tr::tr("This case belongs to another district."));
}

} // namespace ruqsat::cases
