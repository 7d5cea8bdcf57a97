// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitActionDialogs.h"

#include "cases/StepSummaries.h"
#include "common/FieldInput.h"
#include "domain/FieldLimits.h"
#include "records/CodeLabels.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace ruqsat::ui {

using namespace records;

namespace {

const QString kDateFormat = QStringLiteral("dd.MM.yyyy");

QDate clamp(const QDate &day, const QDate &first, const QDate &last)
{
    return day < first ? first : (day > last ? last : day);
}

} // namespace

// ---- the frame shared by all five ----------------------------------------

PermitActionDialog::PermitActionDialog(const Permit &permit, const cases::PermitActions &actions,
                                       QWidget *parent)
    : StepDialog(tr("Permit No. %1, valid from %2 to %3: %4")
                     .arg(permit.number, permit.validFrom.toString(kDateFormat),
                          permit.validTo.toString(kDateFormat), label(permit.status)),
                 actions.database(), parent),
      m_permit(permit), m_actions(actions)
{
    heading()->setObjectName(QStringLiteral("permitHeading"));
}

// ---- R-DUPLICATE -----------------------------------------------------------

CopyDialog::CopyDialog(const Permit &permit, const cases::PermitActions &actions, QWidget *parent)
    : PermitActionDialog(permit, actions, parent), m_reason(new QComboBox(this)),
      m_copies(permit.copiesIssued)
{
    setWindowTitle(tr("Copy of permit %1").arg(permit.number));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addItem(tr("The permit was lost"), QVariant::fromValue(int(cases::CopyReason::Lost)));
    m_reason->addItem(tr("The permit was damaged"),
                      QVariant::fromValue(int(cases::CopyReason::Damaged)));
    form()->addRow(tr("Reason"), m_reason);
    QLabel *note = addComputed(QStringLiteral("copyNote"), tr("Copy"));
    note->setText(tr("Issued today, with the same number and a visible \"copy\" mark. Copies "
                     "issued so far: %1.")
                      .arg(permit.copiesIssued));
    finishLayout();
}

void CopyDialog::save()
{
    m_copies =
        actions().recordCopy(permit().id, cases::CopyReason(m_reason->currentData().toInt()));
}

// ---- R-TERMINATION ---------------------------------------------------------

TerminationDialog::TerminationDialog(const Permit &permit, const cases::PermitActions &actions,
                                     QWidget *parent)
    : PermitActionDialog(permit, actions, parent)
{
    setWindowTitle(tr("End of work under permit %1").arg(permit.number));
    const QDate today = QDate::currentDate();
    m_ended = addDate(QStringLiteral("contractEndedOn"), tr("Labour contract ended on"),
                      clamp(today, permit.validFrom, permit.validTo));
    m_notified = addDate(QStringLiteral("notifiedOn"), tr("Employer's notice received on"), today);
    m_note = addLine(QStringLiteral("note"), tr("Note"), QStringLiteral("termination.note"));
    m_due = addComputed(QStringLiteral("noticeDue"), tr("Notice due by"));
    finishLayout();
    connect(m_ended, &DateField::dateChanged, this, &TerminationDialog::updatePreview);
    connect(m_notified, &DateField::dateChanged, this, &TerminationDialog::updatePreview);
    updatePreview();
}

void TerminationDialog::updatePreview()
{
    if (!m_ended->date().isValid()) {
        m_due->setText(tr("Type the day the contract ended to see it."));
        return;
    }
    const QDate due = actions().terminationNoticeDue(m_ended->date());
    QString text = tr("%1: %n working day(s) after the contract ended.", nullptr,
                      domain::Deadlines::kTerminationNoticeWorkingDays)
                       .arg(dayText(due));
    if (m_notified->date().isValid() && m_notified->date() > due)
        text += u' ' + tr("The notice came late.");
    m_due->setText(text);
}

void TerminationDialog::save()
{
    m_result = actions().recordTermination(permit().id, m_ended->date(), m_notified->date(),
                                           m_note->text());
}

// ---- R-REVOKE ---------------------------------------------------------------

RevocationDialog::RevocationDialog(const Permit &permit, const cases::PermitActions &actions,
                                   QWidget *parent)
    : PermitActionDialog(permit, actions, parent)
{
    setWindowTitle(tr("Revocation of permit %1").arg(permit.number));
    const QDate today = QDate::currentDate();
    m_issuer = addLine(QStringLiteral("actIssuer"), tr("Act issued by"),
                       QStringLiteral("revocation.actIssuer"));
    m_issuer->setPlaceholderText(tr("the body supervising labour or migration law"));
    m_number = addLine(QStringLiteral("actNumber"), tr("Act number"),
                       QStringLiteral("revocation.actNumber"));
    m_actDate = addDate(QStringLiteral("actDate"), tr("Act dated"), today);
    m_revokedOn = addDate(QStringLiteral("revokedOn"), tr("Revoked on"), today);
    m_policeDue = addComputed(QStringLiteral("policeNoticeDue"), tr("Appendix 9 to the police by"));
    m_stayUntil = addComputed(QStringLiteral("stayUntil"), tr("Last day of stay (Appendix 8)"));
    finishLayout();
    connect(m_revokedOn, &DateField::dateChanged, this, &RevocationDialog::updatePreview);
    updatePreview();
}

void RevocationDialog::updatePreview()
{
    if (!m_revokedOn->date().isValid()) {
        m_policeDue->setText(tr("Type the day of revocation to see it."));
        m_stayUntil->setText(tr("Type the day of revocation to see it."));
        return;
    }
    const cases::RevocationDates dates = actions().revocationDates(m_revokedOn->date());
    m_policeDue->setText(tr("%1: %n working day(s) after revocation.", nullptr,
                            domain::Deadlines::kRevocationPoliceWorkingDays)
                             .arg(dayText(dates.policeNoticeDueOn)));
    m_stayUntil->setText(tr("%1: %n calendar day(s) after revocation.", nullptr,
                            domain::Deadlines::kRevocationStayDays)
                             .arg(dayText(dates.stayUntil)));
}

QString RevocationDialog::confirmation() const
{
    // R-REVOKE: asked only of a revocation the rules allow.
    if (!cases::PermitActions::revocationProblem(permit(), m_issuer->text(), m_number->text(),
                                                 m_actDate->date(), m_revokedOn->date())
             .isEmpty() ||
        !actions().session().mayRevoke())
        return {};
    return cases::StepSummaries(actions().database())
        .revoke(permit(), m_issuer->text(), m_number->text(), m_actDate->date(),
                m_revokedOn->date(), actions().revocationDates(m_revokedOn->date()));
}

QString RevocationDialog::confirmationAct() const
{
    return tr("Revoke");
}

void RevocationDialog::save()
{
    m_result = actions().revoke(permit().id, m_issuer->text(), m_number->text(), m_actDate->date(),
                                m_revokedOn->date());
}

// ---- R-CONTRACT -------------------------------------------------------------

ContractDialog::ContractDialog(const Permit &permit, const cases::PermitActions &actions,
                               QWidget *parent)
    : PermitActionDialog(permit, actions, parent)
{
    setWindowTitle(tr("Labour contract under permit %1").arg(permit.number));
    const QDate start = clamp(QDate::currentDate(), permit.validFrom, permit.validTo);
    m_number = addLine(QStringLiteral("contractNumber"), tr("Contract number"),
                       QStringLiteral("contract.number"));
    m_registry = new QComboBox(this);
    m_registry->setObjectName(QStringLiteral("registry"));
    m_registry->addItem(tr("Unified system of labour contracts"), QStringLiteral("unified_system"));
    m_registry->addItem(tr("hr.enbek.kz"), QStringLiteral("hr_enbek"));
    form()->addRow(tr("Registered in"), m_registry);
    m_concluded = addDate(QStringLiteral("concludedOn"), tr("Concluded on"), start);

    // Optional dates: a box ticks them on, the date beside it.
    m_registered = addOptionalDate(QStringLiteral("registeredOn"), tr("Registered on"), start,
                                   false, &m_isRegistered);
    m_from = addDate(QStringLiteral("contractFrom"), tr("Contract starts on"), start);
    m_to = addOptionalDate(QStringLiteral("contractTo"), tr("Contract ends on"), permit.validTo,
                           true, &m_hasEnd);
    m_check = addComputed(QStringLiteral("contractCheck"), tr("Check"));
    // The check's reasons run to two lines; the dialog keeps its size as they come and go.
    m_check->setMinimumHeight(2 * m_check->fontMetrics().lineSpacing());
    finishLayout();
    for (DateField *edit : {m_concluded, m_registered, m_from, m_to})
        connect(edit, &DateField::dateChanged, this, &ContractDialog::updatePreview);
    connect(m_isRegistered, &QCheckBox::toggled, this, &ContractDialog::updatePreview);
    connect(m_hasEnd, &QCheckBox::toggled, this, &ContractDialog::updatePreview);
    connect(m_number, &QLineEdit::textChanged, this, &ContractDialog::updatePreview);
    updatePreview();
}

LabourContract ContractDialog::contract() const
{
    LabourContract c;
    c.id = m_id;
    c.permitId = permit().id;
    c.number = m_number->text().trimmed();
    c.registry = m_registry->currentData().toString();
    c.concludedOn = m_concluded->date();
    if (m_isRegistered->isChecked())
        c.registeredOn = m_registered->date();
    c.validFrom = m_from->date();
    if (m_hasEnd->isChecked())
        c.validTo = m_to->date();
    return c;
}

void ContractDialog::updatePreview()
{
    // R-CONTRACT: the same check the save makes, shown while the dates change.
    for (const DateField *edit : {m_concluded, m_registered, m_from, m_to})
        if (edit->isEnabled() && !edit->date().isValid()) {
            m_check->setText(tr("Type the dates to see them checked against the permit's term."));
            return;
        }
    const QString problem = cases::PermitActions::contractProblem(permit(), contract());
    m_check->setText(problem.isEmpty() ? tr("Within the permit's term, %1 to %2.")
                                             .arg(permit().validFrom.toString(kDateFormat),
                                                  permit().validTo.toString(kDateFormat))
                                       : problem);
}

void ContractDialog::save()
{
    LabourContract c = contract();
    actions().registerContract(c);
    m_id = c.id;
}

} // namespace ruqsat::ui
