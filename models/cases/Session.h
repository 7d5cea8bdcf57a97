// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Codes.h"

#include <QList>
#include <QString>

namespace ruqsat::cases {

// Who is at the desk: every action is done as this user, and allowed or
// refused by their role.
struct Session
{
    QString userId; // empty for the command line and tests without users
    QString login;
    records::Role role = records::Role::Clerk;
    // The districts the user works in; the program scopes by them (scope()).
    QList<int> districtIds;

    // The districts this session sees, as the registers, counts and print
    // listings take them (store/DistrictScope.h): the user's districts; all
    // (an empty list) for a session of no user (the command line on a store
    // without users, tests) or an administrator of no district (the first
    // one, before districts exist); none ({store::kNoDistrict}) for a clerk
    // or head with no district. An administrator with districts sees those,
    // as row-level security on a secured server has it.
    QList<int> scope() const;
    // Whether a case or permit of `districtId` is within scope().
    bool seesDistrict(int districtId) const;
    // A clerk or head with no district: the registers are empty (and say why).
    bool seesNoDistrict() const;
    // Refuses (StoreError::Forbidden, "This case belongs to another
    // district.") a step on a case or permit outside scope(): the registers
    // do not show one, but an id can come from elsewhere.
    void requireDistrict(int districtId) const;

    // Clerks take in applications; the head decides and revokes; the
    // administrator keeps settings and may do the head's work in a small akimat.
    bool mayTakeIn() const { return true; }
    bool mayDecide() const { return role == records::Role::Head || role == records::Role::Admin; }
    // R-REVOKE: revocation is the head's act (Appendix 8 is signed by the
    // head of the body); an administrator may stand in for the head.
    bool mayRevoke() const { return role == records::Role::Head || role == records::Role::Admin; }
    // Settings, rates, quotas, districts and users: the administrator alone.
    bool mayAdminister() const { return role == records::Role::Admin; }
};

} // namespace ruqsat::cases
