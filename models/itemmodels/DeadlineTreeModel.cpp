// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineTreeModel.h"

#include "Roles.h"

#include <QFont>
#include <QLocale>

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

void DeadlineTreeModel::setDeadlines(const deadlines::DeadlinePage &page, const QDate &today,
                                     const QHash<int, QString> &districtNames)
{
    removeRows(0, rowCount());
    m_page = page;
    QHash<deadlines::Urgency, QList<QList<QStandardItem *>>> groups;
    for (const deadlines::Deadline &d : page.items)
        groups[deadlines::urgencyOf(d.dueOn, today)] << rowOf(d, today, districtNames);
    for (deadlines::Urgency u : deadlines::allUrgencies()) {
        if (m_page.counts.value(u) == 0 && !groups.contains(u))
            continue;
        auto *group = new QStandardItem(QStringLiteral("%1 (%2)").arg(deadlines::label(u)).arg(QLocale().toString(m_page.counts.value(u))));
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
