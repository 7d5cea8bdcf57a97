// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineTreeModel.h"

#include "Roles.h"

#include <QFont>

namespace ruqsat::itemmodels {

Urgency cellUrgency(deadlines::Urgency u, bool done)
{
    if (done)
        return Urgency::None;
    switch (u) {
    case deadlines::Urgency::Overdue:
        return Urgency::Overdue;
    case deadlines::Urgency::Today:
        return Urgency::Today;
    case deadlines::Urgency::Tomorrow:
        return Urgency::Tomorrow;
    case deadlines::Urgency::ThisWeek:
    case deadlines::Urgency::Later:
        return Urgency::Later;
    }
    return Urgency::None;
}

namespace {

QList<QStandardItem *> rowOf(const deadlines::Deadline &d, const QDate &today,
                             const QHash<int, QString> &districtNames)
{
    const QString due = d.opensOn.isValid() && d.opensOn > today
                            ? d.opensOn.toString(QStringLiteral("dd.MM.yyyy")) + QStringLiteral(" – ") +
                                  d.dueOn.toString(QStringLiteral("dd.MM.yyyy"))
                            : d.dueOn.toString(QStringLiteral("dd.MM.yyyy"));
    const QStringList texts = {
        due,
        deadlines::label(d.kind),
        d.permitNumber.isEmpty() ? d.registryNumber : d.permitNumber,
        d.person,
        districtNames.value(d.districtId),
        d.clerk,
        d.action,
        d.ruleText,
    };
    QList<QStandardItem *> row;
    for (const QString &text : texts) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setData(d.caseId, IdRole);
        item->setData(d.permitNumber, DeadlineTreeModel::PermitRole);
        item->setData(int(d.kind), DeadlineTreeModel::KindRole);
        item->setData(d.permitId, DeadlineTreeModel::PermitIdRole);
        item->setData(d.isDone(), DeadlineTreeModel::DoneRole);
        item->setData(int(cellUrgency(deadlines::urgencyOf(d.dueOn, today), d.isDone())), UrgencyRole);
        item->setToolTip(d.ruleText);
        row << item;
    }
    row.at(DeadlineTreeModel::Due)->setData(d.dueOn, DateRole);
    if (d.isDone())
        for (QStandardItem *item : row)
            item->setForeground(QColor(0x60, 0x60, 0x60));
    return row;
}

} // namespace

DeadlineTreeModel::DeadlineTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Last day"), tr("Clock"), tr("Case or permit"), tr("Immigrant"),
                               tr("District"), tr("Clerk"), tr("What to do"), tr("Rule")});
}

void DeadlineTreeModel::setDeadlines(const QList<deadlines::Deadline> &items, const QDate &today,
                                     const QHash<int, QString> &districtNames)
{
    removeRows(0, rowCount());
    m_items = items;
    m_counts.clear();
    QHash<deadlines::Urgency, QList<QList<QStandardItem *>>> groups;
    for (const deadlines::Deadline &d : items) {
        const deadlines::Urgency u = deadlines::urgencyOf(d.dueOn, today);
        groups[u] << rowOf(d, today, districtNames);
        ++m_counts[u];
    }
    for (deadlines::Urgency u : deadlines::allUrgencies()) {
        if (!groups.contains(u))
            continue;
        auto *group = new QStandardItem(QStringLiteral("%1 (%2)").arg(deadlines::label(u)).arg(m_counts.value(u)));
        group->setEditable(false);
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        group->setData(int(u), GroupRole);
        for (const QList<QStandardItem *> &row : std::as_const(groups[u]))
            group->appendRow(row);
        QList<QStandardItem *> header{group};
        for (int c = 1; c < ColumnCount; ++c) {
            auto *blank = new QStandardItem;
            blank->setEditable(false);
            header << blank;
        }
        appendRow(header);
    }
}

} // namespace ruqsat::itemmodels
