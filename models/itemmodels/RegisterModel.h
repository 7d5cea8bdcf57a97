// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/PageCache.h"
#include "itemmodels/RegisterTableModel.h"

#include <optional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::itemmodels {

// What the case and permit registers have in common: the true number of
// matches (RegisterTableModel); a few pages of rows (PageCache), read by
// keyset from a neighbouring page when the clerk scrolls and by offset only
// when the clerk jumps; filter and sort run in SQL. `Repository` gives
// count() and the page reads for a `Filter` and a `Sort` ({column, order}).
// The registers add their columns and how they show a `Row`.
template <typename Repository, typename Filter, typename Sort, typename Row>
class RegisterModel : public RegisterTableModel
{
public:
    using SortColumn = decltype(Sort::column);
    // The register's sort column for a view column; nullopt when no index
    // serves it, and the view's sort request is ignored.
    using SortColumnOf = std::optional<SortColumn> (*)(int viewColumn);

    static constexpr int kPageSize = PageCache<Row>::kPageSize;
    static constexpr int kPagesKept = PageCache<Row>::kPagesKept;

    void setFilter(const Filter &filter)
    {
        if (filter == m_filter)
            return;
        m_filter = filter;
        reload(false);
    }
    const Filter &filter() const { return m_filter; }
    Sort registerSort() const { return m_sort; }
    // Forgets the pages, reads the first again and counts anew (after a change).
    void refresh() { reload(true); }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        const std::optional<SortColumn> sortColumn = m_sortColumnOf(column);
        if (!sortColumn)
            return;
        const Sort wanted{*sortColumn, order};
        if (wanted == m_sort)
            return;
        beginResetModel();
        m_sort = wanted;
        m_pages.clear();
        endResetModel();
    }

protected:
    RegisterModel(const store::Database &db, SortColumnOf sortColumnOf, QObject *parent)
        : RegisterTableModel(db, parent), m_sortColumnOf(sortColumnOf)
    {
    }

    // Row `row` of the register; nullptr past the end or on a short page.
    const Row *rowAt(int row) const { return m_pages.rowAt(row, rowCount(), *m_repository, m_filter, m_sort); }

    Filter m_filter;
    Sort m_sort;

private:
    void reload(bool sameFilter)
    {
        beginResetModel();
        m_pages.clear();
        // A new one forgets what the last one learnt of the store (a plan).
        m_repository.emplace(m_db);
        const int firstPageRows = int(m_pages.firstPage(*m_repository, m_filter, m_sort).size());
        restartCount(firstPageRows, kPageSize, sameFilter,
                     [filter = m_filter](const store::Database &db) { return Repository(db).count(filter); });
        endResetModel();
        emit matchCountChanged();
    }

    SortColumnOf m_sortColumnOf;
    std::optional<Repository> m_repository; // made on each reload
    mutable PageCache<Row> m_pages;
};

} // namespace ruqsat::itemmodels
