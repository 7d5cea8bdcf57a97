// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepSummaries.h"

#include "domain/DocumentCatalogue.h"
#include "domain/Language.h"
#include "domain/RefusalGrounds.h"
#include "store/ImmigrantRepository.h"
#include "store/QuotaRepository.h"
#include "store/ReferenceRepository.h"

#include <QLocale>

namespace ruqsat::cases {

namespace {

QString day(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString documentNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes) {
        const auto type = domain::DocumentCatalogue::find(code);
        names << (type ? type->name.in(domain::screenLanguage()) : code);
    }
    return names.join(QLatin1String("; "));
}

} // namespace

QString StepSummaries::personName(const QString &immigrantId) const
{
    const auto person = store::ImmigrantRepository(m_db).find(immigrantId);
    if (!person)
        return tr("an unknown person");
    return QStringList{person->surnameLat, person->givenNamesLat}.join(u' ').simplified();
}

QString StepSummaries::whoseCase(const records::Application &app) const
{
    const QString number =
        app.registryNumber.isEmpty() ? tr("(not registered)") : app.registryNumber;
    return tr("case %1 of %2").arg(number, personName(app.immigrantId));
}

QString StepSummaries::refuseAtIntake(const records::Application &app,
                                      const domain::IntakeResult &result) const
{
    QString text =
        tr("Refuse to accept the documents of %1?").arg(whoseCase(app)) + QLatin1String("\n\n");
    if (!result.missing.isEmpty())
        text += tr("Missing: %1.").arg(documentNames(result.missing)) + u'\n';
    if (!result.expired.isEmpty())
        text += tr("Expired: %1.").arg(documentNames(result.expired)) + u'\n';
    return text + tr("The receipt of Appendix 4 lists them; print it in two copies. "
                     "This cannot be undone.");
}

QString StepSummaries::policeStatus(const records::PoliceCheck &check)
{
    const auto day = [](const QDateTime &at) { return at.toLocalTime().date().toString(QStringLiteral("dd.MM.yyyy")); };
    if (!check.positive.has_value())
        return tr("Police: asked on %1, the answer is due on %2.")
            .arg(day(check.sentAt), check.answerDueOn.toString(QStringLiteral("dd.MM.yyyy")));
    QString text = *check.positive ? tr("Police: positive answer of %1.").arg(day(check.answeredAt))
                                   : tr("Police: negative answer of %1.").arg(day(check.answeredAt));
    if (!check.reference.isEmpty())
        text += u' ' + tr("Reference: %1.").arg(check.reference);
    if (!check.note.isEmpty())
        text += u' ' + check.note;
    return text;
}

QString StepSummaries::sendToPolice(const records::Application &app, const QDate &answerDue) const
{
    return tr("Send %1 to the police for the check?").arg(whoseCase(app)) + QLatin1String("\n\n") +
           tr("The answer is due by %1. This cannot be undone.").arg(day(answerDue));
}

QString StepSummaries::issue(const records::Application &app, const store::IssueRequest &plan) const
{
    const QString period = tr("from %1 to %2 (%n month(s))", nullptr, app.requestedMonths)
                               .arg(day(plan.validFrom), day(plan.validTo));
    if (!plan.extendsPermitId.isEmpty()) {
        const auto current = store::PermitRepository(m_db).find(plan.extendsPermitId);
        return tr("Extend permit No. %1 of %2?")
                   .arg(current ? current->number : QString(), personName(app.immigrantId)) +
               QLatin1String("\n\n") +
               tr("The extension runs %1, on the permit's place in the quota.").arg(period) + u' ' +
               tr("This cannot be undone.");
    }
    return tr("Issue a permit to %1?").arg(whoseCase(app)) + QLatin1String("\n\n") +
           tr("Valid %1; it takes a place of the region's quota for %2.")
               .arg(period)
               .arg(plan.quotaYear) +
           u' ' + tr("This cannot be undone.") + QLatin1String("\n\n") +
           // Apart, so that the head weighs the places left before confirming.
           quotaPlaces(plan.regionId, plan.quotaYear, app.id);
}

QString StepSummaries::quotaPlaces(int regionId, int year, const QString &applicationId) const
{
    QString region;
    for (const store::Region &r : store::ReferenceRepository(m_db).regions())
        if (r.id == regionId)
            region = r.names().in(domain::screenLanguage());
    const store::QuotaRepository quotas(m_db);
    const auto quota = quotas.find(regionId, year);
    if (!quota)
        return tr("No quota of %1 is set for %2: an administrator sets it first.")
            .arg(region)
            .arg(year);
    QString text = tr("Free places in the quota of %1, %2: %3 of %4.")
                       .arg(region)
                       .arg(year)
                       .arg(quota->free())
                       .arg(quota->quota);
    if (!applicationId.isEmpty() && quotas.holdsReservation(applicationId, quota->id))
        text += u' ' + tr("A place is reserved for this case; the permit takes it.");
    return text;
}

QString StepSummaries::refuse(const records::Application &app, int ground) const
{
    const auto g = domain::RefusalGrounds::byNumber(ground);
    return tr("Refuse %1 on ground %2?").arg(whoseCase(app)).arg(ground) + QLatin1String("\n\n") +
           (g ? g->text.in(domain::screenLanguage()) + QLatin1String("\n\n") : QString()) +
           tr("The refusal (Appendix 7) is recorded. This cannot be undone.");
}

QString StepSummaries::revoke(const records::Permit &permit, const QString &actIssuer,
                              const QString &actNumber, const QDate &actDate,
                              const QDate &revokedOn, const RevocationDates &dates) const
{
    return tr("Revoke permit No. %1 of %2 on %3?")
               .arg(permit.number, personName(permit.immigrantId), day(revokedOn)) +
           QLatin1String("\n\n") +
           tr("On act No. %1 of %2 by %3.")
               .arg(actNumber.trimmed(), day(actDate), actIssuer.trimmed()) +
           u' ' +
           tr("The stay ends on %1; the police are told (Appendix 9) by %2.")
               .arg(day(dates.stayUntil), day(dates.policeNoticeDueOn)) +
           u' ' + tr("This cannot be undone.");
}

} // namespace ruqsat::cases
