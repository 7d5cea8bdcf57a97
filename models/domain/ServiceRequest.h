// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace ruqsat::domain {

// R-KIND: issuance of a new permit or extension of one in force.
enum class ApplicationKind { Issue, Extend };
// R-CHANNEL: where the application came in.
enum class Channel { StateCorporation, Egov, Enbek };

// The codes the store keeps ("issue"/"extend"; "state_corporation"/"egov"/"enbek").
QString applicationKindCode(ApplicationKind kind);
std::optional<ApplicationKind> applicationKindFromCode(const QString &code);
QString channelCode(Channel channel);
std::optional<Channel> channelFromCode(const QString &code);
// egov.kz and migration.enbek.kz: electronic copies signed with EDS.
inline bool isPortal(Channel channel) { return channel != Channel::StateCorporation; }

} // namespace ruqsat::domain
