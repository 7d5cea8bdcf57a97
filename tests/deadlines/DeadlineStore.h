// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A store with a case or permit behind every kind of statutory clock (issue
// #12), made through the program's own steps on the shipped 2026 calendar
// (Nauryz on 23-25 March) with Saturday 28 March made a working day; the
// clocks are read on Friday 27 March.
#include "CaseFactory.h"
#include "cases/CaseWorkflow.h"
#include "cases/PermitActions.h"
#include "complaints/ComplaintActions.h"
#include "domain/CalendarCsv.h"
#include "domain/Deadlines.h"
#include "intake/IntakeService.h"
#include "store/CalendarRepository.h"
#include "store/Query.h"
#include "store/QuotaRepository.h"
#include "store/SqlDialect.h"

#include <QTimeZone>

namespace ruqsat::test {

using namespace ruqsat::records;

inline const QDate kToday(2026, 3, 27); // a Friday, after Nauryz
inline const cases::Session kHead{QString(), QStringLiteral("head1"), Role::Head, {}};

inline QDateTime almaty(QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone("Asia/Almaty"));
}

// The shipped 2026 calendar with Saturday 28 March worked.
inline void workSaturday(const store::Database &db)
{
    const store::CalendarRepository calendar(db);
    QList<domain::CalendarException> rows = calendar.year(2026);
    rows << domain::CalendarException{QDate(2026, 3, 28), domain::CalendarException::Kind::Workday,
                                      QStringLiteral("Saturday worked")};
    calendar.replaceYears(domain::CalendarCsv::parse(domain::CalendarCsv::format(rows)), QStringLiteral("test"));
}

// What the store holds behind each clock.
struct DeadlineStore
{
    Application received;  // R-DECISION-TERM: received on Thursday 26 March
    Application atPolice;  // R-POLICE: sent on Friday 27 March
    Application reserved;  // R-PORTAL-INTENT: reservation ends today
    Permit revoked;        // R-REVOKE-POLICE
    Permit noticeSent;     // R-REVOKE-POLICE, notice sent
    Permit terminatedLate; // R-TERMINATION
    Permit extendable;     // R-EXTEND-WINDOW: its window closes today
    Permit atTwelveMonths; // R-RENEW-AFTER-12
    Permit ending;         // expiry: its extension window has closed
    Permit farOff;         // no clock yet
    QString forwardComplaint, providerComplaint;
};

inline Permit permit(const test::CaseFactory &f, QDate from, QDate to)
{
    return f.issuePermit(f.acceptedCase(), from, to);
}

inline DeadlineStore fillDeadlineStore(const store::Database &db)
{
    workSaturday(db);
    const test::CaseFactory f(db);
    const store::QuotaRepository quotas(db);
    quotas.setQuota(f.almatyRegionId(), 2025, 10, QStringLiteral("admin"));
    const auto quota = quotas.setQuota(f.almatyRegionId(), 2026, 20, QStringLiteral("admin"));
    DeadlineStore s;

    // Received on Thursday at 10:00: two working days are Friday and the worked Saturday.
    s.received = f.acceptedCase();
    s.received.receivedAt = almaty(QDate(2026, 3, 26), QTime(10, 0));
    const auto [receivedOn, due] = intake::IntakeService(db, QStringLiteral("test")).receiptTerms(s.received);
    store::Query(db, QStringLiteral("UPDATE applications SET effective_received_on = :r, decision_due_on = :d "
                                    "WHERE id = :id"))
        .bind(QStringLiteral(":r"), store::SqlDialect::date(receivedOn))
        .bind(QStringLiteral(":d"), store::SqlDialect::date(due))
        .bind(QStringLiteral(":id"), s.received.id)
        .exec();

    const cases::CaseWorkflow workflow(db, kHead);
    s.atPolice = f.acceptedCase();
    workflow.sendToPolice(s.atPolice, almaty(kToday, QTime(11, 0)));
    // An answered request has no clock.
    Application answered = f.acceptedCase();
    const PoliceCheck check = workflow.sendToPolice(answered, almaty(QDate(2026, 3, 26), QTime(11, 0)));
    workflow.recordPoliceAnswer(check.id, true, almaty(kToday, QTime(9, 0)));

    s.reserved = f.acceptedCase();
    quotas.reserve(s.reserved.id, quota.id,
                   domain::Deadlines::intentReservationLastDay(QDate(2026, 3, 17)), QStringLiteral("test"));

    const cases::PermitActions actions(db, kHead);
    s.revoked = permit(f, QDate(2026, 3, 2), QDate(2026, 9, 1));
    actions.revoke(s.revoked.id, QStringLiteral("Labour inspection"), QStringLiteral("7"), QDate(2026, 3, 20),
                   QDate(2026, 3, 20));
    s.noticeSent = permit(f, QDate(2026, 3, 2), QDate(2026, 9, 1));
    actions.revoke(s.noticeSent.id, QStringLiteral("Labour inspection"), QStringLiteral("8"),
                   QDate(2026, 3, 20), QDate(2026, 3, 20));
    actions.recordRevocationNotice(s.noticeSent.id, QDate(2026, 3, 26));
    s.terminatedLate = permit(f, QDate(2026, 3, 2), QDate(2026, 9, 1));
    actions.recordTermination(s.terminatedLate.id, QDate(2026, 3, 19), kToday);
    // In time: no clock.
    const Permit terminatedInTime = permit(f, QDate(2026, 3, 2), QDate(2026, 9, 1));
    actions.recordTermination(terminatedInTime.id, QDate(2026, 3, 19), QDate(2026, 3, 20));

    s.extendable = permit(f, QDate(2026, 1, 2), QDate(2026, 4, 1));
    s.atTwelveMonths = permit(f, QDate(2025, 3, 31), QDate(2026, 3, 30));
    s.ending = permit(f, QDate(2026, 1, 1), QDate(2026, 3, 31));
    s.farOff = permit(f, QDate(2026, 1, 1), QDate(2026, 6, 30));

    Complaint forward;
    forward.applicationId = s.received.id;
    forward.addressee = QStringLiteral("forward");
    forward.complainant = QStringLiteral("Karimov Rustam");
    forward.registeredOn = QDate(2026, 3, 26);
    complaints::ComplaintActions(db, kHead).registerComplaint(forward);
    s.forwardComplaint = forward.id;
    Complaint provider = forward;
    provider.id.clear();
    provider.applicationId.clear();
    provider.permitId = s.farOff.id;
    provider.addressee = QStringLiteral("provider");
    provider.registeredOn = QDate(2026, 3, 20);
    complaints::ComplaintActions(db, kHead).registerComplaint(provider);
    s.providerComplaint = provider.id;
    return s;
}

} // namespace ruqsat::test
