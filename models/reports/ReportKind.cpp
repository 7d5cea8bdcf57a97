// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportKind.h"

#include <iterator>

namespace ruqsat::reports {

namespace {

struct KindName
{
    Kind kind;
    const char *code;
};

const KindName kKinds[] = {
    {Kind::Issued, "issued"},   {Kind::Extended, "extended"},
    {Kind::Refused, "refused"}, {Kind::RefusedAtIntake, "refused-at-intake"},
    {Kind::Revoked, "revoked"}, {Kind::Terminated, "terminated"},
    {Kind::Copies, "copies"},   {Kind::DecisionTerm, "decision-term"},
};

struct GroupingName
{
    Grouping grouping;
    const char *code;
};

const GroupingName kGroupings[] = {
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
    QList<Kind> kinds;
    for (const KindName &k : kKinds)
        kinds << k.kind;
    return kinds;
}

QList<Grouping> allGroupings()
{
    QList<Grouping> groupings;
    for (const GroupingName &g : kGroupings)
        groupings << g.grouping;
    return groupings;
}

QString code(Kind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.code);
    return {};
}

QString code(Grouping grouping)
{
    for (const GroupingName &g : kGroupings)
        if (g.grouping == grouping)
            return QString::fromLatin1(g.code);
    return {};
}

std::optional<Kind> kindFromCode(const QString &code)
{
    for (const KindName &k : kKinds)
        if (code == QLatin1String(k.code))
            return k.kind;
    return std::nullopt;
}

std::optional<Grouping> groupingFromCode(const QString &code)
{
    for (const GroupingName &g : kGroupings)
        if (code == QLatin1String(g.code))
            return g.grouping;
    return std::nullopt;
}

bool groups(Kind kind, Grouping grouping)
{
    // A refusal's ground is a decision's; the other kinds have none.
    return grouping != Grouping::Ground || kind == Kind::Refused;
}

} // namespace ruqsat::reports
