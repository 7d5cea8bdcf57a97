// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/RegisterModel.h"
#include "itemmodels/Roles.h"
#include "store/PermitRegisterRepository.h"


namespace ruqsat::store {
class Database;
}

namespace ruqsat::itemmodels {

using PermitRegisterModelBase = RegisterModel<store::PermitRegisterRepository, store::PermitRegisterFilter,
                                              store::PermitRegisterSort, store::PermitRegisterRow>;

// The permit register over any number of permits (paging: RegisterModel).
class PermitRegisterModel : public PermitRegisterModelBase
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

    explicit PermitRegisterModel(const store::Database &db, QObject *parent = nullptr);

    QString permitId(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QDate today() const;
    Urgency urgency(const store::PermitRegisterRow &row) const;
    QVariant display(const store::PermitRegisterRow &row, int column) const;
};

} // namespace ruqsat::itemmodels
