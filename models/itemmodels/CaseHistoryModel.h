// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AuditLog.h"

#include <QAbstractTableModel>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::itemmodels {

// The history of one case, read-only, oldest first: every audit row of the
// case, its permits, its people and its complaints (AuditLog::forCase), as
// when (local time), who, what (in words) and what changed, one line per
// field (audit::AuditChanges). A case has tens of rows, not millions: they
// are read whole on each refresh().
class CaseHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        ChangesColumn,
        ColumnCount
    };

    CaseHistoryModel(const store::Database &db, QObject *parent = nullptr);

    // Shows the history of `caseId` (read now).
    void setCase(const QString &caseId);
    // Reads the history again: the case, or one of its records, changed.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        store::AuditEntry entry;
        QString what;
        QStringList changes;
    };

    const store::Database &m_db;
    QString m_caseId;
    QList<Row> m_rows;
};

} // namespace ruqsat::itemmodels
