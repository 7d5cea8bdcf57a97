// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace ruqsat::domain {

// A closed range of calendar days: both `first` and `last` belong to it.
struct DateRange
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool contains(QDate day) const { return isValid() && first <= day && day <= last; }
    bool operator==(const DateRange &) const = default;
};

} // namespace ruqsat::domain
