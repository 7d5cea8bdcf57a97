// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTableView;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::itemmodels {
class CaseHistoryModel;
}

namespace ruqsat::ui {

// The history of a case, read-only: who did what, when, and what it changed
// (itemmodels::CaseHistoryModel). The table shows every row; the pane under
// it the whole of the row chosen, for a change of many fields.
class CaseHistoryView : public QWidget
{
    Q_OBJECT
public:
    CaseHistoryView(const store::Database &db, const QString &caseId, QWidget *parent = nullptr);

    // Reads the history again when it is on screen, showing its newest
    // row; a hidden history is read when it is shown.
    void refresh();
    QTableView *table() const { return m_table; }

protected:
    // The case's people and permits change on other desks too.
    void showEvent(QShowEvent *event) override;

private:
    void read();
    void showDetails();

    itemmodels::CaseHistoryModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_details;
};

} // namespace ruqsat::ui
