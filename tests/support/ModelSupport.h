// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/RegisterTableModel.h"

#include <QTest>

namespace ruqsat::test {

// Lets the event loop run until a register's count has arrived from its
// thread (or failed); false after `timeoutMs`. Use it as
// QVERIFY(test::countArrives(model)).
inline bool countArrives(const itemmodels::RegisterTableModel &model, int timeoutMs = 20000)
{
    return QTest::qWaitFor(
               [&] { return model.matchCount().has_value() || !model.countError().isEmpty(); },
               timeoutMs) &&
           model.matchCount().has_value();
}

} // namespace ruqsat::test
