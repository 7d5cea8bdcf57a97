// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace ruqsat::store {

// The districts a register, a count or a print listing is scoped to
// (RegisterFilter::districtIds, PermitRegisterFilter::districtIds,
// PrintQueries): an empty list is every district. A clerk or head with no
// district sees none: cases::Session::scope() gives them {kNoDistrict}, an
// id no district has (district ids start at 1), which lets nothing through.
inline constexpr int kNoDistrict = -1;

// Whether a record of `districtId` is within `scope`.
bool inScope(const QList<int> &scope, int districtId);

} // namespace ruqsat::store
