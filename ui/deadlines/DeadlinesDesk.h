// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "deadlines/DeadlineDesk.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeView;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::itemmodels {
class DeadlineTreeModel;
}

namespace ruqsat::ui {

class CalendarCoverageBanner;

// The Deadlines tab, the first a clerk sees: every open statutory clock of
// the user's districts, grouped overdue / today / tomorrow / this week /
// later and coloured by urgency, with filters by kind, district and clerk.
// Enter (or a double click) opens the case, or the permit in the permits
// register; "Print day list" writes the list to PDF in Kazakh or Russian.
class DeadlinesDesk : public QWidget
{
    Q_OBJECT
public:
    DeadlinesDesk(const store::Database &db, const cases::Session &session, QWidget *parent = nullptr);

    void setSession(const cases::Session &session);
    // Reads the clocks again, as of `today` (invalid: the current date).
    void refresh(const QDate &today = {});
    itemmodels::DeadlineTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The tab's title: "Deadlines" with the overdue and today counts.
    QString title() const;

signals:
    void caseActivated(const QString &caseId);
    void permitActivated(const QString &permitNumber);
    void titleChanged(const QString &title);
    void changed(); // a clock was met here: other tabs should refresh

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void fillFilters();
    void printDayList();
    void recordNoticeSent();
    void updateButtons();

    const store::Database &m_db;
    cases::Session m_session;
    QDate m_today;
    QComboBox *m_kind, *m_district, *m_clerk;
    QTreeView *m_view;
    QPushButton *m_noticeSent;
    CalendarCoverageBanner *m_coverage; // R-WORKDAY: a year missing from the calendar
    itemmodels::DeadlineTreeModel *m_model;
};

} // namespace ruqsat::ui
