// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/BackgroundCount.h"

#include <QAbstractTableModel>
#include <optional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::itemmodels {

// How a register model knows its number of rows: a filter's first page is
// read at once; when it is not full it holds every match and that is the
// count, otherwise the view has those rows while the true count is taken in
// the background (BackgroundCount) and the rest of the rows are inserted when
// it arrives. RegisterModel adds the pages and the repository.
class RegisterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The true number of matches; nullopt while it is being counted, or when
    // it could not be (countError()).
    std::optional<qint64> matchCount() const;
    // Why the count failed (translated), empty otherwise.
    QString countError() const { return m_countError; }
    int rowCount(const QModelIndex &parent = {}) const override;

signals:
    // matchCount() changed: a new filter was read, or its count arrived.
    void matchCountChanged();

protected:
    RegisterTableModel(const store::Database &db, QObject *parent);

    // Inside a model reset: `firstPageRows` rows of the filter are read; a
    // full first page (`pageSize` rows) has `count` run in the background.
    // With `sameFilter` (the store changed, the filter did not) the rows
    // counted before stand meanwhile, so that a clerk scrolled far down stays
    // there. Emit matchCountChanged() after the reset.
    void restartCount(int firstPageRows, int pageSize, bool sameFilter,
                      BackgroundCount::Count count);

    const store::Database &m_db;

private:
    void countArrived(quint64 ticket, qint64 count);
    void countFailed(quint64 ticket);
    void resizeTo(qint64 count);

    BackgroundCount *m_counter = nullptr; // made on the first full page
    BackgroundCount::Count m_count;       // of the filter being counted
    quint64 m_ticket = 0;                 // of the count awaited, 0 if none
    qint64 m_rows = 0;
    QString m_countError;
};

} // namespace ruqsat::itemmodels
