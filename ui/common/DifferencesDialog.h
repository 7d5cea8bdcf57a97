// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/RecordChanges.h"

#include <QDialog>

class QTableWidget;
class QVBoxLayout;
class QHBoxLayout;

namespace ruqsat::ui {

// Two versions of the same data side by side, field by field, and the
// choices the clerk has between them: someone else's save against the
// clerk's typing, or an employer on record against the one typed again.
// Nothing changes until the clerk chooses; the dialog only says what was
// chosen (exec() returns the chosen id, or 0 when closed).
class DifferencesDialog : public QDialog
{
    Q_OBJECT
public:
    DifferencesDialog(const QString &title, const QString &message,
                      const QList<records::FieldChange> &differences, const QString &beforeHeading,
                      const QString &afterHeading, QWidget *parent = nullptr);

    // Adds a button; `id` > 0 is what exec() returns when it is pressed. The
    // first one added is the default. `objectName` lets tests find it.
    void addChoice(int id, const QString &text, const QString &objectName);
    // A line under the table (what a choice means, who else it affects).
    void addNote(const QString &text);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
    QVBoxLayout *m_notes;
    QHBoxLayout *m_buttons;
};

} // namespace ruqsat::ui
