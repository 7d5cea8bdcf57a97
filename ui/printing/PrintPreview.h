// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/FormKind.h"

#include <QString>

class QWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// Shows a form of the Rules for a case or a permit in a print preview, from
// which the clerk prints or saves a PDF. The print language is asked per
// print, whatever the language of the screens. Returns false (after saying
// why) when the form cannot be made.
bool previewForm(QWidget *parent, const store::Database &db, printing::Form form, const QString &key);

} // namespace ruqsat::ui
