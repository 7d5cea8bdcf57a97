// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolveComplaintDialog.h"

#include "common/FieldInput.h"
#include "complaints/ComplaintLabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ruqsat::ui {

using namespace complaints;

namespace {

QString headingOf(const store::ComplaintRow &row)
{
    const records::Complaint &c = row.complaint;
    const QString on = row.permitNumber.isEmpty()
                           ? ResolveComplaintDialog::tr("case %1").arg(row.registryNumber)
                           : ResolveComplaintDialog::tr("permit No. %1").arg(row.permitNumber);
    QString text = ResolveComplaintDialog::tr("Complaint of %1, registered on %2, on %3 (%4).")
                       .arg(c.complainant, c.registeredOn.toString(QStringLiteral("dd.MM.yyyy")),
                            on, row.person);
    text += QLatin1Char('\n') +
            ResolveComplaintDialog::tr("Addressed to: %1. Appeals: %2.")
                .arg(addresseeLabel(c.addressee), decisionLabel(row.decisionKind, row.decidedOn));
    if (!c.summary.isEmpty())
        text += QLatin1Char('\n') + c.summary;
    return text;
}

} // namespace

ResolveComplaintDialog::ResolveComplaintDialog(const store::ComplaintRow &row,
                                               const ComplaintActions &actions, QWidget *parent)
    : StepDialog(headingOf(row), actions.database(), parent), m_row(row), m_actions(actions),
      m_resolution(new QComboBox(this))
{
    setWindowTitle(tr("Resolve the complaint"));
    const records::Complaint &c = row.complaint;
    m_term = addComputed(QStringLiteral("term"), tr("Due by"));
    m_term->setText(tr("%1: %n working day(s) after registration (%2).", nullptr,
                       ComplaintActions::complaintWorkingDays(c.addressee))
                        .arg(dayText(c.dueOn), ComplaintActions::complaintRule(c.addressee)));
    m_resolution->setObjectName(QStringLiteral("resolution"));
    for (const QString &r : ComplaintActions::resolutionsFor(c.addressee))
        m_resolution->addItem(resolutionLabel(r), r);
    form()->addRow(tr("Resolution"), m_resolution);
    m_resolvedOn = addDate(QStringLiteral("resolvedOn"), tr("Resolved on"), QDate::currentDate());
    m_forwardedTo = addLine(QStringLiteral("forwardedTo"), tr("Forwarded to"),
                            QStringLiteral("complaint.forwardedTo"));
    m_note = addLine(QStringLiteral("note"), tr("Reasons, or a note"),
                     QStringLiteral("complaint.outcome"));
    finishLayout();
    connect(m_resolution, &QComboBox::currentIndexChanged, this,
            &ResolveComplaintDialog::updateFields);
    updateFields();
}

void ResolveComplaintDialog::updateFields()
{
    const bool forwarded = m_resolution->currentData().toString() == kForwarded;
    m_forwardedTo->setEnabled(forwarded);
    m_forwardedTo->setPlaceholderText(forwarded ? tr("The body that considers the complaint")
                                                : QString());
}

QString ResolveComplaintDialog::confirmation() const
{
    return tr("Resolve the complaint as \"%1\"? A resolution is final.")
        .arg(m_resolution->currentText());
}

QString ResolveComplaintDialog::confirmationAct() const
{
    return tr("Resolve");
}

void ResolveComplaintDialog::save()
{
    const QString resolution = m_resolution->currentData().toString();
    m_actions.resolve(m_row.complaint.id, resolution, m_resolvedOn->date(),
                      resolution == kForwarded ? m_forwardedTo->text() : QString(), m_note->text());
}

} // namespace ruqsat::ui
