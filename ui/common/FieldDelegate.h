// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QStyledItemDelegate>

namespace ruqsat::ui {

// Cells typed in a table, checked like the fields of a form: a date column
// keeps what was typed and a day that does not exist is marked in its cell
// (red, with the reason as its tooltip); a text column is held to its
// field's length limit while typed. problem() gives the reason for a message
// line under the table.
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setDateColumn(int column) { m_dateColumns.insert(column); }
    // `field` names the limit in domain::FieldLimits ("checklist.note").
    void setTextColumn(int column, const QString &field) { m_textFields.insert(column, field); }

    // What is wrong with the cell as typed; empty when it is fine.
    QString problem(const QModelIndex &index) const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

signals:
    // Typing or pasting past a text cell's limit was refused.
    void refused(const QString &message) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QSet<int> m_dateColumns;
    QHash<int, QString> m_textFields;
};

} // namespace ruqsat::ui
