// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveQuestions.h"

#include "common/DifferencesDialog.h"
#include "intake/IntakeService.h"
#include "records/CodeLabels.h"

#include <QCoreApplication>

namespace ruqsat::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::ui::SaveQuestions)
};

enum Choice
{
    KeepStored = 1,
    UpdateStored,
    KeepMine,
    TakeSaved,
    KeepEditing
};

} // namespace

bool askAboutKnownEmployer(QWidget *parent, const intake::IntakeService &service,
                           intake::IntakeForm &form)
{
    using intake::IntakeService;
    const auto known = service.knownEmployer(form);
    if (!known)
        return true;
    if (known->differences.isEmpty()) {
        IntakeService::settleEmployer(form, known->stored,
                                      IntakeService::EmployerChoice::KeepStored);
        return true;
    }
    DifferencesDialog dialog(
        Tr::tr("Employer already on record"),
        Tr::tr("An employer with IIN %1 is already on record, with other details than those "
               "typed:")
            .arg(known->stored.iin),
        known->differences, Tr::tr("On record"), Tr::tr("Typed"), parent);
    dialog.setObjectName(QStringLiteral("knownEmployerDialog"));
    dialog.addNote(
        Tr::tr("Updating the employer changes them on every case that names them, older cases "
               "included. Keeping the details on record leaves those cases as they are."));
    dialog.addNote(
        Tr::tr("Real estate typed that is not on record is added to the employer either way."));
    dialog.addChoice(KeepStored, Tr::tr("&Keep the details on record"),
                     QStringLiteral("keepStored"));
    dialog.addChoice(UpdateStored, Tr::tr("&Update the employer for every case"),
                     QStringLiteral("updateStored"));
    dialog.addChoice(KeepEditing, Tr::tr("&Cancel"), QStringLiteral("keepEditing"));
    switch (dialog.exec()) {
    case KeepStored:
        IntakeService::settleEmployer(form, known->stored,
                                      IntakeService::EmployerChoice::KeepStored);
        return true;
    case UpdateStored:
        IntakeService::settleEmployer(form, known->stored,
                                      IntakeService::EmployerChoice::UpdateStored);
        return true;
    default:
        return false;
    }
}

ConflictAnswer askAboutConflict(QWidget *parent, const QString &message,
                                const intake::IntakeForm &stored, const intake::IntakeForm &mine)
{
    using intake::IntakeService;
    DifferencesDialog dialog(Tr::tr("Saved by someone else"), message,
                             IntakeService::differences(stored, mine), Tr::tr("Saved"),
                             Tr::tr("Yours"), parent);
    dialog.setObjectName(QStringLiteral("conflictDialog"));
    if (IntakeService::mayKeepMine(stored)) {
        dialog.addNote(Tr::tr(
            "Your typing stays on screen until you choose. Saving yours replaces the saved values "
            "shown; the record keeps both."));
        dialog.addChoice(KeepMine, Tr::tr("&Save mine over it"), QStringLiteral("keepMine"));
    } else {
        dialog.addNote(
            Tr::tr(
                "The case is now \"%1\": it is no longer a draft, so your typing cannot be saved "
                "over it. Your typing stays on screen until you choose.")
                .arg(records::label(stored.application.status)));
    }
    dialog.addChoice(TakeSaved, Tr::tr("&Take the saved version"), QStringLiteral("takeSaved"));
    dialog.addChoice(KeepEditing, Tr::tr("&Keep editing"), QStringLiteral("keepEditing"));
    switch (dialog.exec()) {
    case KeepMine:
        return ConflictAnswer::KeepMine;
    case TakeSaved:
        return ConflictAnswer::TakeSaved;
    default:
        return ConflictAnswer::KeepEditing;
    }
}

} // namespace ruqsat::ui
