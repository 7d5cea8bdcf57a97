// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DateRange.h"
#include "records/People.h"
#include "records/Permit.h"

#include <optional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::cases {

// R-RENEW-AFTER-12: a person whose permit has reached 12 months, counting
// its extensions, applies for a new permit only in the last days of the
// current one (domain::Deadlines::renewalWindow).
struct Renewal
{
    records::Permit current; // the permit in force whose chain is full
    domain::DateRange window;

    bool allows(QDate receivedOn) const { return window.contains(receivedOn); }
    // For the clerk: the permit, its last day and the window; translated.
    QString notice() const;
    // Why an application received on `receivedOn` is not taken; translated.
    QString refusal(QDate receivedOn) const;
};

// The rule as it stands for `immigrant` asking for a new permit on
// `receivedOn`: their permit in force on that day whose chain can take no
// more extension. The person is found by the record's id and by IIN or
// passport number and citizenship too, since a person typed in again is a
// new record. Nothing when the rule does not apply (no such permit, or it
// ended before that day).
std::optional<Renewal> renewalFor(const store::Database &db, const records::Immigrant &immigrant,
                                  QDate receivedOn);

} // namespace ruqsat::cases
