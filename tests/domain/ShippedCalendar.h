// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/WorkCalendar.h"

namespace ruqsat::test {

// The exceptions of every resources/calendar/kz-YYYY.csv built into
// ruqsat_core (the files a new store is seeded with). Fails the test when one
// does not parse.
QList<domain::CalendarException> shippedCalendarRows();
domain::WorkCalendar shippedCalendar();

} // namespace ruqsat::test
