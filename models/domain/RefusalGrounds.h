// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

#include <QList>
#include <optional>

namespace ruqsat::domain {

// R-REFUSE-1 .. R-REFUSE-9 (Appendix 2, row 9, in the wording in force from
// 01.01.2026): the grounds a refusal (Appendix 7) may cite, with the full text
// printed on it.
struct RefusalGround
{
    int number = 0;  // 1..9, decisions.ground_id
    QString ruleId;  // "R-REFUSE-7"
    TrilingualText text;
};

// A ground the case's record suggests to the deciding official, and why
// (translated): a failed check, an IIT shortfall, a negative police answer.
struct GroundProposal
{
    int number = 0; // 1..9
    QString reason;
    bool operator==(const GroundProposal &) const = default;
};

class RefusalGrounds
{
public:
    static constexpr int kCount = 9;

    static QList<RefusalGround> all();
    static std::optional<RefusalGround> byNumber(int number);
    static std::optional<RefusalGround> byRuleId(const QString &ruleId);
};

} // namespace ruqsat::domain
