// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ruqsat::store {
class Database;
}
namespace ruqsat::itemmodels {
class PermitRegisterModel;
}

namespace ruqsat::ui {

// The permit register: one search box, the state and district filters, and
// the table. The table layout and the filters are remembered between
// sessions, apart from the case register's. Everything is reached from the
// keyboard: Ctrl+F to the search box, Down from it into the table, Enter on
// a row opens the permit.
class PermitRegisterWidget : public QWidget
{
    Q_OBJECT
public:
    PermitRegisterWidget(const store::Database &db, const cases::Session &session,
                         QWidget *parent = nullptr);
    ~PermitRegisterWidget() override;

    itemmodels::PermitRegisterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The permit of the current row; empty when no row is current.
    QString currentPermitId() const;
    void refresh();
    // Searches the register for `text`, as if typed in the search box.
    void search(const QString &text);
    // Who is at the desk: the register holds the permits of their districts
    // only (cases::Session::scope()), and its district filter offers those.
    void setSession(const cases::Session &session);

signals:
    void permitActivated(const QString &permitId);
    // "N permits" for the status bar: the true count of matches.
    void countChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void fillStates();
    void saveSettings() const;
    void restoreSettings();

    const store::Database &m_db;
    QList<int> m_scope; // the session's districts; empty: all
    QLabel *m_noDistrict;
    QLineEdit *m_search;
    QComboBox *m_state, *m_district;
    QTableView *m_view;
    itemmodels::PermitRegisterModel *m_model;
};

} // namespace ruqsat::ui
