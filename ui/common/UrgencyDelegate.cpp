// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrgencyDelegate.h"

#include "itemmodels/Roles.h"

namespace ruqsat::ui {

using itemmodels::Urgency;

QColor UrgencyDelegate::background(int urgency)
{
    switch (Urgency(urgency)) {
    case Urgency::Overdue:
        return QColor(0xf4, 0xb4, 0xb4);
    case Urgency::Today:
        return QColor(0xf8, 0xcf, 0x9a);
    case Urgency::Tomorrow:
        return QColor(0xfa, 0xee, 0xa8);
    default:
        return {};
    }
}

void UrgencyDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor colour = background(index.data(itemmodels::UrgencyRole).toInt());
    if (colour.isValid()) {
        option->backgroundBrush = colour;
        option->font.setBold(Urgency(index.data(itemmodels::UrgencyRole).toInt()) == Urgency::Overdue);
    }
}

} // namespace ruqsat::ui
