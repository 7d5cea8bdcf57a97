// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/WorkCalendar.h"
#include "itemmodels/RegisterModel.h"
#include "itemmodels/Roles.h"
#include "store/CaseRegisterRepository.h"

namespace ruqsat::store {
class Database;
}

namespace ruqsat::itemmodels {

using CaseRegisterModelBase =
    RegisterModel<store::CaseRegisterRepository, store::RegisterFilter, store::RegisterSort, store::RegisterRow>;

// The case register over any number of cases (paging: RegisterModel).
class CaseRegisterModel : public CaseRegisterModelBase
{
    Q_OBJECT
public:
    enum Column { RegistryNumber, Immigrant, Employer, Kind, Channel, Received, DecisionDue, Status, ColumnCount };

    CaseRegisterModel(const store::Database &db, domain::WorkCalendar calendar, QObject *parent = nullptr);

    QString caseId(int row) const;
    // The working-day calendar the due dates are coloured by (R-WORKDAY),
    // again after an administrator changed it.
    void setCalendar(domain::WorkCalendar calendar);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The sort column of the register for a view column; -1 when not sortable.
    static int sortableColumn(store::RegisterColumn column);

private:
    Urgency urgency(const store::RegisterRow &row) const;

    domain::WorkCalendar m_calendar;
};

} // namespace ruqsat::itemmodels
