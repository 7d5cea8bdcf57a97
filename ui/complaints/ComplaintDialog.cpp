// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintDialog.h"

#include "common/FieldInput.h"
#include "complaints/ComplaintLabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ruqsat::ui {

using namespace complaints;

ComplaintDialog::ComplaintDialog(const ComplaintSubject &subject, const ComplaintActions &actions,
                                 QWidget *parent)
    : StepDialog(subject.heading, actions.database(), parent), m_subject(subject),
      m_actions(actions), m_addressee(new QComboBox(this)), m_decision(new QComboBox(this))
{
    setWindowTitle(tr("Complaint"));
    m_addressee->setObjectName(QStringLiteral("addressee"));
    for (const QString &to : {kProvider, kQuality, kForward, kStateCorporation})
        m_addressee->addItem(addresseeLabel(to), to);
    form()->addRow(tr("Addressed to"), m_addressee);
    // The decision appealed: the latest one by default, as a complaint
    // usually appeals the last word of the akimat.
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->addItem(decisionLabel(QString(), QDate()), QString());
    for (const records::Decision &d : actions.appealableDecisions(subject.applicationId))
        m_decision->addItem(decisionLabel(d), d.id);
    m_decision->setCurrentIndex(m_decision->count() - 1);
    form()->addRow(tr("Appeals"), m_decision);
    m_complainant = addLine(QStringLiteral("complainant"), tr("Complainant"),
                            QStringLiteral("complaint.complainant"));
    m_summary =
        addLine(QStringLiteral("summary"), tr("Summary"), QStringLiteral("complaint.summary"));
    m_registered =
        addDate(QStringLiteral("registeredOn"), tr("Registered on"), QDate::currentDate());
    m_due = addComputed(QStringLiteral("complaintDue"), tr("Due by"));
    finishLayout();
    connect(m_addressee, &QComboBox::currentIndexChanged, this, &ComplaintDialog::updatePreview);
    connect(m_registered, &DateField::dateChanged, this, &ComplaintDialog::updatePreview);
    updatePreview();
}

void ComplaintDialog::updatePreview()
{
    if (!m_registered->date().isValid()) {
        m_due->setText(tr("Type the day of registration to see it."));
        return;
    }
    const QString to = m_addressee->currentData().toString();
    m_due->setText(tr("%1: %n working day(s) after registration.", nullptr,
                      ComplaintActions::complaintWorkingDays(to))
                       .arg(dayText(m_actions.complaintDue(to, m_registered->date()))));
}

void ComplaintDialog::save()
{
    records::Complaint c;
    c.permitId = m_subject.permitId;
    c.applicationId = m_subject.applicationId;
    c.decisionId = m_decision->currentData().toString();
    c.addressee = m_addressee->currentData().toString();
    c.complainant = m_complainant->text();
    c.summary = m_summary->text();
    c.registeredOn = m_registered->date();
    m_actions.registerComplaint(c);
    m_result = c;
}

} // namespace ruqsat::ui
