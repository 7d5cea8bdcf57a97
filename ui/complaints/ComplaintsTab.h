// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace ruqsat::store {
class Database;
}
namespace ruqsat::itemmodels {
class ComplaintListModel;
}

namespace ruqsat::ui {

// The Complaints tab (R-COMPLAINT-*): the complaints of the user's
// districts, open ones first by due date, with what each appeals and its
// state. "Resolve..." forwards, grants or rejects the chosen one; Enter or
// "Open case" opens its case. Complaints are registered on a permit (the
// Permits tab) or on a case (the case's "Complaint..." button).
class ComplaintsTab : public QWidget
{
    Q_OBJECT
public:
    ComplaintsTab(const store::Database &db, const cases::Session &session,
                  QWidget *parent = nullptr);

    void setSession(const cases::Session &session);
    // Reads the complaints again, as of `today` (invalid: the current date).
    void refresh(const QDate &today = {});
    QTableView *view() const { return m_view; }
    itemmodels::ComplaintListModel *model() const { return m_model; }
    // The tab's title with the count of open complaints: "Complaints (2)".
    QString title() const;
    // Resolves the chosen complaint through ResolveComplaintDialog.
    bool resolveCurrent();

signals:
    void caseActivated(const QString &caseId);
    void titleChanged(const QString &title);
    void changed(); // a complaint was resolved: its clock leaves the Deadlines tab

private:
    void openCurrentCase();
    void updateButtons();
    int currentRow() const;

    const store::Database &m_db;
    cases::Session m_session;
    QDate m_today;
    int m_open = 0;
    QComboBox *m_state;
    QTableView *m_view;
    QPushButton *m_resolve, *m_openCase;
    itemmodels::ComplaintListModel *m_model;
};

} // namespace ruqsat::ui
