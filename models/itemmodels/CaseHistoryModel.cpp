// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseHistoryModel.h"

#include "audit/AuditChanges.h"

namespace ruqsat::itemmodels {

CaseHistoryModel::CaseHistoryModel(const store::Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void CaseHistoryModel::setCase(const QString &caseId)
{
    m_caseId = caseId;
    refresh();
}

void CaseHistoryModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (!m_caseId.isEmpty()) {
        for (const store::AuditEntry &entry : store::AuditLog(m_db).forCase(m_caseId))
            m_rows << Row{entry, audit::AuditChanges::actionLabel(entry.entity, entry.action),
                          audit::AuditChanges::lines(entry.details, entry.entity)};
    }
    endResetModel();
}

int CaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return row.entry.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"));
    case WhoColumn:
        return row.entry.actor;
    case WhatColumn:
        return row.what;
    case ChangesColumn:
        return row.changes.join(u'\n');
    default:
        return {};
    }
}

QVariant CaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

} // namespace ruqsat::itemmodels
