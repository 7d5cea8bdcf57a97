// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

namespace ruqsat::itemmodels {

// The few pages of a register an item model keeps: a page is read by keyset
// from a neighbouring page when the clerk scrolls, by offset only when the
// clerk jumps, and the page used longest ago is forgotten first.
template <typename Row> class PageCache
{
public:
    static constexpr int kPageSize = 100;
    static constexpr int kPagesKept = 40;

    void clear()
    {
        m_pages.clear();
        m_recent.clear();
    }

    // Row `row` of `rowCount`, read from `repository` (pageAfter, pageBefore,
    // pageAt with `filter` and `sort`) when its page is not kept; nullptr
    // past the end.
    template <typename Repository, typename Filter, typename Sort>
    const Row *rowAt(int row, int rowCount, const Repository &repository, const Filter &filter, const Sort &sort)
    {
        if (row < 0 || row >= rowCount)
            return nullptr;
        const QList<Row> &rows = page(row / kPageSize, repository, filter, sort);
        const int offset = row % kPageSize;
        // Rows added or removed since the count was read can leave a short page.
        return offset < rows.size() ? &rows.at(offset) : nullptr;
    }

    // The first page, read now when it is not kept.
    template <typename Repository, typename Filter, typename Sort>
    const QList<Row> &firstPage(const Repository &repository, const Filter &filter, const Sort &sort)
    {
        return page(0, repository, filter, sort);
    }

private:
    template <typename Repository, typename Filter, typename Sort>
    const QList<Row> &page(int index, const Repository &repository, const Filter &filter, const Sort &sort)
    {
        if (const auto it = m_pages.constFind(index); it != m_pages.constEnd()) {
            m_recent.removeOne(index);
            m_recent.append(index);
            return *it;
        }
        QList<Row> rows;
        const auto before = m_pages.constFind(index - 1);
        const auto after = m_pages.constFind(index + 1);
        if (before != m_pages.constEnd() && before->size() == kPageSize)
            rows = repository.pageAfter(filter, sort, before->last(), kPageSize);
        else if (after != m_pages.constEnd() && !after->isEmpty())
            rows = repository.pageBefore(filter, sort, after->first(), kPageSize);
        else
            rows = repository.pageAt(filter, sort, qint64(index) * kPageSize, kPageSize);
        if (m_recent.size() >= kPagesKept)
            m_pages.remove(m_recent.takeFirst());
        m_recent.append(index);
        return *m_pages.insert(index, rows);
    }

    QHash<int, QList<Row>> m_pages;
    QList<int> m_recent; // page indexes, most recent last
};

} // namespace ruqsat::itemmodels
