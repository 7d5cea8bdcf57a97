// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/PageCache.h"
#include "itemmodels/Roles.h"
#include "store/PermitRegisterRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::itemmodels {

// The permit register over any number of permits, paged as the case
// register is: the true count of matches, a few pages of rows read by keyset
// from a neighbouring page when the clerk scrolls and by offset only when the
// clerk jumps. Filter and sort run in SQL.
class PermitRegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Immigrant,
        Employer,
        ValidFrom,
        ValidTo,
        DaysLeft,
        Status,
        Copies,
        ColumnCount
    };

    static constexpr int kPageSize = PageCache<store::PermitRegisterRow>::kPageSize;
    static constexpr int kPagesKept = PageCache<store::PermitRegisterRow>::kPagesKept;

    explicit PermitRegisterModel(const store::Database &db, QObject *parent = nullptr);

    void setFilter(const store::PermitRegisterFilter &filter);
    const store::PermitRegisterFilter &filter() const { return m_filter; }
    store::PermitRegisterSort registerSort() const { return m_sort; }
    // Reads the count again and forgets the pages (after a change).
    void refresh();
    qint64 matchCount() const { return m_count; }
    QString permitId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const store::PermitRegisterRow *rowAt(int row) const;
    QDate today() const;
    Urgency urgency(const store::PermitRegisterRow &row) const;
    QVariant display(const store::PermitRegisterRow &row, int column) const;

    const store::Database &m_db;
    store::PermitRegisterFilter m_filter;
    store::PermitRegisterSort m_sort;
    qint64 m_count = 0;
    mutable PageCache<store::PermitRegisterRow> m_pages;
};

} // namespace ruqsat::itemmodels
