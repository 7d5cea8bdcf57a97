// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavingStep.h"

#include "store/ServerRetry.h"

#include <QApplication>

namespace ruqsat::ui {

void runSaving(const store::Database &db, const std::function<void()> &step)
{
    store::ServerRetry::Patience patience;
    // Long enough for a server restart; short enough that the clerk is not
    // left looking at a frozen window.
    patience.reconnectFor = std::chrono::seconds(5);
    patience.outages = 2;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    struct RestoreCursor
    {
        ~RestoreCursor() { QApplication::restoreOverrideCursor(); }
    } restore;
    store::ServerRetry(db, patience).run(step);
}

} // namespace ruqsat::ui
