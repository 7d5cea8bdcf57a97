// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deadline.h"

#include <QCoreApplication>
#include <iterator>

namespace ruqsat::deadlines {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::deadlines)
};

struct KindName
{
    Kind kind;
    const char *code;
};

const KindName kKinds[] = {
    {Kind::Decision, "decision"},
    {Kind::PoliceAnswer, "police_answer"},
    {Kind::Reservation, "reservation"},
    {Kind::ExtensionWindow, "extension_window"},
    {Kind::RenewalWindow, "renewal_window"},
    {Kind::Expiry, "expiry"},
    {Kind::RevocationNotice, "revocation_notice"},
    {Kind::LateTermination, "late_termination"},
    {Kind::Complaint, "complaint"},
};

} // namespace

QList<Kind> allKinds()
{
    QList<Kind> kinds;
    for (const KindName &k : kKinds)
        kinds << k.kind;
    return kinds;
}

QString code(Kind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.code);
    return {};
}

std::optional<Kind> kindFromCode(const QString &code)
{
    for (const KindName &k : kKinds)
        if (code == QLatin1String(k.code))
            return k.kind;
    return std::nullopt;
}

QString label(Kind kind)
{
    switch (kind) {
    case Kind::Decision:
        return Tr::tr("Decision due");
    case Kind::PoliceAnswer:
        return Tr::tr("Police answer due");
    case Kind::Reservation:
        return Tr::tr("Quota reservation ends");
    case Kind::ExtensionWindow:
        return Tr::tr("Extension window");
    case Kind::RenewalWindow:
        return Tr::tr("New permit after 12 months");
    case Kind::Expiry:
        return Tr::tr("Permit expires");
    case Kind::RevocationNotice:
        return Tr::tr("Appendix 9 to the police");
    case Kind::LateTermination:
        return Tr::tr("Late termination notice");
    case Kind::Complaint:
        return Tr::tr("Complaint due");
    }
    return {};
}

QList<Urgency> allUrgencies()
{
    return {Urgency::Overdue, Urgency::Today, Urgency::Tomorrow, Urgency::ThisWeek, Urgency::Later};
}

QString label(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return Tr::tr("Overdue");
    case Urgency::Today:
        return Tr::tr("Today");
    case Urgency::Tomorrow:
        return Tr::tr("Tomorrow");
    case Urgency::ThisWeek:
        return Tr::tr("This week");
    case Urgency::Later:
        return Tr::tr("Later");
    }
    return {};
}

Urgency urgencyOf(const QDate &dueOn, const QDate &today)
{
    const qint64 days = today.daysTo(dueOn);
    if (days < 0)
        return Urgency::Overdue;
    if (days == 0)
        return Urgency::Today;
    if (days == 1)
        return Urgency::Tomorrow;
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return dueOn <= sunday ? Urgency::ThisWeek : Urgency::Later;
}

} // namespace ruqsat::deadlines
