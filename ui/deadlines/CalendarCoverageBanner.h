// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLabel>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// The Deadlines tab's warning that the working-day calendar lacks this year
// or, from 1 November on, the next (deadlines::CalendarCoverage). Hidden
// when both are there.
class CalendarCoverageBanner : public QLabel
{
    Q_OBJECT
public:
    explicit CalendarCoverageBanner(QWidget *parent = nullptr);

    // Reads the store's covered years as of `today`; `mayChange`: the user
    // is an administrator, who is told where to import it.
    void check(const store::Database &db, QDate today, bool mayChange);
};

} // namespace ruqsat::ui
