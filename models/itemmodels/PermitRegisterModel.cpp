// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitRegisterModel.h"

#include "records/CodeLabels.h"

#include <QLocale>
#include <optional>

namespace ruqsat::itemmodels {

using records::PermitStatus;
using store::PermitRegisterColumn;

namespace {

// R-EXTEND-WINDOW: an extension is asked for 30 to 5 calendar days before
// the permit expires. Inside that window the cell is yellow; once the window
// has closed it is orange, and red when the permit has expired.
constexpr int kWindowOpens = 30;
constexpr int kWindowCloses = 5;

std::optional<PermitRegisterColumn> registerColumnOf(int column)
{
    switch (column) {
    case PermitRegisterModel::Number:
        return PermitRegisterColumn::Number;
    case PermitRegisterModel::Immigrant:
        return PermitRegisterColumn::Immigrant;
    case PermitRegisterModel::ValidFrom:
        return PermitRegisterColumn::ValidFrom;
    case PermitRegisterModel::ValidTo:
    case PermitRegisterModel::DaysLeft: // fewer days left is an earlier last day
        return PermitRegisterColumn::ValidTo;
    default:
        return std::nullopt;
    }
}

} // namespace

PermitRegisterModel::PermitRegisterModel(const store::Database &db, QObject *parent)
    : PermitRegisterModelBase(db, registerColumnOf, parent)
{
    refresh();
}

int PermitRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PermitRegisterModel::permitId(int row) const
{
    const auto *r = rowAt(row);
    return r ? r->id : QString();
}

QDate PermitRegisterModel::today() const
{
    return m_filter.today.isValid() ? m_filter.today : QDate::currentDate();
}

Urgency PermitRegisterModel::urgency(const store::PermitRegisterRow &row) const
{
    const PermitStatus status = store::effectiveStatus(row.status, row.validTo, today());
    if (status == PermitStatus::Expired)
        return Urgency::Overdue;
    if (status != PermitStatus::InForce)
        return Urgency::None; // extended, revoked or terminated: no clock runs
    const qint64 daysLeft = today().daysTo(row.validTo);
    if (daysLeft < kWindowCloses)
        return Urgency::Today;
    if (daysLeft <= kWindowOpens)
        return Urgency::Tomorrow;
    return Urgency::Later;
}

QVariant PermitRegisterModel::display(const store::PermitRegisterRow &r, int column) const
{
    const QLocale locale;
    const PermitStatus status = store::effectiveStatus(r.status, r.validTo, today());
    switch (column) {
    case Number:
        return r.number;
    case Immigrant:
        return r.immigrantLatin;
    case Employer:
        return r.employerName;
    case ValidFrom:
        return locale.toString(r.validFrom, QLocale::ShortFormat);
    case ValidTo:
        return locale.toString(r.validTo, QLocale::ShortFormat);
    case DaysLeft:
        // In force: days to the last day (0 on it); expired: days since, negative.
        if (status == PermitStatus::InForce || status == PermitStatus::Expired)
            return locale.toString(today().daysTo(r.validTo));
        return QString();
    case Status:
        return records::label(status);
    case Copies:
        return r.copiesIssued > 0 ? locale.toString(r.copiesIssued) : QString();
    }
    return {};
}

QVariant PermitRegisterModel::data(const QModelIndex &index, int role) const
{
    const auto *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case UrgencyRole:
        return index.column() == DaysLeft ? QVariant(int(urgency(*r))) : QVariant();
    case DateRole:
        if (index.column() == ValidFrom)
            return r->validFrom;
        if (index.column() == ValidTo || index.column() == DaysLeft)
            return r->validTo;
        return {};
    case CodeRole:
        // The status the clerk sees: the filter counts the same way.
        return index.column() == Status
                   ? records::code(store::effectiveStatus(r->status, r->validTo, today()))
                   : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft || index.column() == Copies)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Immigrant)
            return r->iin.isEmpty() ? r->immigrantCyrillic
                                    : tr("%1, IIN %2").arg(r->immigrantCyrillic, r->iin);
        if (index.column() == Number && !r->extendsPermitNumber.isEmpty())
            return tr("Extends permit %1").arg(r->extendsPermitNumber);
        return {};
    case Qt::DisplayRole:
        return display(*r, index.column());
    default:
        return {};
    }
}

QVariant PermitRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Permit No.");
    case Immigrant:
        return tr("Immigrant");
    case Employer:
        return tr("Employer");
    case ValidFrom:
        return tr("Valid from");
    case ValidTo:
        return tr("Valid to");
    case DaysLeft:
        return tr("Days left");
    case Status:
        return tr("Status");
    case Copies:
        return tr("Copies");
    }
    return {};
}

} // namespace ruqsat::itemmodels
