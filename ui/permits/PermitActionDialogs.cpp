// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitActionDialogs.h"

#include "cases/StepSummaries.h"
#include "common/FieldInput.h"
#include "domain/FieldLimits.h"
#include "records/CodeLabels.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

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

PermitActionDialog::PermitActionDialog(const Permit &permit, const cases::PermitActions &actions, QWidget *parent)
    : QDialog(parent), m_permit(permit), m_actions(actions), m_form(new QFormLayout), m_message(new QLabel(this))
{
    auto *heading = new QLabel(tr("Permit No. %1, valid from %2 to %3: %4")
                                   .arg(permit.number, permit.validFrom.toString(kDateFormat),
                                        permit.validTo.toString(kDateFormat), label(permit.status)),
                               this);
    heading->setObjectName(QStringLiteral("permitHeading"));
    heading->setWordWrap(true);
    // Wide enough for a computed date and its rule on one line.
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_form);
}

QString PermitActionDialog::confirmationAct() const
{
    return tr("Confirm");
}

QString PermitActionDialog::message() const
{
    return m_message->text();
}

QString PermitActionDialog::dayText(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("ddd ") + kDateFormat) : QString();
}

QWidget *PermitActionDialog::withMessage(QWidget *editor, QLabel **message)
{
    *message = new QLabel(this);
    (*message)->setObjectName(editor->objectName() + QLatin1String(".message"));
    (*message)->setWordWrap(true);
    (*message)->setStyleSheet(QStringLiteral("color: #b00020;"));
    (*message)->hide();
    auto *cell = new QWidget(this);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(editor);
    layout->addWidget(*message);
    return cell;
}

DateField *PermitActionDialog::addDate(const QString &name, const QString &label,
                                       const QDate &initial)
{
    auto *edit = new DateField(this);
    edit->setObjectName(name);
    edit->setDate(initial);
    edit->setRequired(true);
    QLabel *message = nullptr;
    m_form->addRow(label, withMessage(edit, &message));
    m_checked << Checked{edit, QString(), message};
    connect(edit, &QLineEdit::editingFinished, this, [this, c = m_checked.last()] { check(c); });
    return edit;
}

DateField *PermitActionDialog::addOptionalDate(const QString &name, const QString &label,
                                               const QDate &initial, bool on, QCheckBox **box)
{
    *box = new QCheckBox(label, this);
    (*box)->setObjectName(name + QLatin1String("Set"));
    (*box)->setChecked(on);
    auto *edit = new DateField(this);
    edit->setObjectName(name);
    edit->setDate(initial);
    edit->setRequired(true); // while ticked
    edit->setEnabled(on);
    QLabel *message = nullptr;
    QWidget *cell = withMessage(edit, &message);
    m_checked << Checked{edit, QString(), message};
    const Checked c = m_checked.last();
    connect(*box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    connect(*box, &QCheckBox::toggled, this, [this, c] { check(c); });
    connect(edit, &QLineEdit::editingFinished, this, [this, c] { check(c); });
    auto *row = new QHBoxLayout;
    row->addWidget(*box);
    row->addWidget(cell, 1);
    m_form->addRow(row);
    return edit;
}

QLineEdit *PermitActionDialog::addLine(const QString &name, const QString &label,
                                       const QString &field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    QLabel *message = nullptr;
    m_form->addRow(label, withMessage(edit, &message));
    limitLength(edit, field, [message](const QString &why) {
        message->setText(why);
        message->show();
    });
    m_checked << Checked{edit, field, message};
    return edit;
}

void PermitActionDialog::check(const Checked &c)
{
    QString why;
    if (c.edit->isEnabled())
        why = c.field.isEmpty() ? static_cast<DateField *>(c.edit)->problem()
                                : domain::FieldLimits::problem(c.field, c.edit->text());
    c.message->setText(why);
    c.message->setVisible(!why.isEmpty());
}

bool PermitActionDialog::fieldsAccepted()
{
    bool accepted = true;
    for (const Checked &c : std::as_const(m_checked)) {
        check(c);
        accepted &= c.message->isHidden();
    }
    return accepted;
}

QLabel *PermitActionDialog::addComputed(const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void PermitActionDialog::finishLayout()
{
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    // Enter anywhere in the form saves (QDialog clicks the default button).
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PermitActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PermitActionDialog::reject);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void PermitActionDialog::accept()
{
    if (!fieldsAccepted()) {
        m_message->setText(
            tr("Some fields need attention: the messages beside them say what to fix."));
        m_message->show();
        adjustSize();
        return;
    }
    if (const QString summary = confirmation(); !summary.isEmpty()) {
        QMessageBox box(QMessageBox::Question, windowTitle(), summary,
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("confirmStep"));
        box.button(QMessageBox::Yes)->setText(confirmationAct());
        box.setDefaultButton(QMessageBox::Cancel); // Enter alone never takes it
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    try {
        save();
    } catch (const store::StoreError &e) {
        // The clerk reads why, fixes a field and saves again: nothing typed is touched.
        m_message->setText(e.message());
        m_message->show();
        adjustSize(); // room for a message of several lines
        return;
    }
    m_message->clear();
    m_message->hide();
    QDialog::accept();
}

// ---- R-DUPLICATE -----------------------------------------------------------

CopyDialog::CopyDialog(const Permit &permit, const cases::PermitActions &actions, QWidget *parent)
    : PermitActionDialog(permit, actions, parent), m_reason(new QComboBox(this)), m_copies(permit.copiesIssued)
{
    setWindowTitle(tr("Copy of permit %1").arg(permit.number));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addItem(tr("The permit was lost"), QVariant::fromValue(int(cases::CopyReason::Lost)));
    m_reason->addItem(tr("The permit was damaged"), QVariant::fromValue(int(cases::CopyReason::Damaged)));
    form()->addRow(tr("Reason"), m_reason);
    QLabel *note = addComputed(QStringLiteral("copyNote"), tr("Copy"));
    note->setText(tr("Issued today, with the same number and a visible \"copy\" mark. Copies issued so far: %1.")
                      .arg(permit.copiesIssued));
    finishLayout();
}

void CopyDialog::save()
{
    m_copies = actions().recordCopy(permit().id, cases::CopyReason(m_reason->currentData().toInt()));
}

// ---- R-TERMINATION ---------------------------------------------------------

TerminationDialog::TerminationDialog(const Permit &permit, const cases::PermitActions &actions, QWidget *parent)
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
    m_result = actions().recordTermination(permit().id, m_ended->date(), m_notified->date(), m_note->text());
}

// ---- R-REVOKE ---------------------------------------------------------------

RevocationDialog::RevocationDialog(const Permit &permit, const cases::PermitActions &actions, QWidget *parent)
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

ContractDialog::ContractDialog(const Permit &permit, const cases::PermitActions &actions, QWidget *parent)
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

// ---- R-COMPLAINT-* ------------------------------------------------------------

ComplaintDialog::ComplaintDialog(const Permit &permit, const cases::PermitActions &actions, QWidget *parent)
    : PermitActionDialog(permit, actions, parent)
{
    setWindowTitle(tr("Complaint on permit %1").arg(permit.number));
    m_addressee = new QComboBox(this);
    m_addressee->setObjectName(QStringLiteral("addressee"));
    m_addressee->addItem(tr("The akimat (the service provider)"), QStringLiteral("provider"));
    m_addressee->addItem(tr("The authorised body for the quality of public services"), QStringLiteral("quality"));
    m_addressee->addItem(tr("The appeal body: forward with the case file"), QStringLiteral("forward"));
    m_addressee->addItem(tr("The head of the State Corporation"), QStringLiteral("state_corporation"));
    form()->addRow(tr("Addressed to"), m_addressee);
    m_complainant = addLine(QStringLiteral("complainant"), tr("Complainant"),
                            QStringLiteral("complaint.complainant"));
    m_summary =
        addLine(QStringLiteral("summary"), tr("Summary"), QStringLiteral("complaint.summary"));
    m_registered = addDate(QStringLiteral("registeredOn"), tr("Registered on"), QDate::currentDate());
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
                      cases::PermitActions::complaintWorkingDays(to))
                       .arg(dayText(actions().complaintDue(to, m_registered->date()))));
}

void ComplaintDialog::save()
{
    Complaint c;
    c.permitId = permit().id;
    c.applicationId = permit().applicationId;
    c.addressee = m_addressee->currentData().toString();
    c.complainant = m_complainant->text();
    c.summary = m_summary->text();
    c.registeredOn = m_registered->date();
    actions().registerComplaint(c);
    m_result = c;
}

} // namespace ruqsat::ui
