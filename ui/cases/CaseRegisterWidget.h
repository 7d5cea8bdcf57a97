// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "store/CaseRegisterRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ruqsat::store {
class Database;
}
namespace ruqsat::domain {
class WorkCalendar;
}
namespace ruqsat::itemmodels {
class CaseRegisterModel;
}

namespace ruqsat::ui {

// The case register: one search box, the filters, and the table. The table
// layout and the filters are remembered between sessions.
class CaseRegisterWidget : public QWidget
{
    Q_OBJECT
public:
    CaseRegisterWidget(const store::Database &db, const domain::WorkCalendar &calendar,
                       const cases::Session &session, QWidget *parent = nullptr);
    ~CaseRegisterWidget() override;

    itemmodels::CaseRegisterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void refresh();
    // Who is at the desk: the register holds the cases of their districts
    // only (cases::Session::scope()), and its district filter offers those.
    void setSession(const cases::Session &session);

signals:
    void caseActivated(const QString &caseId);
    // "N cases" for the status bar: the true count of matches.
    void countChanged(const QString &text);

private:
    void applyFilter();
    void saveSettings() const;
    void restoreSettings();

    const store::Database &m_db;
    QList<int> m_scope; // the session's districts; empty: all
    QLabel *m_noDistrict;
    QLineEdit *m_search;
    QComboBox *m_status, *m_kind, *m_channel, *m_district, *m_due;
    QTableView *m_view;
    itemmodels::CaseRegisterModel *m_model;
};

} // namespace ruqsat::ui
