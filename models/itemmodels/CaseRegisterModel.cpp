// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRegisterModel.h"

#include "records/CodeLabels.h"

#include <QLocale>
#include <QTimeZone>

namespace ruqsat::itemmodels {

using store::RegisterColumn;

namespace {

const QTimeZone &almaty()
{
    static const QTimeZone zone("Asia/Almaty");
    return zone;
}

std::optional<RegisterColumn> registerColumnOf(int column)
{
    switch (column) {
    case CaseRegisterModel::RegistryNumber:
        return RegisterColumn::RegistryNumber;
    case CaseRegisterModel::Immigrant:
        return RegisterColumn::Immigrant;
    case CaseRegisterModel::Received:
        return RegisterColumn::Received;
    case CaseRegisterModel::DecisionDue:
        return RegisterColumn::DecisionDue;
    case CaseRegisterModel::Status:
        return RegisterColumn::Status;
    default:
        return std::nullopt;
    }
}

bool isOpen(records::CaseStatus s)
{
    return s == records::CaseStatus::Submitted || s == records::CaseStatus::Accepted ||
           s == records::CaseStatus::PoliceCheck;
}

} // namespace

CaseRegisterModel::CaseRegisterModel(const store::Database &db, domain::WorkCalendar calendar, QObject *parent)
    : CaseRegisterModelBase(db, registerColumnOf, parent), m_calendar(std::move(calendar))
{
    refresh();
}

void CaseRegisterModel::setCalendar(domain::WorkCalendar calendar)
{
    m_calendar = std::move(calendar);
    if (rowCount() > 0)
        emit dataChanged(index(0, DecisionDue), index(rowCount() - 1, DecisionDue), {UrgencyRole});
}

int CaseRegisterModel::sortableColumn(RegisterColumn column)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (registerColumnOf(c) == column)
            return c;
    return -1;
}

int CaseRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseRegisterModel::caseId(int row) const
{
    const auto *r = rowAt(row);
    return r ? r->id : QString();
}

Urgency CaseRegisterModel::urgency(const store::RegisterRow &row) const
{
    // R-DECISION-TERM: the decision is due on decisionDueOn; colour by how
    // close that is in working days.
    if (!isOpen(row.status) || !row.decisionDueOn.isValid())
        return Urgency::None;
    const QDate today = m_filter.today.isValid() ? m_filter.today : QDate::currentDate();
    if (row.decisionDueOn < today)
        return Urgency::Overdue;
    if (row.decisionDueOn == today)
        return Urgency::Today;
    if (row.decisionDueOn <= m_calendar.nextWorkingDay(today))
        return Urgency::Tomorrow;
    return Urgency::Later;
}

QVariant CaseRegisterModel::data(const QModelIndex &index, int role) const
{
    const auto *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == UrgencyRole && index.column() == DecisionDue)
        return int(urgency(*r));
    if (role == DateRole && index.column() == DecisionDue)
        return r->decisionDueOn;
    if (role == CodeRole) {
        switch (index.column()) {
        case Kind:
            return records::code(r->kind);
        case Channel:
            return records::code(r->channel);
        case Status:
            return records::code(r->status);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Immigrant)
        return r->immigrantCyrillic;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case RegistryNumber:
        return r->registryNumber;
    case Immigrant:
        return r->immigrantLatin;
    case Employer:
        return r->employerName;
    case Kind:
        return records::label(r->kind);
    case Channel:
        return records::label(r->channel);
    case Received:
        return locale.toString(r->receivedAt.toTimeZone(almaty()), QLocale::ShortFormat);
    case DecisionDue:
        return r->decisionDueOn.isValid() ? locale.toString(r->decisionDueOn, QLocale::ShortFormat) : QString();
    case Status:
        return records::label(r->status);
    }
    return {};
}

QVariant CaseRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegistryNumber:
        return tr("Registry No.");
    case Immigrant:
        return tr("Immigrant");
    case Employer:
        return tr("Employer");
    case Kind:
        return tr("Kind");
    case Channel:
        return tr("Channel");
    case Received:
        return tr("Received");
    case DecisionDue:
        return tr("Decision due");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace ruqsat::itemmodels
