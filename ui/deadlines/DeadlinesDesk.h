// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "deadlines/DeadlineDesk.h"

#include <QWidget>

class QComboBox;
class QLabel;
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
// It reads a page of the most urgent clocks and counts all of them; "Show
// more", or scrolling to the end, reads the next page. Enter (or a double click) opens the case, or the permit in the permits
// register; "Print day list" writes the list to PDF in Kazakh or Russian.
class DeadlinesDesk : public QWidget
{
    Q_OBJECT
public:
    // Clocks read at first, and more each time.
    static constexpr int kPageSize = 100;

    DeadlinesDesk(const store::Database &db, const cases::Session &session, QWidget *parent = nullptr);

    void setSession(const cases::Session &session);
    // Reads the clocks again from the first page, as of `today` (invalid:
    // the current date).
    void refresh(const QDate &today = {});
    // Reads one page more of the clocks, keeping the view where it was.
    void showMore();
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
    void load(); // m_shown clocks of the filter chosen
    void showMoreAtEnd(int scrolledTo);
    void fillFilters();
    void printDayList();
    void recordNoticeSent();
    void updateButtons();

    const store::Database &m_db;
    cases::Session m_session;
    QDate m_today;
    deadlines::DeadlineFilter m_filter; // what the tab lists
    int m_shown = kPageSize;            // how many clocks it reads
    QComboBox *m_kind, *m_district, *m_clerk;
    QTreeView *m_view;
    QPushButton *m_noticeSent, *m_more;
    QLabel *m_pageInfo;
    CalendarCoverageBanner *m_coverage; // R-WORKDAY: a year missing from the calendar
    itemmodels::DeadlineTreeModel *m_model;
};

} // namespace ruqsat::ui
