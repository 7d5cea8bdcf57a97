// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterView.h"

#include "UrgencyDelegate.h"

#include <QHeaderView>
#include <QTableView>

namespace ruqsat::ui {

void setUpRegisterView(QTableView *view, QAbstractItemModel *model, int sortColumn, int urgencyColumn)
{
    view->setModel(model);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicator(sortColumn, Qt::DescendingOrder);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->setItemDelegateForColumn(urgencyColumn, new UrgencyDelegate(view));
}

} // namespace ruqsat::ui
