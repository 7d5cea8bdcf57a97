// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ComplaintRepository.h"

#include <QHash>
#include <QStandardItemModel>

namespace ruqsat::itemmodels {

// The complaints list: a row per complaint. Every cell carries IdRole (the
// complaint's id); the due date of an open one its UrgencyRole. A district
// has few complaints a year, so the list is read whole.
class ComplaintListModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Due,
        State,
        Addressee,
        Appeals,
        Number,
        Person,
        Complainant,
        Registered,
        District,
        ColumnCount
    };
    static constexpr int CaseIdRole = Qt::UserRole + 30;

    explicit ComplaintListModel(QObject *parent = nullptr);

    // `districtNames`: district id -> name in the screen's language.
    void setComplaints(const QList<store::ComplaintRow> &rows, const QDate &today,
                       const QHash<int, QString> &districtNames);
    const QList<store::ComplaintRow> &complaints() const { return m_rows; }

private:
    QList<store::ComplaintRow> m_rows;
};

} // namespace ruqsat::itemmodels
