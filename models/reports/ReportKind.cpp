// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportKind.h"

#include "common/CodeTable.h"

namespace ruqsat::reports {

namespace {

const CodeName<Kind> kKinds[] = {
    {Kind::Issued, "issued"},   {Kind::Extended, "extended"},
    {Kind::Refused, "refused"}, {Kind::RefusedAtIntake, "refused-at-intake"},
    {Kind::Revoked, "revoked"}, {Kind::Terminated, "terminated"},
    {Kind::Copies, "copies"},   {Kind::DecisionTerm, "decision-term"},
};

const CodeName<Grouping> kGroupings[] = {
    {Grouping::None, "none"},
    {Grouping::District, "district"},
    {Grouping::Citizenship, "citizenship"},
    {Grouping::Channel, "channel"},
    {Grouping::Month, "month"},
    {Grouping::Ground, "ground"},
    {Grouping::Clerk, "clerk"},
};

} // namespace

QList<Kind> allKinds()
{
    return valuesOf(kKinds);
}

QList<Grouping> allGroupings()
{
    return valuesOf(kGroupings);
}

QString code(Kind kind)
{
    return codeOf(kKinds, kind);
}

QString code(Grouping grouping)
{
    return codeOf(kGroupings, grouping);
}

std::optional<Kind> kindFromCode(const QString &code)
{
    return valueOf(kKinds, code);
}

std::optional<Grouping> groupingFromCode(const QString &code)
{
    return valueOf(kGroupings, code);
}

bool groups(Kind kind, Grouping grouping)
{
    // A refusal's ground is a decision's; the other kinds have none.
    return grouping != Grouping::Ground || kind == Kind::Refused;
}

} // namespace ruqsat::reports
