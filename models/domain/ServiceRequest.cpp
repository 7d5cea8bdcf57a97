// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceRequest.h"

namespace ruqsat::domain {

QString applicationKindCode(ApplicationKind kind)
{
    return kind == ApplicationKind::Issue ? QStringLiteral("issue") : QStringLiteral("extend");
}

std::optional<ApplicationKind> applicationKindFromCode(const QString &code)
{
    if (code == QLatin1String("issue"))
        return ApplicationKind::Issue;
    if (code == QLatin1String("extend"))
        return ApplicationKind::Extend;
    return std::nullopt;
}

QString channelCode(Channel channel)
{
    switch (channel) {
    case Channel::StateCorporation:
        return QStringLiteral("state_corporation");
    case Channel::Egov:
        return QStringLiteral("egov");
    case Channel::Enbek:
        break;
    }
    return QStringLiteral("enbek");
}

std::optional<Channel> channelFromCode(const QString &code)
{
    if (code == QLatin1String("state_corporation"))
        return Channel::StateCorporation;
    if (code == QLatin1String("egov"))
        return Channel::Egov;
    if (code == QLatin1String("enbek"))
        return Channel::Enbek;
    return std::nullopt;
}

} // namespace ruqsat::domain
