// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "domain/DocumentValidity.h"
#include "records/Case.h"

#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

class ArrivalChecksBox;
class CaseHistoryView;
class FieldDelegate;
class ScansBox;

// One case on the clerk's desk: who and what, the document checklist with
// its scans, the four checks of the day the documents arrived, and the next
// steps the user's role allows (accept or refuse at intake, police check,
// issue, refuse, print). While the documents are decided on, each line's
// state follows what is typed; a step that cannot be undone says what it
// will do and asks first.
class CaseView : public QWidget
{
    Q_OBJECT
public:
    CaseView(const store::Database &db, cases::Session session, const QString &caseId, QWidget *parent = nullptr);

    const records::Application &application() const { return m_app; }
    QTableWidget *checklist() const { return m_checklist; }
    QListWidget *scans() const;
    ArrivalChecksBox *arrivalChecks() const { return m_checks; }
    CaseHistoryView *history() const { return m_history; }
    // Attaches files (PDF, JPEG, PNG) to the case; says what was refused and why.
    void attachFiles(const QStringList &paths);
    // Shows a scan: an image in a viewer window (returned), a PDF in the
    // desktop's viewer (nullptr).
    QWidget *viewScan(const QString &attachmentId);

    // The steps, also reachable from tests. Each returns true when done.
    bool decideIntake(); // asks before a refusal at intake
    bool sendToPolice(); // asks first
    bool recordPoliceAnswer(bool positive);
    bool issuePermit(); // asks first
    bool refuse();      // the ground is chosen and confirmed in a RefusalDialog
    bool registerComplaint(); // R-COMPLAINT-*: on this case, appealing one of its decisions

signals:
    void changed(); // the case moved on: the register should refresh

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Re-reads the case; the checklist's cells too, unless the clerk's typing
    // is to stay on screen (a step refused, or a conflict answered so).
    void reload(bool keepTyping = false);
    void fillChecklist();
    // R-DOC-VALIDITY: each line's state as the rules read what is typed.
    void refreshStates();
    // What is wrong with the cells typed (a date that is not a day, a text
    // too long), one line per cell, shown under the table.
    QStringList checklistProblems() const;
    void showChecklistProblems();
    // Someone saved or decided the case first: both checklists side by side.
    void resolveChecklistConflict(const QString &message,
                                  const QList<domain::SubmittedDocument> &typed);
    void fillScans();
    void updateButtons();
    // Runs a step; a refusal is shown and the case re-read, keeping what was
    // typed. A step that `changes` the case reloads it and tells the
    // register. A conflict goes to `onConflict` when one is given.
    bool run(const std::function<void()> &step, bool changes = true,
             const std::function<void(const QString &)> &onConflict = {});
    // Asks before an irreversible step; true when the user confirms with `act`.
    bool confirm(const QString &title, const QString &summary, const QString &act);
    QList<domain::SubmittedDocument> typedDocuments() const;

    const store::Database &m_db;
    cases::Session m_session;
    records::Application m_app;
    QLabel *m_summary;
    QTableWidget *m_checklist;
    FieldDelegate *m_cells;
    QLabel *m_checklistMessage;
    ArrivalChecksBox *m_checks;
    ScansBox *m_scans;
    CaseHistoryView *m_history;
    QPushButton *m_intake, *m_police, *m_positive, *m_negative, *m_issue, *m_refuse, *m_print,
        *m_complaint;
};

} // namespace ruqsat::ui
