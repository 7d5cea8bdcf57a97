// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineDesk.h"

#include "complaints/ComplaintActions.h"
#include "domain/Deadlines.h"
#include "domain/PermitTerm.h"
#include "store/DeadlineRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace ruqsat::deadlines {

namespace {

using domain::Deadlines;

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

Deadline from(const store::DeadlineRow &r, Kind kind, const QString &rule)
{
    Deadline d;
    d.kind = kind;
    d.rule = rule;
    d.dueOn = r.dueOn;
    d.doneOn = r.doneOn;
    d.caseId = r.caseId;
    d.registryNumber = r.registryNumber;
    d.permitId = r.permitId;
    d.permitNumber = r.permitNumber;
    d.districtId = r.districtId;
    d.clerk = r.clerk;
    d.person = r.person;
    d.detail = r.detail;
    return d;
}

} // namespace

void describe(Deadline &d, const Words &words)
{
    switch (d.kind) {
    case Kind::Decision:
        d.ruleText = words(QT_TRANSLATE_N_NOOP("ruqsat::deadlines", "The decision is taken within %n working day(s) of receipt."), Deadlines::kDecisionWorkingDays);
        d.action = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Decide: issue, extend or refuse."));
        break;
    case Kind::PoliceAnswer:
        d.ruleText = words(QT_TRANSLATE_N_NOOP("ruqsat::deadlines", "The police answer within %n working day(s)."), Deadlines::kPoliceAnswerWorkingDays);
        d.action = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Ask the police for their answer, then record it."));
        break;
    case Kind::Reservation:
        d.ruleText = words(QT_TRANSLATE_N_NOOP("ruqsat::deadlines", "A quota place is held %n calendar day(s) after the agreement of intent."), Deadlines::kIntentReservationDays);
        d.action = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Issue the permit by this day, or the place is released."));
        break;
    case Kind::ExtensionWindow:
        d.ruleText = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "An extension is applied for from %1 to %2 calendar days before expiry."))
                         .arg(Deadlines::kExtensionOpensDaysBefore)
                         .arg(Deadlines::kExtensionClosesDaysBefore);
        d.action = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Tell the employer: extension from %1 to %2.")).arg(day(d.opensOn), day(d.dueOn));
        break;
    case Kind::RenewalWindow:
        d.ruleText = words(QT_TRANSLATE_N_NOOP("ruqsat::deadlines", "After 12 months a new permit is applied for in the last %n day(s) of the "
                            "current one."), Deadlines::kRenewalWindowDays);
        d.action = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Tell the employer: a new permit from %1 to %2.")).arg(day(d.opensOn), day(d.dueOn));
        break;
    case Kind::Expiry:
        d.ruleText = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "The permit is valid up to its last day."));
        d.action = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "It can no longer be extended; it expires after %1.")).arg(day(d.dueOn));
        break;
    case Kind::RevocationNotice:
        d.ruleText = words(QT_TRANSLATE_N_NOOP("ruqsat::deadlines", "Appendix 9 goes to the police within %n working day(s) of revocation."), Deadlines::kRevocationPoliceWorkingDays);
        d.action = d.isDone() ? words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Sent on %1.")).arg(day(d.doneOn))
                              : words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Print Appendix 9 and send it to the police."));
        break;
    case Kind::LateTermination:
        d.ruleText = words(QT_TRANSLATE_N_NOOP("ruqsat::deadlines", "The employer notifies within %n working day(s) of the contract's end."), Deadlines::kTerminationNoticeWorkingDays);
        d.action = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "The notice came late, on %1: tell the labour inspection.")).arg(day(d.doneOn));
        break;
    case Kind::Complaint:
        if (d.detail == QLatin1String("forward")) {
            d.ruleText = words(QT_TRANSLATE_N_NOOP("ruqsat::deadlines", "An appealed body forwards the complaint with the case file within %n "
                                "working day(s), unless it grants it in full."), Deadlines::kComplaintForwardWorkingDays);
            d.action = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Forward the complaint with the case file, or grant it."));
        } else if (d.detail == QLatin1String("quality")) {
            d.ruleText = words(QT_TRANSLATE_N_NOOP("ruqsat::deadlines", "The quality body considers a complaint within %n working day(s)."), Deadlines::kComplaintQualityWorkingDays);
            d.action = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Answer the quality body's request."));
        } else {
            d.ruleText = words(QT_TRANSLATE_N_NOOP("ruqsat::deadlines", "A complaint to the provider is considered within %n working day(s)."), Deadlines::kComplaintProviderWorkingDays);
            d.action = words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Consider the complaint and answer it."));
        }
        break;
    }
}

namespace {

// A permit ending soon: its extension window, its renewal window after 12
// months, or else its expiry; one clock per permit.
std::optional<Deadline> permitClock(const store::DeadlineRow &r, const QDate &today)
{
    const QDate notice = today.addDays(DeadlineDesk::kWindowNoticeDays);
    if (domain::PermitTerm::chainIsFull(r.chainStart, r.validTo)) {
        const domain::DateRange w = Deadlines::renewalWindow(r.validTo);
        if (w.first <= notice) {
            Deadline d = from(r, Kind::RenewalWindow, QStringLiteral("R-RENEW-AFTER-12"));
            d.opensOn = w.first;
            d.dueOn = w.last;
            return d;
        }
    } else if (!r.extending) {
        const domain::DateRange w = Deadlines::extensionWindow(r.validTo);
        if (w.first <= notice && today <= w.last) {
            Deadline d = from(r, Kind::ExtensionWindow, QStringLiteral("R-EXTEND-WINDOW"));
            d.opensOn = w.first;
            d.dueOn = w.last;
            return d;
        }
    }
    if (r.validTo <= today.addDays(DeadlineDesk::kExpiryNoticeDays))
        return from(r, Kind::Expiry, QStringLiteral("R-TERM"));
    return std::nullopt;
}

} // namespace

QList<Deadline> DeadlineDesk::list(const DeadlineFilter &filter, QList<store::Statement> *trace) const
{
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    store::DeadlineScope scope;
    scope.districtIds = filter.districtIds;
    scope.today = today;
    scope.permitsUntil = today.addDays(
        std::max(kExpiryNoticeDays, Deadlines::kExtensionOpensDaysBefore + kWindowNoticeDays));
    scope.doneSince = today.addDays(-kDoneShownDays);
    const auto wanted = [&filter](Kind k) { return filter.kinds.isEmpty() || filter.kinds.contains(k); };
    store::DeadlineRepository repo(m_db);
    repo.setTrace(trace);

    QList<Deadline> items;
    const auto add = [&](const QList<store::DeadlineRow> &rows, Kind kind, const QString &rule) {
        if (!wanted(kind))
            return;
        for (const store::DeadlineRow &r : rows)
            items << from(r, kind,
                          rule.isEmpty() ? complaints::ComplaintActions::complaintRule(r.detail)
                                         : rule);
    };
    if (wanted(Kind::Decision))
        add(repo.decisions(scope), Kind::Decision, QStringLiteral("R-DECISION-TERM"));
    if (wanted(Kind::PoliceAnswer))
        add(repo.policeAnswers(scope), Kind::PoliceAnswer, QStringLiteral("R-POLICE"));
    if (wanted(Kind::Reservation))
        add(repo.reservations(scope), Kind::Reservation, QStringLiteral("R-PORTAL-INTENT"));
    if (wanted(Kind::ExtensionWindow) || wanted(Kind::RenewalWindow) || wanted(Kind::Expiry))
        for (const store::DeadlineRow &r : repo.permitsEnding(scope))
            if (auto d = permitClock(r, today); d && wanted(d->kind))
                items << *d;
    if (wanted(Kind::RevocationNotice))
        add(repo.revocationNotices(scope), Kind::RevocationNotice, QStringLiteral("R-REVOKE-POLICE"));
    if (wanted(Kind::LateTermination))
        add(repo.lateTerminations(scope), Kind::LateTermination, QStringLiteral("R-TERMINATION"));
    if (wanted(Kind::Complaint))
        add(repo.complaints(scope), Kind::Complaint, QString());

    QList<Deadline> kept;
    for (Deadline &d : items) {
        if (filter.districtId != 0 && d.districtId != filter.districtId)
            continue;
        if (!filter.clerk.isEmpty() && d.clerk != filter.clerk)
            continue;
        describe(d, Words());
        kept << d;
    }
    std::sort(kept.begin(), kept.end(), [](const Deadline &a, const Deadline &b) {
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return (a.registryNumber + a.permitNumber) < (b.registryNumber + b.permitNumber);
    });
    return kept;
}

} // namespace ruqsat::deadlines
