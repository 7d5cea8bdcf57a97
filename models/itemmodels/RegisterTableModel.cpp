// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterTableModel.h"

#include "store/StoreError.h"

#include <algorithm>
#include <limits>

namespace ruqsat::itemmodels {

RegisterTableModel::RegisterTableModel(const store::Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

std::optional<qint64> RegisterTableModel::matchCount() const
{
    if (m_ticket != 0 || !m_countError.isEmpty())
        return std::nullopt;
    return m_rows;
}

int RegisterTableModel::rowCount(const QModelIndex &parent) const
{
    // A view addresses rows with int; past two billion it shows the first.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rows, std::numeric_limits<int>::max()));
}

void RegisterTableModel::restartCount(int firstPageRows, int pageSize, bool sameFilter,
                                      BackgroundCount::Count count)
{
    const qint64 before = m_rows;
    m_rows = firstPageRows;
    m_ticket = 0;
    m_count = {};
    m_countError.clear();
    if (firstPageRows < pageSize)
        return;
    if (sameFilter)
        m_rows = std::max<qint64>(before, firstPageRows);
    if (!m_counter) {
        m_counter = new BackgroundCount(m_db, this);
        connect(m_counter, &BackgroundCount::counted, this, &RegisterTableModel::countArrived);
        connect(m_counter, &BackgroundCount::failed, this, &RegisterTableModel::countFailed);
    }
    m_count = count;
    m_ticket = m_counter->request(std::move(count));
}

void RegisterTableModel::countArrived(quint64 ticket, qint64 count)
{
    if (ticket != m_ticket)
        return; // the count of a filter no longer shown
    m_ticket = 0;
    m_count = {};
    resizeTo(count);
    emit matchCountChanged();
}

void RegisterTableModel::countFailed(quint64 ticket)
{
    if (ticket != m_ticket)
        return;
    // No second connection (a server refusing more, say): count on ours.
    const BackgroundCount::Count count = std::move(m_count);
    m_ticket = 0;
    m_count = {};
    try {
        resizeTo(count(m_db));
    } catch (const store::StoreError &e) {
        // The rows read stay on screen; the status bar says why no count.
        m_countError = e.message();
    }
    emit matchCountChanged();
}

void RegisterTableModel::resizeTo(qint64 count)
{
    const int before = rowCount();
    const int after = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rows = count;
        endInsertRows();
    } else if (after < before) {
        // Cases removed since the first page was read.
        beginRemoveRows({}, after, before - 1);
        m_rows = count;
        endRemoveRows();
    } else {
        m_rows = count;
    }
}

} // namespace ruqsat::itemmodels
