// SPDX-License-Identifier: GPL-3.0-or-later
// What the intake editor does with what was typed: the draft on disk,
// saving and submitting through the store (ui::runSaving), and the choice a
// clerk makes when someone else saved the case first. The fields and their
// checks are in IntakeEditor.cpp.
#include "IntakeEditor.h"
#include "SaveQuestions.h"
#include "common/SavingStep.h"
#include "intake/IntakeService.h"
#include "records/RecordChanges.h"
#include "store/StoreError.h"

#include <QLabel>
#include <QMessageBox>

namespace ruqsat::ui {

using intake::IntakeForm;

void IntakeEditor::writeDraft()
{
    QString error;
    if (!m_drafts.save(form(), &error))
        m_mrzMessage->setText(
            tr("The draft could not be written (%1); keep this window open and save.").arg(error));
}

bool IntakeEditor::entryAccepted(const IntakeForm &f, const QString &title)
{
    if (intake::checkEntry(f).ok())
        return true;
    m_dirty = true;
    validate();
    QMessageBox::warning(
        this, title, tr("Some fields need attention: the messages beside them say what to fix."));
    writeDraft(); // what was typed stays on disk too
    return false;
}

IntakeForm IntakeEditor::savedThroughRetries(const IntakeForm &typed,
                                             const std::function<void(IntakeForm &)> &step) const
{
    // Each run starts from the typed form: a run rolled back may have given
    // it ids and versions that were never stored. The last run is the one
    // stored, even when the server's answer to its COMMIT was lost and its
    // commit mark said it was saved (ServerRetry returns without running it
    // again): its ids are the new case's, and the next save updates that
    // case instead of writing a second one.
    IntakeForm attempt;
    runSaving(m_db, [&] {
        attempt = typed;
        step(attempt);
    });
    return attempt;
}

bool IntakeEditor::save()
{
    IntakeForm f = form();
    if (!entryAccepted(f, tr("Not saved")))
        return false;
    const intake::IntakeService service(m_db, m_actor, m_scope);
    if (!askAboutKnownEmployer(this, service, f))
        return false;
    try {
        f = savedThroughRetries(f, [&service](IntakeForm &attempt) { service.save(attempt); });
    } catch (const store::StoreError &e) {
        writeDraft(); // what was typed stays on disk too
        if (e.kind() == store::StoreError::Kind::Conflict)
            return resolveConflict(f, e.message());
        QMessageBox::warning(this, tr("Not saved"), e.message());
        return false;
    }
    saved(f);
    writeDraft();
    return true;
}

bool IntakeEditor::submit()
{
    IntakeForm f = form();
    const intake::IntakeService service(m_db, m_actor, m_scope);
    const auto check = service.check(f);
    if (!check.ok()) {
        m_dirty = true;
        validate();
        QMessageBox::warning(
            this, tr("Not submitted"),
            tr("Some fields need attention: the messages beside them say what to fix."));
        return false;
    }
    if (!askAboutKnownEmployer(this, service, f))
        return false;
    try {
        f = savedThroughRetries(f, [&service](IntakeForm &attempt) { service.submit(attempt); });
    } catch (const store::StoreError &e) {
        writeDraft();
        if (e.kind() == store::StoreError::Kind::Conflict)
            resolveConflict(f, e.message());
        else
            QMessageBox::warning(this, tr("Not submitted"), e.message());
        return false;
    }
    m_drafts.remove(f.draftId);
    saved(f);
    emit submitted(f.application.id);
    return true;
}

void IntakeEditor::saved(const IntakeForm &f)
{
    // The employer may have been settled as on record: show what was saved.
    if (!records::changes(form().employer, f.employer).isEmpty())
        setForm(f);
    m_loaded = f;
    m_dirty = false;
}

bool IntakeEditor::resolveConflict(const IntakeForm &mine, const QString &message)
{
    const intake::IntakeService service(m_db, m_actor, m_scope);
    IntakeForm stored = service.storedVersion(mine);
    switch (askAboutConflict(this, message, stored, mine)) {
    case ConflictAnswer::KeepMine: {
        // The typing, as it was to be saved (an employer settled included),
        // over the versions stored now.
        IntakeForm kept = mine;
        intake::IntakeService::keepMine(kept, stored);
        setForm(kept);
        return save();
    }
    case ConflictAnswer::TakeSaved:
        stored.draftId = mine.draftId;
        setForm(stored);
        writeDraft();
        return false;
    case ConflictAnswer::KeepEditing:
        break;
    }
    m_dirty = true;
    return false;
}

bool IntakeEditor::confirmClose()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved application"), tr("Save the changes to this application before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_drafts.remove(form().draftId);
    return true;
}

} // namespace ruqsat::ui
