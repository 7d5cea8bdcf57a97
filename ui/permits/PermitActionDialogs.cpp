// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitActionDialogs.h"

#include "cases/StepSummaries.h"
#include "records/CodeLabels.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
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

// A date typed as on paper, "20.03.2026" or "20032026", then Tab to the
// next field.
class FieldDateEdit : public QDateEdit
{
public:
    FieldDateEdit(const QString &name, const QDate &initial, QWidget *parent) : QDateEdit(initial, parent)
    {
        setObjectName(name);
        setDisplayFormat(kDateFormat);
        setCalendarPopup(true);
    }

protected:
    // QDateEdit's own Tab steps through day, month and year; in a form the
    // clerk expects it to leave the date, like every other field.
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }

    // QDateEdit moves to the next section once one is full ("20"), and a
    // dot typed next would skip the month as well: "20.03.2026" became
    // 20.11.2026. The dot after a full section is swallowed instead.
    void keyPressEvent(QKeyEvent *event) override
    {
        const QString typed = event->text();
        const bool separator = typed.size() == 1 && QStringLiteral("./-, ").contains(typed.at(0));
        if (separator && m_sectionFilled) {
            m_sectionFilled = false;
            event->accept();
            return;
        }
        const int before = currentSectionIndex();
        QDateEdit::keyPressEvent(event);
        m_sectionFilled = typed.size() == 1 && typed.at(0).isDigit() && currentSectionIndex() != before;
    }
    void focusInEvent(QFocusEvent *event) override
    {
        m_sectionFilled = false;
        QDateEdit::focusInEvent(event);
    }

private:
    bool m_sectionFilled = false;
};

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

QDateEdit *PermitActionDialog::addDate(const QString &name, const QString &label, const QDate &initial)
{
    auto *edit = new FieldDateEdit(name, initial, this);
    m_form->addRow(label, edit);
    return edit;
}

QLineEdit *PermitActionDialog::addLine(const QString &name, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    m_form->addRow(label, edit);
    return edit;
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
    m_note = addLine(QStringLiteral("note"), tr("Note"));
    m_due = addComputed(QStringLiteral("noticeDue"), tr("Notice due by"));
    finishLayout();
    connect(m_ended, &QDateEdit::dateChanged, this, &TerminationDialog::updatePreview);
    connect(m_notified, &QDateEdit::dateChanged, this, &TerminationDialog::updatePreview);
    updatePreview();
}

void TerminationDialog::updatePreview()
{
    const QDate due = actions().terminationNoticeDue(m_ended->date());
    QString text = tr("%1: %n working day(s) after the contract ended.", nullptr,
                      domain::Deadlines::kTerminationNoticeWorkingDays)
                       .arg(dayText(due));
    if (m_notified->date() > due)
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
    m_issuer = addLine(QStringLiteral("actIssuer"), tr("Act issued by"));
    m_issuer->setPlaceholderText(tr("the body supervising labour or migration law"));
    m_number = addLine(QStringLiteral("actNumber"), tr("Act number"));
    m_actDate = addDate(QStringLiteral("actDate"), tr("Act dated"), today);
    m_revokedOn = addDate(QStringLiteral("revokedOn"), tr("Revoked on"), today);
    m_policeDue = addComputed(QStringLiteral("policeNoticeDue"), tr("Appendix 9 to the police by"));
    m_stayUntil = addComputed(QStringLiteral("stayUntil"), tr("Last day of stay (Appendix 8)"));
    finishLayout();
    connect(m_revokedOn, &QDateEdit::dateChanged, this, &RevocationDialog::updatePreview);
    updatePreview();
}

void RevocationDialog::updatePreview()
{
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
    m_number = addLine(QStringLiteral("contractNumber"), tr("Contract number"));
    m_registry = new QComboBox(this);
    m_registry->setObjectName(QStringLiteral("registry"));
    m_registry->addItem(tr("Unified system of labour contracts"), QStringLiteral("unified_system"));
    m_registry->addItem(tr("hr.enbek.kz"), QStringLiteral("hr_enbek"));
    form()->addRow(tr("Registered in"), m_registry);
    m_concluded = addDate(QStringLiteral("concludedOn"), tr("Concluded on"), start);

    // Optional dates: a box ticks them on, the date beside it.
    auto optionalDate = [this](const QString &name, const QString &label, const QDate &initial, bool on,
                               QCheckBox **box) {
        *box = new QCheckBox(label, this);
        (*box)->setObjectName(name + QLatin1String("Set"));
        (*box)->setChecked(on);
        QDateEdit *edit = new FieldDateEdit(name, initial, this);
        edit->setEnabled(on);
        connect(*box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        auto *row = new QHBoxLayout;
        row->addWidget(*box);
        row->addWidget(edit, 1);
        form()->addRow(row);
        return edit;
    };
    m_registered = optionalDate(QStringLiteral("registeredOn"), tr("Registered on"), start, false, &m_isRegistered);
    m_from = addDate(QStringLiteral("contractFrom"), tr("Contract starts on"), start);
    m_to = optionalDate(QStringLiteral("contractTo"), tr("Contract ends on"), permit.validTo, true, &m_hasEnd);
    m_check = addComputed(QStringLiteral("contractCheck"), tr("Check"));
    // The check's reasons run to two lines; the dialog keeps its size as they come and go.
    m_check->setMinimumHeight(2 * m_check->fontMetrics().lineSpacing());
    finishLayout();
    for (QDateEdit *edit : {m_concluded, m_registered, m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ContractDialog::updatePreview);
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
    m_complainant = addLine(QStringLiteral("complainant"), tr("Complainant"));
    m_summary = addLine(QStringLiteral("summary"), tr("Summary"));
    m_registered = addDate(QStringLiteral("registeredOn"), tr("Registered on"), QDate::currentDate());
    m_due = addComputed(QStringLiteral("complaintDue"), tr("Due by"));
    finishLayout();
    connect(m_addressee, &QComboBox::currentIndexChanged, this, &ComplaintDialog::updatePreview);
    connect(m_registered, &QDateEdit::dateChanged, this, &ComplaintDialog::updatePreview);
    updatePreview();
}

void ComplaintDialog::updatePreview()
{
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
