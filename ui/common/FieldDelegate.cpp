// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldDelegate.h"

#include "FieldInput.h"
#include "domain/FieldLimits.h"
#include "domain/TypedDate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QToolTip>

namespace ruqsat::ui {

QString FieldDelegate::problem(const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (m_dateColumns.contains(index.column()))
        return domain::TypedDate::parse(text).problem();
    if (m_textFields.contains(index.column()))
        return domain::FieldLimits::problem(m_textFields.value(index.column()), text);
    return {};
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (m_dateColumns.contains(index.column()))
            line->setPlaceholderText(tr("DD.MM.YYYY"));
        if (m_textFields.contains(index.column()))
            limitLength(line, m_textFields.value(index.column()),
                        [this](const QString &message) { emit refused(message); });
    }
    return editor;
}

void FieldDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!problem(index).isEmpty()) {
        option->backgroundBrush = QColor(0xfd, 0xe7, 0xe9);
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
    }
}

bool FieldDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                              const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString why = problem(index);
    if (event->type() == QEvent::ToolTip && !why.isEmpty()) {
        QToolTip::showText(event->globalPos(), why, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace ruqsat::ui
