// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlines/DeadlineDesk.h"

#include <QHash>
#include <QStandardItemModel>

namespace ruqsat::itemmodels {

enum class Urgency;

// The colour of a clock's cells (the register's: overdue red, today orange,
// tomorrow yellow); none once the clock is met.
Urgency cellUrgency(deadlines::Urgency u, bool done);

// The Deadlines tab's tree: a row per urgency group that has clocks
// ("Overdue (3)", counting every clock of the group, read or not), the
// clocks of the page read under it, most urgent first. Every cell of a clock
// carries its UrgencyRole (for the colour) and IdRole (the case's id);
// PermitRole holds a permit's number for the clocks of permits.
class DeadlineTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Due, Kind, Number, Person, District, Clerk, Action, Rule, ColumnCount };
    static constexpr int PermitRole = Qt::UserRole + 20;
    static constexpr int KindRole = Qt::UserRole + 21;
    static constexpr int PermitIdRole = Qt::UserRole + 22;
    static constexpr int DoneRole = Qt::UserRole + 23; // the clock is met (an Appendix 9 sent)
    static constexpr int GroupRole = Qt::UserRole + 24; // a group's row: its deadlines::Urgency

    explicit DeadlineTreeModel(QObject *parent = nullptr);

    // `districtNames`: district id -> name in the screen's language.
    void setDeadlines(const deadlines::DeadlinePage &page, const QDate &today,
                      const QHash<int, QString> &districtNames);
    // The clocks read (the page), most urgent first.
    const QList<deadlines::Deadline> &deadlines() const { return m_page.items; }
    // How many clocks each group holds, read or not (groups without any are left out).
    QHash<deadlines::Urgency, int> counts() const { return m_page.counts; }
    int total() const { return m_page.total; }
    bool complete() const { return m_page.complete(); }

private:
    deadlines::DeadlinePage m_page;
};

} // namespace ruqsat::itemmodels
