// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ruqsat::reports {

// What a report counts, and by which date and clerk (docs/REPORTS.md):
//   Issued           permits of a new chain, by the moment they were issued
//                    (= the issue decision); clerk: who decided (issued_by)
//   Extended         permits extending another (R-QUOTA-EXTEND), likewise
//   Refused          refusals of the service (Appendix 7, R-REFUSE-*), by
//                    the moment decided; clerk: who decided
//   RefusedAtIntake  refusals to accept the documents (R-INCOMPLETE,
//                    Appendix 4), by the moment decided; clerk: who decided
//   Revoked          revocations (R-REVOKE), by the day of revocation;
//                    clerk: who recorded it
//   Terminated       terminations (R-TERMINATION, Appendix 6), by the day
//                    the employer's notice came; clerk: who recorded it
//   Copies           copies of permits (R-DUPLICATE), by the moment issued;
//                    clerk: who recorded the copy
//   DecisionTerm     decisions to issue, extend or refuse (R-DECISION-TERM),
//                    by the moment decided: in time when decided on or before
//                    the case's due day (applications.decision_due_on, the
//                    day the intake computed), late after it
// Moments are stored in UTC; a period's days are days in Kazakhstan
// (domain::kazakhstanTimeZone()), as the clerk saw them.
enum class Kind
{
    Issued,
    Extended,
    Refused,
    RefusedAtIntake,
    Revoked,
    Terminated,
    Copies,
    DecisionTerm
};

// How the rows are grouped. Ground applies to the refusals only (Refused);
// None is one line, the total.
enum class Grouping
{
    None,
    District,
    Citizenship,
    Channel,
    Month,
    Ground,
    Clerk
};

QList<Kind> allKinds();
QList<Grouping> allGroupings();
// The names of the command line and of the JSON: issued, extended, refused,
// refused-at-intake, revoked, terminated, copies, decision-term; none,
// district, citizenship, channel, month, ground, clerk.
QString code(Kind kind);
QString code(Grouping grouping);
std::optional<Kind> kindFromCode(const QString &code);
std::optional<Grouping> groupingFromCode(const QString &code);
// Whether `kind` can be grouped by `grouping` (ground: refusals only).
bool groups(Kind kind, Grouping grouping);

// The days a report covers, both included.
struct Period
{
    QDate from, to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

// One line of a report: a group and what it counted. For DecisionTerm,
// `count` is the decisions taken, `inTime` those taken by their due day and
// late() the rest; for the other kinds inTime is 0.
struct ReportLine
{
    QString key;   // district id, country code, channel code, YYYY-MM, ground number, login
    QString label; // in the language asked for
    int count = 0;
    int inTime = 0;
    int late() const { return count - inTime; }
    // Decisions in time, per cent of the decisions (one decimal); 0 of none.
    double inTimePercent() const { return count ? inTime * 100.0 / count : 0.0; }
    bool operator==(const ReportLine &) const = default;
};

} // namespace ruqsat::reports
