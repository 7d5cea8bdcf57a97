// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/IntakeForm.h"

class QWidget;

namespace ruqsat::intake {
class IntakeService;
}

namespace ruqsat::ui {

// The questions an application's save may have to ask, each showing the two
// versions field by field and changing nothing until the clerk has chosen.

// The IIN typed names an employer on record with other details: keep those
// for this case, or update the employer for every case naming them. Settles
// `form` as chosen; false when the clerk cancels (nothing changes then).
bool askAboutKnownEmployer(QWidget *parent, const intake::IntakeService &service,
                           intake::IntakeForm &form);

// Someone else saved first. The clerk's typing is never dropped unasked.
enum class ConflictAnswer
{
    KeepMine,    // save my typing over the version now stored
    TakeSaved,   // show the saved version instead of my typing
    KeepEditing, // change nothing; my typing stays on screen
};
ConflictAnswer askAboutConflict(QWidget *parent, const QString &message,
                                const intake::IntakeForm &stored, const intake::IntakeForm &mine);

} // namespace ruqsat::ui
