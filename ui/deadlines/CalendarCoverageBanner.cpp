// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCoverageBanner.h"

#include "deadlines/CalendarCoverage.h"
#include "store/StoreError.h"

namespace ruqsat::ui {

CalendarCoverageBanner::CalendarCoverageBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("calendarCoverage"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("background: #fff4e5; color: #5d3a00; border: 1px solid #f0b46c; "
                                 "padding: 6px;"));
    hide();
}

void CalendarCoverageBanner::check(const store::Database &db, QDate today, bool mayChange)
{
    QList<int> missing;
    try {
        missing = deadlines::CalendarCoverage::missingYears(db, today);
    } catch (const store::StoreError &) {
        // The list below reports a store that cannot be read; one message is enough.
    }
    setText(deadlines::CalendarCoverage::warning(missing, mayChange));
    setVisible(!missing.isEmpty());
}

} // namespace ruqsat::ui
