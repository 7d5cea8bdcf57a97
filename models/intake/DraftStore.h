// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntakeForm.h"

#include <QDir>

namespace ruqsat::intake {

// The forms a clerk is typing, kept on disk as they type so that a crash or
// a power cut loses nothing: one JSON file per draft, written whole to a
// temporary file and renamed over the old one (QSaveFile), so a cut in the
// middle of a write leaves the previous version.
class DraftStore
{
public:
    // The default folder: drafts/ in the user's data folder.
    DraftStore();
    explicit DraftStore(const QString &folder);

    bool save(const IntakeForm &form, QString *error = nullptr) const;
    QList<IntakeForm> all() const; // unreadable files are skipped, never deleted
    void remove(const QString &draftId) const;
    QString folder() const { return m_dir.path(); }

private:
    QString fileOf(const QString &draftId) const;
    QDir m_dir;
};

} // namespace ruqsat::intake
