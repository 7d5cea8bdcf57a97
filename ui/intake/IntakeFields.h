// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/IntakeForm.h"

#include <QList>

namespace ruqsat::ui {

// The fields of the intake editor that are typed as text, by name, with how
// each is read from and written to the form. One table, so that the editor,
// its drafts and its checks agree on every field, those added later too.
struct IntakeTextField
{
    const char *name;
    QString (*read)(const intake::IntakeForm &);
    void (*write)(intake::IntakeForm &, const QString &);
};
const QList<IntakeTextField> &intakeTextFields();

// The date fields. What is typed is read by domain::TypedDate: a day that
// does not exist is kept as typed in form.unparsedDates, for the checks to
// refuse beside the field, never stored as no date.
struct IntakeDateField
{
    const char *name;
    QDate &(*at)(intake::IntakeForm &);
};
const QList<IntakeDateField> &intakeDateFields();

// The time of receipt, typed and shown as on the paper: Kazakhstan time,
// "dd.MM.yyyy HH:mm". A text that is not such a time is kept in
// form.unparsedDates under "application.receivedAt".
QString receivedAtText(const intake::IntakeForm &form);
void setReceivedAt(intake::IntakeForm &form, const QString &typed);

} // namespace ruqsat::ui
