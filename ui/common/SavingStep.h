// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// Runs a clerk's saving step (one core call that commits) through
// store::ServerRetry with the patience of a desk: collisions run again at
// once, and a server that went away is waited for a few seconds, under a
// wait cursor, before the step is reported as not saved (the banner then
// goes on reconnecting). Throws the step's store::StoreError when it is
// refused.
void runSaving(const store::Database &db, const std::function<void()> &step);

} // namespace ruqsat::ui
