// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintListModel.h"

#include "DeadlineTreeModel.h"
#include "Roles.h"
#include "complaints/ComplaintLabels.h"

#include <QCoreApplication>

namespace ruqsat::itemmodels {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::itemmodels::ComplaintListModel", text);
}

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace

ComplaintListModel::ComplaintListModel(QObject *parent) : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Due"), tr("State"), tr("Addressed to"), tr("Appeals"),
                               tr("Case / permit"), tr("Immigrant"), tr("Complainant"),
                               tr("Registered"), tr("District")});
}

void ComplaintListModel::setComplaints(const QList<store::ComplaintRow> &rows, const QDate &today,
                                       const QHash<int, QString> &districtNames)
{
    removeRows(0, rowCount());
    m_rows = rows;
    for (const store::ComplaintRow &r : rows) {
        const records::Complaint &c = r.complaint;
        const bool open = !c.resolvedOn.isValid();
        // Complaints resolved before resolutions had kinds (schema 13) say only "Resolved".
        const QString state =
            open ? complaints::resolutionLabel(QString())
                 : (c.resolution.isEmpty() ? tr("Resolved")
                                           : complaints::resolutionLabel(c.resolution)) +
                       QLatin1Char(' ') + day(c.resolvedOn);
        const QString number = r.permitNumber.isEmpty()
                                   ? r.registryNumber
                                   : r.registryNumber + QStringLiteral(" / ") + r.permitNumber;
        const QStringList texts = {day(c.dueOn),
                                   state,
                                   complaints::addresseeShortLabel(c.addressee),
                                   complaints::decisionLabel(r.decisionKind, r.decidedOn),
                                   number,
                                   r.person,
                                   c.complainant,
                                   day(c.registeredOn),
                                   districtNames.value(r.districtId)};
        QList<QStandardItem *> items;
        for (const QString &text : texts) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            item->setData(c.id, IdRole);
            item->setData(r.caseId, CaseIdRole);
            items << item;
        }
        items.at(Due)->setData(c.dueOn, DateRole);
        items.at(Due)->setData(int(cellUrgency(deadlines::urgencyOf(c.dueOn, today), !open)),
                               UrgencyRole);
        items.at(Addressee)->setToolTip(complaints::addresseeLabel(c.addressee));
        items.at(Complainant)->setToolTip(c.summary);
        appendRow(items);
    }
}

} // namespace ruqsat::itemmodels
