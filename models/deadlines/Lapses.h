// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::deadlines {

// What ran out by a day: permits past their last day and portal
// reservations past theirs.
struct Lapses
{
    int permits = 0;
    int reservations = 0;
};

// R-TERM, R-QUOTA, R-PORTAL-INTENT: a permit past its last day becomes
// expired and frees its quota place; a live reservation past its last day
// ends and frees its place. Run whenever a store is opened for writing (the
// window, every ruqsatctl command) and by the window as days pass, so every
// reader finds the same state whether or not anybody worked that day. On a
// secured server each user expires what their districts hold (the row
// policies); what a read-only store holds is left to the next writer.
// Throws StoreError.
Lapses expireLapsed(const store::Database &db, const QDate &today);

} // namespace ruqsat::deadlines
