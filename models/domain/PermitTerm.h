// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ruqsat::domain {

// R-TERM (§19): the period of a permit and the 12-month cap of a chain of
// extensions.
//
// The end of a term of N months from day D ("valid_to", the last valid day):
// - if the month N months after D has the day-of-month of D, the day before
//   it: 15 Jan + 1 month -> 14 Feb; 1 Mar + 1 month -> 31 Mar;
// - if it has not (D is the 29th-31st and the month is shorter), the last day
//   of that shorter month: 31 Jan + 1 -> 28 Feb (29 Feb in a leap year);
//   30 Jan 2028 + 1 -> 29 Feb 2028; 31 Mar + 1 -> 30 Apr.
// So a term never ends later than the day before the same day N months on,
// and never leaves a day of the shorter month uncovered.
//
// A chain starts with the first permit; each extension starts the day after
// the current permit ends, and the chain's last day may not pass
// validTo(chainStart, 12).
class PermitTerm
{
public:
    static constexpr int kMinMonths = 1;
    static constexpr int kMaxMonths = 12;

    enum class Refusal {
        None,
        MonthsOutOfRange,   // not 1..12
        InvalidDate,        // from or chain start missing or malformed
        StartsBeforeChain,  // from < chain start
        BeyondChainLimit,   // the chain would pass 12 months; see maxMonths
    };

    struct Result
    {
        Refusal refusal = Refusal::None;
        QDate validTo;     // set when ok()
        int maxMonths = 0; // when refused for the cap: the longest whole-month term still allowed (0: none)
        QString reason;    // translated; empty when ok()

        bool ok() const { return refusal == Refusal::None; }
    };

    // The last valid day of a term of `months` from `from` (convention above).
    static QDate validTo(QDate from, int months);
    // The first day of an extension of a permit that ends on `currentValidTo`.
    static QDate extensionStart(QDate currentValidTo) { return currentValidTo.addDays(1); }
    // The last day any permit of the chain begun on `chainStart` may reach.
    static QDate chainLimit(QDate chainStart) { return validTo(chainStart, kMaxMonths); }
    // R-RENEW-AFTER-12: the chain begun on `chainStart`, whose current
    // permit ends on `currentValidTo`, takes no extension of even one month:
    // only a new permit follows it.
    static bool chainIsFull(QDate chainStart, QDate currentValidTo);
    // Checks a request for `months` from `from`. Without a chain start the
    // request is a first permit (the chain starts at `from`).
    static Result request(QDate from, int months, QDate chainStart = {});
};

} // namespace ruqsat::domain
