// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "store/DistrictScope.h"

namespace ruqsat::cases {

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

} // namespace ruqsat::cases
