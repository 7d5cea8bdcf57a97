// SPDX-License-Identifier: GPL-3.0-or-later
#include "Codes.h"

#include <array>
#include <utility>

namespace ruqsat::records {

namespace {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<ApplicationKind, 2> kKinds{{{ApplicationKind::Issue, "issue"},
                                             {ApplicationKind::Extend, "extend"}}};
constexpr Table<Channel, 3> kChannels{{{Channel::StateCorporation, "state_corporation"},
                                        {Channel::Egov, "egov"},
                                        {Channel::Enbek, "enbek"}}};
constexpr Table<CaseStatus, 9> kStatuses{{{CaseStatus::Draft, "draft"},
                                           {CaseStatus::Submitted, "submitted"},
                                           {CaseStatus::RefusedIntake, "refused_intake"},
                                           {CaseStatus::Accepted, "accepted"},
                                           {CaseStatus::PoliceCheck, "police_check"},
                                           {CaseStatus::Issued, "issued"},
                                           {CaseStatus::Extended, "extended"},
                                           {CaseStatus::Refused, "refused"},
                                           {CaseStatus::Withdrawn, "withdrawn"}}};
constexpr Table<PermitStatus, 5> kPermitStatuses{{{PermitStatus::InForce, "in_force"},
                                                   {PermitStatus::Extended, "extended"},
                                                   {PermitStatus::Expired, "expired"},
                                                   {PermitStatus::Revoked, "revoked"},
                                                   {PermitStatus::Terminated, "terminated"}}};
constexpr Table<DocumentState, 4> kDocStates{{{DocumentState::Present, "present"},
                                               {DocumentState::Missing, "missing"},
                                               {DocumentState::Expired, "expired"},
                                               {DocumentState::Invalid, "invalid"}}};
constexpr Table<DecisionKind, 4> kDecisions{{{DecisionKind::Issue, "issue"},
                                              {DecisionKind::Extend, "extend"},
                                              {DecisionKind::Refuse, "refuse"},
                                              {DecisionKind::RefuseIntake, "refuse_intake"}}};
constexpr Table<Role, 3> kRoles{{{Role::Clerk, "clerk"}, {Role::Head, "head"}, {Role::Admin, "admin"}}};

template <typename E, std::size_t N> QString toCode(const Table<E, N> &table, E value)
{
    for (const auto &[e, text] : table)
        if (e == value)
            return QLatin1String(text);
    return {};
}

template <typename E, std::size_t N> std::optional<E> parse(const Table<E, N> &table, const QString &text)
{
    for (const auto &[e, code] : table)
        if (text == QLatin1String(code))
            return e;
    return std::nullopt;
}

} // namespace

QString code(ApplicationKind v) { return toCode(kKinds, v); }
QString code(Channel v) { return toCode(kChannels, v); }
QString code(CaseStatus v) { return toCode(kStatuses, v); }
QString code(PermitStatus v) { return toCode(kPermitStatuses, v); }
QString code(DocumentState v) { return toCode(kDocStates, v); }
QString code(DecisionKind v) { return toCode(kDecisions, v); }
QString code(Role v) { return toCode(kRoles, v); }

template <> std::optional<ApplicationKind> fromCode(const QString &t) { return parse(kKinds, t); }
template <> std::optional<Channel> fromCode(const QString &t) { return parse(kChannels, t); }
template <> std::optional<CaseStatus> fromCode(const QString &t) { return parse(kStatuses, t); }
template <> std::optional<PermitStatus> fromCode(const QString &t) { return parse(kPermitStatuses, t); }
template <> std::optional<DocumentState> fromCode(const QString &t) { return parse(kDocStates, t); }
template <> std::optional<DecisionKind> fromCode(const QString &t) { return parse(kDecisions, t); }
template <> std::optional<Role> fromCode(const QString &t) { return parse(kRoles, t); }

} // namespace ruqsat::records
