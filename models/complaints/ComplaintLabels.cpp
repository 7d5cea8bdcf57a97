// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintLabels.h"

#include "ComplaintActions.h"

#include <QCoreApplication>

namespace ruqsat::complaints {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::complaints", text);
}
} // namespace

QString addresseeLabel(const QString &addressee)
{
    if (addressee == kProvider)
        return tr("The akimat (the service provider)");
    if (addressee == kQuality)
        return tr("The authorised body for the quality of public services");
    if (addressee == kForward)
        return tr("The appeal body: forward with the case file");
    if (addressee == kStateCorporation)
        return tr("The head of the State Corporation");
    return addressee;
}

QString addresseeShortLabel(const QString &addressee)
{
    if (addressee == kProvider)
        return tr("Akimat");
    if (addressee == kQuality)
        return tr("Quality body");
    if (addressee == kForward)
        return tr("Appeal body");
    if (addressee == kStateCorporation)
        return tr("State Corporation");
    return addressee;
}

QString resolutionLabel(const QString &resolution)
{
    if (resolution.isEmpty())
        return tr("Open");
    if (resolution == kForwarded)
        return tr("Forwarded");
    if (resolution == kGranted)
        return tr("Granted");
    if (resolution == kRejected)
        return tr("Rejected");
    return resolution;
}

QString decisionLabel(const QString &kind, const QDate &decidedOn)
{
    QString what;
    if (kind == QLatin1String("issue"))
        what = tr("Issue of the permit of %1");
    else if (kind == QLatin1String("extend"))
        what = tr("Extension of the permit of %1");
    else if (kind == QLatin1String("refuse"))
        what = tr("Refusal of %1");
    else if (kind == QLatin1String("refuse_intake"))
        what = tr("Refusal to accept the documents of %1");
    else
        return tr("An action or inaction");
    return what.arg(decidedOn.toString(QStringLiteral("dd.MM.yyyy")));
}

QString decisionLabel(const records::Decision &decision)
{
    return decisionLabel(records::code(decision.kind), decision.decidedAt.toLocalTime().date());
}

QString statusLine(const records::Complaint &c)
{
    const auto day = [](const QDate &d) { return d.toString(QStringLiteral("dd.MM.yyyy")); };
    const QString whose =
        tr("Complaint of %1 (%2)").arg(day(c.registeredOn), addresseeShortLabel(c.addressee));
    if (!c.resolvedOn.isValid())
        return tr("%1: open, due %2.").arg(whose, day(c.dueOn));
    if (c.resolution == kForwarded)
        return tr("%1: forwarded on %2 to %3.").arg(whose, day(c.resolvedOn), c.forwardedTo);
    if (c.resolution == kGranted)
        return tr("%1: granted on %2.").arg(whose, day(c.resolvedOn));
    if (c.resolution == kRejected)
        return tr("%1: rejected on %2.").arg(whose, day(c.resolvedOn));
    return tr("%1: resolved on %2.").arg(whose, day(c.resolvedOn));
}

} // namespace ruqsat::complaints
