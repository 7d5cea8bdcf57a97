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
    QListWidget *scans() const { return m_scans; }
    ArrivalChecksBox *arrivalChecks() const { return m_checks; }
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

signals:
    void changed(); // the case moved on: the register should refresh

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload();
    void fillChecklist();
    void refreshStates();
    void fillScans();
    void updateButtons();
    // Runs a step; a refusal is shown to the user and false returned. A step
    // that `changes` the case reloads it and tells the register.
    bool run(const std::function<void()> &step, bool changes = true);
    // Asks before an irreversible step; true when the user confirms with `act`.
    bool confirm(const QString &title, const QString &summary, const QString &act);
    QList<domain::SubmittedDocument> typedDocuments() const;

    const store::Database &m_db;
    cases::Session m_session;
    records::Application m_app;
    QLabel *m_summary;
    QTableWidget *m_checklist;
    ArrivalChecksBox *m_checks;
    QListWidget *m_scans;
    QPushButton *m_intake, *m_police, *m_positive, *m_negative, *m_issue, *m_refuse, *m_print;
};

} // namespace ruqsat::ui
