// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/FormKind.h"
#include "printing/FormRenderer.h"

#include <QList>
#include <QStringList>

#include <QString>

class QWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// Shows a form of the Rules for a case or a permit in a print preview, from
// which the clerk prints or saves a PDF. The print language is asked per
// print, whatever the language of the screens. The store's template folder
// (print.override_dir) comes first, as for ruqsatctl. Returns false (after
// saying why) when the form cannot be made. `copyNumber` > 0 prints the
// permit as that recorded copy (R-DUPLICATE), mark and QR.
bool previewForm(QWidget *parent, const store::Database &db, printing::Form form,
                 const QString &key, int copyNumber = 0);

// Asks the language of the forms (Kazakh, Russian or both); empty when the
// clerk cancels.
QList<printing::Language> askPrintLanguages(QWidget *parent);

// Prints many permits (Appendix 5) into one PDF or onto a printer, with a
// progress dialog that can cancel. Returns false when nothing was printed.
bool printPermitBatch(QWidget *parent, const store::Database &db, const QStringList &permitNumbers);

} // namespace ruqsat::ui
