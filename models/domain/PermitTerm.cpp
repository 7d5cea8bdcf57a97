// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitTerm.h"

#include <QCoreApplication>

namespace ruqsat::domain {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::domain::PermitTerm", text);
}
} // namespace

QDate PermitTerm::validTo(QDate from, int months)
{
    if (!from.isValid() || months < 0)
        return {};
    // R-TERM: the first day of the month N months on, then the same day in
    // it if that day exists.
    const QDate firstOfTarget = QDate(from.year(), from.month(), 1).addMonths(months);
    if (from.day() <= firstOfTarget.daysInMonth())
        return QDate(firstOfTarget.year(), firstOfTarget.month(), from.day()).addDays(-1);
    // The same day does not exist: the last day of the shorter month.
    return QDate(firstOfTarget.year(), firstOfTarget.month(), firstOfTarget.daysInMonth());
}

bool PermitTerm::chainIsFull(QDate chainStart, QDate currentValidTo)
{
    return request(extensionStart(currentValidTo), kMinMonths, chainStart).refusal ==
           Refusal::BeyondChainLimit;
}

PermitTerm::Result PermitTerm::request(QDate from, int months, QDate chainStart)
{
    Result r;
    if (!from.isValid()) {
        r.refusal = Refusal::InvalidDate;
        r.reason = tr("The first day of the permit is not a valid date.");
        return r;
    }
    if (months < kMinMonths || months > kMaxMonths) { // R-TERM: 1 to 12 months
        r.refusal = Refusal::MonthsOutOfRange;
        r.reason = tr("A permit is issued or extended for 1 to 12 months, not %1.").arg(months);
        return r;
    }
    const QDate start = chainStart.isValid() ? chainStart : from;
    if (from < start) {
        r.refusal = Refusal::StartsBeforeChain;
        r.reason = tr("The permit cannot start before the first permit of its chain.");
        return r;
    }
    // R-TERM: counting every extension, never past 12 months from the chain's first day.
    const QDate limit = chainLimit(start);
    const QDate end = validTo(from, months);
    if (end <= limit) {
        r.validTo = end;
        return r;
    }
    r.refusal = Refusal::BeyondChainLimit;
    for (int m = months - 1; m >= kMinMonths; --m) {
        if (validTo(from, m) <= limit) {
            r.maxMonths = m;
            break;
        }
    }
    r.reason = r.maxMonths > 0
                   ? tr("With this term the permits since %1 would pass 12 months (the last "
                        "allowed day is %2); at most %3 month(s) can be granted.")
                         .arg(start.toString(Qt::ISODate), limit.toString(Qt::ISODate))
                         .arg(r.maxMonths)
                   // R-RENEW-AFTER-12: past the cap only a new permit is possible.
                   : tr("The permits since %1 reach the 12-month limit on %2: no extension is "
                        "possible; a new permit must be applied for.")
                         .arg(start.toString(Qt::ISODate), limit.toString(Qt::ISODate));
    return r;
}

} // namespace ruqsat::domain
