// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineDesk.h"

#include "complaints/ComplaintActions.h"
#include "domain/Deadlines.h"
#include "domain/PermitTerm.h"
#include "store/DeadlineRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
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

// A permit's clock: which window, or its expiry, and its days.
struct PermitClock
{
    Kind kind;
    QDate opensOn, dueOn;
};

// A permit ending soon: its extension window, its renewal window after 12
// months, or else its expiry; one clock per permit, or none yet.
std::optional<PermitClock> permitClockOf(const QDate &validTo, const QDate &chainStart, bool extending,
                                         const QDate &today)
{
    const QDate notice = today.addDays(DeadlineDesk::kWindowNoticeDays);
    if (domain::PermitTerm::chainIsFull(chainStart, validTo)) {
        const domain::DateRange w = Deadlines::renewalWindow(validTo);
        if (w.first <= notice)
            return PermitClock{Kind::RenewalWindow, w.first, w.last};
    } else if (!extending) {
        const domain::DateRange w = Deadlines::extensionWindow(validTo);
        if (w.first <= notice && today <= w.last)
            return PermitClock{Kind::ExtensionWindow, w.first, w.last};
    }
    if (validTo <= today.addDays(DeadlineDesk::kExpiryNoticeDays))
        return PermitClock{Kind::Expiry, QDate(), validTo};
    return std::nullopt;
}

std::optional<Deadline> permitClock(const store::DeadlineRow &r, const QDate &today)
{
    const auto c = permitClockOf(r.validTo, r.chainStart, r.extending, today);
    if (!c)
        return std::nullopt;
    const QString rule = c->kind == Kind::RenewalWindow     ? QStringLiteral("R-RENEW-AFTER-12")
                         : c->kind == Kind::ExtensionWindow ? QStringLiteral("R-EXTEND-WINDOW")
                                                            : QStringLiteral("R-TERM");
    Deadline d = from(r, c->kind, rule);
    d.opensOn = c->opensOn;
    d.dueOn = c->dueOn;
    return d;
}

// The kinds read one to a row; the permits' three kinds come from one
// source (ClockSource::PermitsEnding) and are told apart by permitClock.
struct SingleSource
{
    store::ClockSource source;
    Kind kind;
    const char *rule; // null: the complaint's addressee says which
};

constexpr SingleSource kSingleSources[] = {
    {store::ClockSource::Decisions, Kind::Decision, "R-DECISION-TERM"},
    {store::ClockSource::PoliceAnswers, Kind::PoliceAnswer, "R-POLICE"},
    {store::ClockSource::Reservations, Kind::Reservation, "R-PORTAL-INTENT"},
    {store::ClockSource::RevocationNotices, Kind::RevocationNotice, "R-REVOKE-POLICE"},
    {store::ClockSource::LateTerminations, Kind::LateTermination, "R-TERMINATION"},
    {store::ClockSource::Complaints, Kind::Complaint, nullptr},
};

// A clock's place in the list: its last day, then its kind.
using Place = std::pair<QDate, int>;

Place placeOf(const QDate &dueOn, Kind kind)
{
    return {dueOn, int(kind)};
}

// Where a page ends: before the group `last`, and `taken` clocks into it;
// or nowhere, when the page holds the whole list.
struct PageEnd
{
    bool whole = true;
    Place last;
    int taken = 0;

    bool keeps(const Place &p) const { return whole || p < last; }
};

PageEnd pageEnd(const QMap<Place, int> &counts, int size)
{
    PageEnd end;
    int before = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (before + it.value() >= size) {
            end.whole = false;
            end.last = it.key();
            end.taken = size - before;
            return end;
        }
        before += it.value();
    }
    return end;
}

} // namespace

DeadlinePage DeadlineDesk::page(const DeadlineFilter &filter, int size, QList<store::Statement> *trace) const
{
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    store::DeadlineScope scope;
    scope.districtIds = filter.districtIds;
    if (filter.districtId != 0) {
        if (!filter.districtIds.isEmpty() && !filter.districtIds.contains(filter.districtId))
            return {}; // a district outside the session's: none of its clocks
        scope.districtIds = {filter.districtId};
    }
    scope.clerk = filter.clerk;
    scope.today = today;
    scope.permitsUntil = today.addDays(
        std::max(kExpiryNoticeDays, Deadlines::kExtensionOpensDaysBefore + kWindowNoticeDays));
    scope.doneSince = today.addDays(-kDoneShownDays);
    const auto wanted = [&filter](Kind k) { return filter.kinds.isEmpty() || filter.kinds.contains(k); };
    const bool permitsWanted = wanted(Kind::ExtensionWindow) || wanted(Kind::RenewalWindow) || wanted(Kind::Expiry);
    store::DeadlineRepository repo(m_db);
    repo.setTrace(trace);

    // Every clock counted by its place, when a page is asked for; each
    // permit's tally row with its place, to know how far to read permits.
    QMap<Place, int> counts;
    QList<std::pair<Place, QDate>> permitPlaces;
    if (size > 0) {
        for (const SingleSource &s : kSingleSources)
            if (wanted(s.kind))
                for (const store::DeadlineTally &t : repo.tally(s.source, scope))
                    counts[placeOf(t.dueOn, s.kind)] += t.count;
        if (permitsWanted)
            for (const store::DeadlineTally &t : repo.tally(store::ClockSource::PermitsEnding, scope))
                if (const auto c = permitClockOf(t.validTo, t.chainStart, t.extending, today); c && wanted(c->kind)) {
                    counts[placeOf(c->dueOn, c->kind)] += t.count;
                    permitPlaces << std::pair(placeOf(c->dueOn, c->kind), t.validTo);
                }
    }
    const PageEnd end = size > 0 ? pageEnd(counts, size) : PageEnd();

    QList<Deadline> items;
    for (const SingleSource &s : kSingleSources) {
        if (!wanted(s.kind))
            continue;
        int limit = 0; // all
        if (!end.whole) {
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                if (it.key().second == int(s.kind) && end.keeps(it.key()))
                    limit += it.value();
            if (end.last.second == int(s.kind))
                limit += end.taken;
            if (limit == 0)
                continue;
        }
        for (const store::DeadlineRow &r : repo.rows(s.source, scope, limit))
            items << from(r, s.kind,
                          s.rule ? QString::fromLatin1(s.rule) : complaints::ComplaintActions::complaintRule(r.detail));
    }
    if (permitsWanted) {
        store::DeadlineScope permits = scope;
        if (!end.whole) {
            // Only the permits whose last days hold the page's permit clocks.
            permits.permitsUntil = QDate();
            for (const auto &[place, validTo] : std::as_const(permitPlaces))
                if (end.keeps(place) || place == end.last) {
                    permits.permitsUntil = std::max(permits.permitsUntil, validTo);
                    permits.permitsFrom = permits.permitsFrom.isValid() ? std::min(permits.permitsFrom, validTo) : validTo;
                }
        }
        int inLast = 0;
        if (permits.permitsUntil.isValid())
            for (const store::DeadlineRow &r : repo.rows(store::ClockSource::PermitsEnding, permits))
                if (auto d = permitClock(r, today); d && wanted(d->kind)) {
                    const Place p = placeOf(d->dueOn, d->kind);
                    if (end.keeps(p) || (p == end.last && inLast++ < end.taken))
                        items << *d;
                }
    }

    // By place; within a place in the store's order, as each source read it.
    std::stable_sort(items.begin(), items.end(), [](const Deadline &a, const Deadline &b) {
        return placeOf(a.dueOn, a.kind) < placeOf(b.dueOn, b.kind);
    });
    DeadlinePage page;
    for (Deadline &d : items)
        describe(d, Words());
    page.items = std::move(items);
    if (size > 0) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            page.counts[urgencyOf(it.key().first, today)] += it.value();
            page.total += it.value();
        }
    } else {
        for (const Deadline &d : std::as_const(page.items))
            ++page.counts[urgencyOf(d.dueOn, today)];
        page.total = page.items.size();
    }
    return page;
}

QList<Deadline> DeadlineDesk::list(const DeadlineFilter &filter, QList<store::Statement> *trace) const
{
    return page(filter, 0, trace).items;
}

} // namespace ruqsat::deadlines
