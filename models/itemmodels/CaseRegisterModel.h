// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/WorkCalendar.h"
#include "itemmodels/PageCache.h"
#include "itemmodels/Roles.h"
#include "store/CaseRegisterRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::itemmodels {

// The case register over any number of cases. It knows the true number of
// matching cases and holds a few pages of rows: a page is read by keyset
// from a neighbouring page when the clerk scrolls, and by offset only when
// the clerk jumps. Filter and sort run in SQL.
class CaseRegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RegistryNumber, Immigrant, Employer, Kind, Channel, Received, DecisionDue, Status, ColumnCount };

    static constexpr int kPageSize = PageCache<store::RegisterRow>::kPageSize;
    static constexpr int kPagesKept = PageCache<store::RegisterRow>::kPagesKept;

    CaseRegisterModel(const store::Database &db, domain::WorkCalendar calendar, QObject *parent = nullptr);

    void setFilter(const store::RegisterFilter &filter);
    const store::RegisterFilter &filter() const { return m_filter; }
    store::RegisterSort registerSort() const { return m_sort; }
    // Reads the count again and forgets the pages (after a change).
    void refresh();
    qint64 matchCount() const { return m_count; }
    QString caseId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The sort column of the register for a view column; -1 when not sortable.
    static int sortableColumn(store::RegisterColumn column);

private:
    const store::RegisterRow *rowAt(int row) const;
    Urgency urgency(const store::RegisterRow &row) const;

    const store::Database &m_db;
    domain::WorkCalendar m_calendar;
    store::RegisterFilter m_filter;
    store::RegisterSort m_sort;
    qint64 m_count = 0;
    mutable PageCache<store::RegisterRow> m_pages;
};

} // namespace ruqsat::itemmodels
