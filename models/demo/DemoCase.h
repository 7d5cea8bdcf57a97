// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Case.h"
#include "records/People.h"
#include "records/Permit.h"

#include <optional>

namespace ruqsat::demo {

// One synthetic application with everything that hangs on it, ready for the
// bulk writer. Ids are set; numbers (registry, permit) are too.
struct DemoCase
{
    records::Application application;
    QList<records::ChecklistItem> checklist;
    std::optional<records::PoliceCheck> police;
    std::optional<records::Decision> decision;
    std::optional<records::Permit> permit;
    std::optional<records::Revocation> revocation;
    std::optional<records::Termination> termination;
    QString regionKato; // the region of the case's district (for the quota)
};

// A person and the cases they brought (one, or an issuance and its extension).
struct DemoFile
{
    records::Immigrant immigrant;
    records::Employer employer;
    QList<DemoCase> cases;
};

} // namespace ruqsat::demo
