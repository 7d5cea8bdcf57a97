// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deadline.h"

#include "common/CodeTable.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ruqsat::deadlines {

namespace {

const char *const kContext = "ruqsat::deadlines";

const CodeName<Kind> kKinds[] = {
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

QString Words::operator()(const char *source, int n) const
{
    if (!m_translator)
        return QCoreApplication::translate(kContext, source, nullptr, n);
    QString text = m_translator->translate(kContext, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

QList<Kind> allKinds()
{
    return valuesOf(kKinds);
}

QString code(Kind kind)
{
    return codeOf(kKinds, kind);
}

std::optional<Kind> kindFromCode(const QString &code)
{
    return valueOf(kKinds, code);
}

QString label(Kind kind, const Words &words)
{
    switch (kind) {
    case Kind::Decision:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Decision due"));
    case Kind::PoliceAnswer:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Police answer due"));
    case Kind::Reservation:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Quota reservation ends"));
    case Kind::ExtensionWindow:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Extension window"));
    case Kind::RenewalWindow:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "New permit after 12 months"));
    case Kind::Expiry:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Permit expires"));
    case Kind::RevocationNotice:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Appendix 9 to the police"));
    case Kind::LateTermination:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Late termination notice"));
    case Kind::Complaint:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Complaint due"));
    }
    return {};
}

QList<Urgency> allUrgencies()
{
    return {Urgency::Overdue, Urgency::Today, Urgency::Tomorrow, Urgency::ThisWeek, Urgency::Later};
}

QString label(Urgency urgency, const Words &words)
{
    switch (urgency) {
    case Urgency::Overdue:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Overdue"));
    case Urgency::Today:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Today"));
    case Urgency::Tomorrow:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Tomorrow"));
    case Urgency::ThisWeek:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "This week"));
    case Urgency::Later:
        return words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Later"));
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
