// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace ruqsat::test {

// Saves the widget as PNG in RUQSAT_SCREENSHOT_DIR when it is set, so a
// person can look at what the widget tests saw.
void saveShot(QWidget *widget, const QString &name);

// Answers the next message box once it is shown (modal boxes would block a
// test), keeping its text in *text when given. Accept presses the default
// (OK/Yes) button, otherwise the box is rejected.
void answerNextMessageBox(QString *text = nullptr, bool accept = true, const QString &shotName = {});

} // namespace ruqsat::test
