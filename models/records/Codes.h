// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace ruqsat::records {

// The stored codes of the enumerations of the schema. Each enum converts to
// the exact text its CHECK constraint allows, and back.

enum class ApplicationKind { Issue, Extend }; // R-KIND
enum class Channel { StateCorporation, Egov, Enbek }; // R-CHANNEL
enum class CaseStatus {
    Draft,
    Submitted,
    RefusedIntake, // R-INCOMPLETE
    Accepted,
    PoliceCheck, // R-POLICE
    Issued,
    Extended,
    Refused,
    Withdrawn,
};
enum class PermitStatus { InForce, Extended, Expired, Revoked, Terminated };
enum class DocumentState { Present, Missing, Expired, Invalid };
enum class DecisionKind { Issue, Extend, Refuse, RefuseIntake };
enum class Role { Clerk, Head, Admin };

QString code(ApplicationKind v);
QString code(Channel v);
QString code(CaseStatus v);
QString code(PermitStatus v);
QString code(DocumentState v);
QString code(DecisionKind v);
QString code(Role v);

template <typename E> std::optional<E> fromCode(const QString &text);
template <> std::optional<ApplicationKind> fromCode(const QString &text);
template <> std::optional<Channel> fromCode(const QString &text);
template <> std::optional<CaseStatus> fromCode(const QString &text);
template <> std::optional<PermitStatus> fromCode(const QString &text);
template <> std::optional<DocumentState> fromCode(const QString &text);
template <> std::optional<DecisionKind> fromCode(const QString &text);
template <> std::optional<Role> fromCode(const QString &text);

} // namespace ruqsat::records
