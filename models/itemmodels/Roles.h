// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace ruqsat::itemmodels {

// Every custom role of the item models, in one place.
enum Role {
    IdRole = Qt::UserRole + 1, // the record's id (QString)
    CodeRole,                  // the stored code of an enum column (status, kind, channel)
    UrgencyRole,               // Urgency of a deadline column (int)
    DateRole,                  // the QDate behind a date column
};

// How close a statutory deadline is, for the colour of its cell.
enum class Urgency { None, Later, Tomorrow, Today, Overdue };

} // namespace ruqsat::itemmodels
