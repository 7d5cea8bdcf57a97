// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermitDesk.h"

#include "PermitActionDialogs.h"
#include "PermitRegisterWidget.h"
#include "cases/PermitActions.h"
#include "complaints/ComplaintDialog.h"
#include "domain/TypedDate.h"
#include "intake/IntakeService.h"
#include "itemmodels/PermitRegisterModel.h"
#include "printing/PrintPreview.h"
#include "store/PermitRepository.h"
#include "store/PrintQueries.h"
#include "store/StoreError.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ruqsat::ui {

using records::PermitStatus;

PermitDesk::PermitDesk(const store::Database &db, cases::Session session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(std::move(session)),
      m_register(new PermitRegisterWidget(db, m_session, this)),
      m_extend(new QPushButton(tr("&Extend..."), this)),
      m_copy(new QPushButton(tr("C&opy issued..."), this)),
      m_terminate(new QPushButton(tr("&Termination..."), this)),
      m_revoke(new QPushButton(tr("Re&voke..."), this)),
      m_contract(new QPushButton(tr("Labour &contract..."), this)),
      m_complaint(new QPushButton(tr("Co&mplaint..."), this)),
      m_print(new QPushButton(tr("&Print..."), this)),
      m_batch(new QPushButton(tr("Print &batch..."), this))
{
    m_extend->setObjectName(QStringLiteral("extend"));
    m_copy->setObjectName(QStringLiteral("copy"));
    m_terminate->setObjectName(QStringLiteral("terminate"));
    m_revoke->setObjectName(QStringLiteral("revoke"));
    m_contract->setObjectName(QStringLiteral("contract"));
    m_complaint->setObjectName(QStringLiteral("complaint"));
    m_print->setObjectName(QStringLiteral("printForms"));
    m_batch->setObjectName(QStringLiteral("printBatch"));
    m_batch->setToolTip(tr("The selected permits, or all those issued on a day, into one PDF or to the printer"));
    // Many rows may be selected for a batch; the current row is the one acted on.
    m_register->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);

    connect(m_extend, &QPushButton::clicked, this, &PermitDesk::startExtension);
    connect(m_copy, &QPushButton::clicked, this, &PermitDesk::recordCopy);
    connect(m_terminate, &QPushButton::clicked, this, &PermitDesk::recordTermination);
    connect(m_revoke, &QPushButton::clicked, this, &PermitDesk::revoke);
    connect(m_contract, &QPushButton::clicked, this, &PermitDesk::registerContract);
    connect(m_complaint, &QPushButton::clicked, this, &PermitDesk::registerComplaint);
    connect(m_print, &QPushButton::clicked, this, &PermitDesk::printForms);
    connect(m_batch, &QPushButton::clicked, this, &PermitDesk::printBatch);
    connect(m_register, &PermitRegisterWidget::countChanged, this, &PermitDesk::countChanged);
    connect(m_register, &PermitRegisterWidget::permitActivated, this, &PermitDesk::printForms);
    connect(m_register->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PermitDesk::updateButtons);
    connect(m_register->model(), &QAbstractItemModel::modelReset, this, &PermitDesk::updateButtons);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_extend, m_copy, m_terminate, m_revoke, m_contract, m_complaint, m_print, m_batch})
        actions->addWidget(b);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_register, 1);
    layout->addLayout(actions);
    setSession(m_session);
}

void PermitDesk::findPermit(const QString &number)
{
    m_register->search(number);
    m_register->view()->setFocus();
}

void PermitDesk::setSession(const cases::Session &session)
{
    m_session = session;
    m_register->setSession(session);
    // The UI offers only what the role may do; PermitActions refuses the rest.
    m_revoke->setVisible(m_session.mayRevoke());
    updateButtons();
}

void PermitDesk::refresh()
{
    m_register->refresh();
    updateButtons();
}

std::optional<records::Permit> PermitDesk::currentPermit() const
{
    const QString id = m_register->currentPermitId();
    if (id.isEmpty())
        return std::nullopt;
    return store::PermitRepository(m_db).find(id);
}

void PermitDesk::updateButtons()
{
    const auto permit = currentPermit();
    const bool inForce = permit && permit->status == PermitStatus::InForce;
    for (QPushButton *b : {m_extend, m_copy, m_terminate, m_revoke, m_contract})
        b->setEnabled(inForce);
    m_complaint->setEnabled(permit.has_value());
    m_print->setEnabled(permit.has_value());
}

template <typename Dialog>
bool PermitDesk::runDialog(const std::function<void(const Dialog &)> &done)
{
    const auto permit = currentPermit();
    if (!permit)
        return false;
    const cases::PermitActions actions(m_db, m_session);
    Dialog dialog(*permit, actions, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (done)
        done(dialog);
    refresh();
    emit changed();
    return true;
}

bool PermitDesk::recordCopy()
{
    const auto permit = currentPermit();
    int copyNumber = 0;
    if (!permit || !runDialog<CopyDialog>(
                       [&copyNumber](const CopyDialog &d) { copyNumber = d.copiesIssued(); }))
        return false;
    // R-DUPLICATE: the copy just recorded goes out marked as a copy, its QR
    // naming which copy it is.
    previewForm(this, m_db, printing::Form::Permit, permit->number, copyNumber);
    return true;
}

bool PermitDesk::recordTermination()
{
    return runDialog<TerminationDialog>();
}

bool PermitDesk::revoke()
{
    return runDialog<RevocationDialog>();
}

bool PermitDesk::registerContract()
{
    return runDialog<ContractDialog>();
}

bool PermitDesk::registerComplaint()
{
    const auto permit = currentPermit();
    if (!permit)
        return false;
    const ComplaintSubject subject{
        tr("Permit No. %1, valid from %2 to %3")
            .arg(permit->number, permit->validFrom.toString(QStringLiteral("dd.MM.yyyy")),
                 permit->validTo.toString(QStringLiteral("dd.MM.yyyy"))),
        permit->applicationId, permit->id};
    ComplaintDialog dialog(subject, complaints::ComplaintActions(m_db, m_session), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    emit changed();
    return true;
}

bool PermitDesk::startExtension()
{
    const auto permit = currentPermit();
    if (!permit)
        return false;
    try {
        const auto extension =
            intake::IntakeService(m_db, m_session.login).extensionOf(permit->id, QDate::currentDate());
        // Out of the window the application may still be taken, but the
        // decision will refuse it (R-EXTEND-WINDOW): the clerk says so first.
        if (!extension.notice.isEmpty()
            && QMessageBox::question(this, tr("Extension"),
                                     extension.notice + QLatin1String("\n\n") + tr("Take the application anyway?"))
                   != QMessageBox::Yes)
            return false;
        emit extensionReady(extension.form);
        return true;
    } catch (const store::StoreError &e) {
        QMessageBox::warning(this, tr("Extension"), e.message());
        return false;
    }
}

bool PermitDesk::printForms()
{
    const auto permit = currentPermit();
    if (!permit)
        return false;
    // The forms that exist for this permit's state.
    QList<printing::Form> forms{printing::Form::Permit};
    if (permit->status == PermitStatus::Terminated)
        forms << printing::Form::Termination;
    if (permit->status == PermitStatus::Revoked)
        forms << printing::Form::Revocation << printing::Form::RevocationPolice;
    QStringList names;
    for (printing::Form form : forms)
        names << (form == printing::Form::Permit        ? tr("Appendix 5: the permit")
                  : form == printing::Form::Termination ? tr("Appendix 6: termination notice")
                  : form == printing::Form::Revocation  ? tr("Appendix 8: revocation, to the immigrant")
                                                        : tr("Appendix 9: revocation, to the police"));
    int chosen = 0;
    if (forms.size() > 1) {
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Print"), tr("Form:"), names, 0, false, &ok);
        if (!ok)
            return false;
        chosen = int(names.indexOf(name));
    }
    return previewForm(this, m_db, forms.at(chosen), permit->number);
}

bool PermitDesk::printBatch()
{
    QStringList numbers;
    const auto *model = m_register->model();
    for (const QModelIndex &row : m_register->view()->selectionModel()->selectedRows())
        numbers << model->data(model->index(row.row(), itemmodels::PermitRegisterModel::Number)).toString();
    if (numbers.size() < 2) {
        // One row or none: the clerk means a day's permits.
        bool ok = false;
        const QString day = QInputDialog::getText(
            this, tr("Print batch"), tr("Print all permits issued on the day (DD.MM.YYYY):"),
            QLineEdit::Normal, domain::TypedDate::format(QDate::currentDate()), &ok);
        if (!ok)
            return false;
        // Read like every date typed in the program: 31.02.2026 is said to be no day.
        const domain::TypedDate typed = domain::TypedDate::parse(day);
        if (!typed.isValid()) {
            QMessageBox::warning(this, tr("Print batch"), typed.problem(true));
            return false;
        }
        const QDate date = typed.date;
        numbers.clear();
        for (const auto &p :
             store::PrintQueries(m_db, m_session.scope()).permits(date, QString(), 100000))
            numbers << p.number;
        if (numbers.isEmpty()) {
            QMessageBox::information(this, tr("Print batch"), tr("No permit was issued on %1.").arg(day));
            return false;
        }
    }
    return printPermitBatch(this, m_db, numbers);
}

} // namespace ruqsat::ui
