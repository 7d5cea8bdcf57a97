// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseView.h"

#include "ArrivalChecksBox.h"
#include "PoliceAnswerDialog.h"
#include "RefusalDialog.h"
#include "ScansBox.h"
#include "audit/CaseHistoryView.h"
#include "cases/CaseWorkflow.h"
#include "cases/RefusalProposals.h"
#include "cases/StepSummaries.h"
#include "common/DifferencesDialog.h"
#include "common/FieldDelegate.h"
#include "common/SavingStep.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintLabels.h"
#include "domain/DocumentCatalogue.h"
#include "domain/IitAdvance.h"
#include "domain/Intake.h"
#include "domain/PermitTerm.h"
#include "domain/RefusalGrounds.h"
#include "domain/ServiceRequest.h"
#include "domain/TypedDate.h"
#include "printing/PrintPreview.h"
#include "records/CodeLabels.h"
#include "store/CaseRepository.h"
#include "store/ComplaintRepository.h"
#include "store/StoreError.h"

#include <QDialog>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ruqsat::ui {

using namespace records;

namespace {

enum ChecklistColumn
{
    DocColumn,
    PresentColumn,
    DateColumn,
    ValidUntilColumn,
    NumberColumn,
    NoteColumn,
    AmountColumn, // R-REFUSE-7: typed on the IIT receipt's line only
    StateColumn,
    ColumnCount
};
enum ConflictChoice
{
    KeepMine = 1,
    TakeSaved
};

QDate typedDate(const QTableWidgetItem *item)
{
    return domain::TypedDate::parse(item->text()).date;
}

QString stateText(const domain::DocumentAssessment &line)
{
    const QString state = label(fromCode<DocumentState>(domain::documentStateCode(line.state))
                                    .value_or(DocumentState::Missing));
    // A missing line only says so: while the clerk ticks, that is no news.
    const QString why = line.state == domain::DocumentState::Missing ? QString()
                        : line.reason.isEmpty()                      ? line.remark
                                                                     : line.reason;
    return why.isEmpty() ? state : state + QLatin1String(": ") + why;
}

} // namespace

CaseView::CaseView(const store::Database &db, cases::Session session, const QString &caseId,
                   QWidget *parent)
    : QWidget(parent), m_db(db), m_session(std::move(session)), m_summary(new QLabel(this)),
      m_checklist(new QTableWidget(0, ColumnCount, this)), m_cells(new FieldDelegate(m_checklist)),
      m_checklistMessage(new QLabel(this)), m_checks(new ArrivalChecksBox(this)),
      m_scans(new ScansBox(db, m_session, caseId, this)),
      m_history(new CaseHistoryView(db, caseId, this)),
      m_intake(new QPushButton(tr("Decide on the &documents"), this)),
      m_police(new QPushButton(tr("Send to the &police"), this)),
      m_positive(new QPushButton(tr("Police: positive"), this)),
      m_negative(new QPushButton(tr("Police: negative"), this)),
      m_issue(new QPushButton(tr("&Issue the permit"), this)),
      m_refuse(new QPushButton(tr("&Refuse..."), this)),
      m_print(new QPushButton(tr("&Print..."), this)),
      m_complaint(new QPushButton(tr("Co&mplaint..."), this))
{
    m_app = *store::CaseRepository(db).find(caseId);
    setAcceptDrops(true); // scans dropped anywhere on the case
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setHorizontalHeaderLabels({tr("Document"), tr("Present"), tr("Date (DD.MM.YYYY)"),
                                            tr("Valid until"), tr("Number"), tr("Note"),
                                            tr("Amount paid, KZT"), tr("State")});
    m_checklist->horizontalHeader()->setSectionResizeMode(DocColumn, QHeaderView::Stretch);
    m_checklist->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    // R-DOC-VALIDITY: each line's state follows the dates as they are typed.
    connect(m_checklist, &QTableWidget::itemChanged, this, &CaseView::refreshStates);
    m_checklist->verticalHeader()->hide();
    // Cells are checked like the fields of a form: dates as typed, texts held to their limits.
    m_cells->setDateColumn(DateColumn);
    m_cells->setDateColumn(ValidUntilColumn);
    m_cells->setTextColumn(NumberColumn, QStringLiteral("checklist.docNumber"));
    m_cells->setTextColumn(NoteColumn, QStringLiteral("checklist.note"));
    m_checklist->setItemDelegate(m_cells);
    m_checklistMessage->setObjectName(QStringLiteral("checklistMessage"));
    m_checklistMessage->setWordWrap(true);
    m_checklistMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_checklistMessage->hide();
    connect(m_checklist, &QTableWidget::itemChanged, this, &CaseView::showChecklistProblems);
    connect(m_cells, &FieldDelegate::refused, this, [this](const QString &message) {
        m_checklistMessage->setText(message);
        m_checklistMessage->show();
    });
    // Each scan attached or removed wrote a row of the case's history.
    connect(m_scans, &ScansBox::changed, m_history, &CaseHistoryView::refresh);
    m_intake->setObjectName(QStringLiteral("decideIntake"));
    m_police->setObjectName(QStringLiteral("sendToPolice"));
    m_positive->setObjectName(QStringLiteral("policePositive"));
    m_negative->setObjectName(QStringLiteral("policeNegative"));
    m_issue->setObjectName(QStringLiteral("issuePermit"));
    m_refuse->setObjectName(QStringLiteral("refuse"));
    m_print->setObjectName(QStringLiteral("print"));
    m_complaint->setObjectName(QStringLiteral("complaint"));
    connect(m_intake, &QPushButton::clicked, this, &CaseView::decideIntake);
    connect(m_police, &QPushButton::clicked, this, &CaseView::sendToPolice);
    connect(m_positive, &QPushButton::clicked, this, [this] { recordPoliceAnswer(true); });
    connect(m_negative, &QPushButton::clicked, this, [this] { recordPoliceAnswer(false); });
    connect(m_issue, &QPushButton::clicked, this, &CaseView::issuePermit);
    connect(m_refuse, &QPushButton::clicked, this, &CaseView::refuse);
    connect(m_complaint, &QPushButton::clicked, this, &CaseView::registerComplaint);
    connect(m_print, &QPushButton::clicked, this, [this] {
        const QStringList forms{tr("Appendix 1: application"),
                                tr("Appendix 3: agreement of intent"),
                                tr("Appendix 4: refusal to accept documents"),
                                tr("Appendix 5: the permit"), tr("Appendix 7: refusal")};
        const QList<printing::Form> kinds{printing::Form::Application, printing::Form::Agreement,
                                          printing::Form::IntakeRefusal, printing::Form::Permit,
                                          printing::Form::Refusal};
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Print"), tr("Form:"), forms, 0, false, &ok);
        if (ok)
            previewForm(this, m_db, kinds.at(forms.indexOf(chosen)), m_app.id);
    });
    auto *steps = new QHBoxLayout;
    for (QPushButton *b :
         {m_intake, m_police, m_positive, m_negative, m_issue, m_refuse, m_print, m_complaint})
        steps->addWidget(b);
    steps->addStretch();
    // The scans and the checks of the day side by side, under the checklist
    // that needs the height.
    auto *below = new QHBoxLayout;
    below->addWidget(m_scans, 2);
    below->addWidget(m_checks, 3);
    auto *documents = new QWidget(this);
    auto *documentsLayout = new QVBoxLayout(documents);
    documentsLayout->addWidget(m_checklist, 3);
    documentsLayout->addWidget(m_checklistMessage);
    documentsLayout->addLayout(below, 1);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("caseTabs"));
    tabs->addTab(documents, tr("D&ocuments"));
    tabs->addTab(m_history, tr("&History"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);
    layout->addLayout(steps);
    reload();
}

void CaseView::reload(bool keepTyping)
{
    if (const auto stored = store::CaseRepository(m_db).find(m_app.id))
        m_app = *stored;
    const QLocale locale;
    m_summary->setText(
        QStringLiteral("<b>%1</b> &nbsp; %2 &nbsp; <i>%3</i><br>%4: %5 &nbsp; %6: %7")
            .arg(m_app.registryNumber.toHtmlEscaped(), label(m_app.kind).toHtmlEscaped(),
                 label(m_app.status).toHtmlEscaped(), tr("Received").toHtmlEscaped(),
                 locale.toString(m_app.effectiveReceivedOn, QLocale::ShortFormat),
                 tr("Decision due").toHtmlEscaped(),
                 locale.toString(m_app.decisionDueOn, QLocale::ShortFormat)));
    // R-POLICE: where the case stands with the police, to whoever decides.
    if (const auto checks = store::CaseRepository(m_db).policeChecks(m_app.id); !checks.isEmpty())
        m_summary->setText(m_summary->text() + QStringLiteral("<br>") +
                           cases::StepSummaries::policeStatus(checks.last()).toHtmlEscaped());
    // R-COMPLAINT-*: the complaints on the case or its permit, and where each stands.
    store::ComplaintFilter complaintsOfCase;
    complaintsOfCase.state = store::ComplaintFilter::State::All;
    complaintsOfCase.applicationId = m_app.id;
    for (const store::ComplaintRow &row : store::ComplaintRepository(m_db).list(complaintsOfCase))
        m_summary->setText(m_summary->text() + QStringLiteral("<br>") +
                           complaints::statusLine(row.complaint).toHtmlEscaped());
    // Kept after a conflict, the clerk's typing stays on screen even when
    // the case was decided meanwhile: the record holds both.
    if (!keepTyping) {
        fillChecklist();
        m_checks->setChecks(store::CaseRepository(m_db).arrivalChecks(m_app.id));
    }
    showChecklistProblems();
    fillScans();
    updateButtons();
}

void CaseView::fillChecklist()
{
    const QSignalBlocker block(m_checklist);
    const auto lines =
        domain::DocumentCatalogue::checklist(*domain::applicationKindFromCode(code(m_app.kind)),
                                             *domain::channelFromCode(code(m_app.channel)));
    const auto stored = store::CaseRepository(m_db).checklist(m_app.id);
    m_checklist->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const QString codeName = lines.at(row).code;
        ChecklistItem saved;
        for (const ChecklistItem &item : stored)
            if (item.docCode == codeName)
                saved = item;
        auto *doc = new QTableWidgetItem(
            domain::DocumentCatalogue::find(codeName)->name.in(domain::screenLanguage()));
        doc->setData(Qt::UserRole, codeName);
        doc->setFlags(Qt::ItemIsEnabled);
        auto *present = new QTableWidgetItem;
        present->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        present->setCheckState(saved.state == DocumentState::Present ||
                                       saved.state == DocumentState::Expired
                                   ? Qt::Checked
                                   : Qt::Unchecked);
        m_checklist->setItem(row, DocColumn, doc);
        m_checklist->setItem(row, PresentColumn, present);
        m_checklist->setItem(row, DateColumn,
                             new QTableWidgetItem(domain::TypedDate::format(saved.issuedOn)));
        m_checklist->setItem(row, ValidUntilColumn,
                             new QTableWidgetItem(domain::TypedDate::format(saved.validUntil)));
        m_checklist->setItem(row, NumberColumn, new QTableWidgetItem(saved.docNumber));
        m_checklist->setItem(row, NoteColumn, new QTableWidgetItem(saved.note));
        auto *amount = new QTableWidgetItem(saved.amountKzt ? QLocale().toString(*saved.amountKzt)
                                                            : QString());
        // R-REFUSE-7: only the IIT receipt carries an amount.
        if (codeName != domain::DocumentCode::iitReceipt())
            amount->setFlags(Qt::ItemIsEnabled);
        m_checklist->setItem(row, AmountColumn, amount);
        auto *state = new QTableWidgetItem(stored.isEmpty() ? QString() : label(saved.state));
        state->setFlags(Qt::ItemIsEnabled);
        m_checklist->setItem(row, StateColumn, state);
    }
    refreshStates();
}

void CaseView::refreshStates()
{
    // Once decided on, the states are the stored record.
    if (m_app.status != CaseStatus::Submitted || m_checklist->rowCount() == 0)
        return;
    const domain::IntakeResult result =
        cases::CaseWorkflow(m_db, m_session).assessDocuments(m_app, typedDocuments());
    const QSignalBlocker block(m_checklist);
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        const QString codeName = m_checklist->item(row, DocColumn)->data(Qt::UserRole).toString();
        for (const domain::DocumentAssessment &line : result.lines) {
            if (line.code != codeName)
                continue;
            QTableWidgetItem *state = m_checklist->item(row, StateColumn);
            state->setText(stateText(line));
            state->setToolTip(state->text());
            const bool wrong = line.state == domain::DocumentState::Expired ||
                               line.state == domain::DocumentState::Invalid ||
                               (result.iit && result.iit->isShort() &&
                                codeName == domain::DocumentCode::iitReceipt());
            state->setForeground(wrong ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush());
        }
    }
}

QList<domain::SubmittedDocument> CaseView::typedDocuments() const
{
    QList<domain::SubmittedDocument> docs;
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        domain::SubmittedDocument d;
        d.code = m_checklist->item(row, DocColumn)->data(Qt::UserRole).toString();
        d.present = m_checklist->item(row, PresentColumn)->checkState() == Qt::Checked;
        d.issuedOn = typedDate(m_checklist->item(row, DateColumn));
        d.validUntil = typedDate(m_checklist->item(row, ValidUntilColumn));
        d.number = m_checklist->item(row, NumberColumn)->text().trimmed();
        d.note = m_checklist->item(row, NoteColumn)->text().trimmed();
        d.amountKzt = domain::IitAdvance::parseTenge(m_checklist->item(row, AmountColumn)->text());
        if (d.code == domain::DocumentCode::insurance())
            d.validFrom = d.issuedOn;
        docs << d;
    }
    return docs;
}

QStringList CaseView::checklistProblems() const
{
    QStringList problems;
    for (int row = 0; row < m_checklist->rowCount(); ++row)
        for (int column : {DateColumn, ValidUntilColumn, NumberColumn, NoteColumn}) {
            const QString why = m_cells->problem(m_checklist->model()->index(row, column));
            if (!why.isEmpty())
                problems << m_checklist->item(row, DocColumn)->text() + QLatin1String(", ") +
                                m_checklist->horizontalHeaderItem(column)->text() +
                                QLatin1String(": ") + why;
        }
    return problems;
}

void CaseView::showChecklistProblems()
{
    const QStringList problems = checklistProblems();
    m_checklistMessage->setText(problems.join(u'\n'));
    m_checklistMessage->setVisible(!problems.isEmpty());
}

void CaseView::fillScans()
{
    m_scans->fill();
    m_history->refresh(); // each reload, scan attached or removed wrote a row
}

void CaseView::updateButtons()
{
    const CaseStatus s = m_app.status;
    // The checklist is typed until the documents are decided on; then it is the record.
    m_checklist->setEditTriggers(s == CaseStatus::Submitted ? QAbstractItemView::AllEditTriggers
                                                            : QAbstractItemView::NoEditTriggers);
    m_checks->setEditable(s == CaseStatus::Submitted);
    m_intake->setEnabled(s == CaseStatus::Submitted);
    m_police->setEnabled(s == CaseStatus::Accepted);
    const auto checks = store::CaseRepository(m_db).policeChecks(m_app.id);
    const bool waiting =
        s == CaseStatus::PoliceCheck && !checks.isEmpty() && !checks.last().positive.has_value();
    m_positive->setEnabled(waiting);
    m_negative->setEnabled(waiting);
    // The UI offers only what the role may do; the workflow refuses the rest.
    const bool decider = m_session.mayDecide();
    m_issue->setVisible(decider);
    m_refuse->setVisible(decider);
    m_issue->setEnabled(s == CaseStatus::PoliceCheck && !checks.isEmpty() &&
                        checks.last().positive.value_or(false));
    m_refuse->setEnabled(s == CaseStatus::Accepted || s == CaseStatus::PoliceCheck);
    m_complaint->setEnabled(s != CaseStatus::Draft);
}

bool CaseView::run(const std::function<void()> &step, bool changes,
                   const std::function<void(const QString &)> &onConflict)
{
    try {
        // Each run starts from the case as it was read: a run the server
        // rolled back may have moved its version on in memory.
        const records::Application before = m_app;
        runSaving(m_db, [&] {
            m_app = before;
            step();
        });
    } catch (const store::StoreError &e) {
        if (onConflict && e.kind() == store::StoreError::Kind::Conflict) {
            onConflict(e.message());
            return false;
        }
        QMessageBox box(QMessageBox::Warning, tr("Not done"), e.message(), QMessageBox::Ok, this);
        box.setInformativeText(e.detail());
        box.exec();
        reload(true); // the step was refused: what the clerk typed stays to be corrected
        return false;
    }
    if (changes) {
        reload();
        emit changed();
    }
    return true;
}

bool CaseView::confirm(const QString &title, const QString &summary, const QString &act)
{
    QMessageBox box(QMessageBox::Question, title, summary, QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("confirmStep"));
    box.button(QMessageBox::Yes)->setText(act);
    // Enter alone never takes a step that cannot be undone.
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool CaseView::decideIntake()
{
    if (!checklistProblems().isEmpty()) {
        // A date typed that is not a day is refused beside it, never read as no date.
        showChecklistProblems();
        QMessageBox::warning(
            this, tr("Not done"),
            tr("Some cells of the checklist need attention: the lines under it say what to fix."));
        return false;
    }
    const cases::CaseWorkflow workflow(m_db, m_session);
    const QList<domain::SubmittedDocument> typed = typedDocuments();
    // R-INCOMPLETE: a refusal at intake is final; the clerk sees what the
    // receipt will list and confirms. Acceptance needs no question.
    domain::IntakeResult preview;
    if (!run([&] { preview = workflow.assessDocuments(m_app, typed); }, false))
        return false;
    if (preview.invalid.isEmpty() && !preview.accepted() &&
        !confirm(tr("Refuse at intake"), cases::StepSummaries(m_db).refuseAtIntake(m_app, preview),
                 tr("Refuse the documents")))
        return false;
    return run([&] { workflow.decideIntake(m_app, typed, m_checks->checks()); }, true,
               [&](const QString &message) { resolveChecklistConflict(message, typed); });
}

void CaseView::resolveChecklistConflict(const QString &message,
                                        const QList<domain::SubmittedDocument> &typed)
{
    const store::CaseRepository cases(m_db);
    const auto stored = cases.find(m_app.id);
    QString text = message;
    if (stored && stored->status != m_app.status)
        text += u' ' + tr("The case is now \"%1\".").arg(label(stored->status));
    DifferencesDialog dialog(
        tr("Saved by someone else"), text,
        cases::CaseWorkflow::checklistDifferences(cases.checklist(m_app.id), typed), tr("Saved"),
        tr("Yours"), this);
    dialog.setObjectName(QStringLiteral("checklistConflictDialog"));
    dialog.addNote(tr("Your checklist stays on screen until you choose. Kept, it can be decided "
                      "again while the case "
                      "waits for a decision; the record keeps both."));
    dialog.addChoice(KeepMine, tr("&Keep my checklist on screen"), QStringLiteral("keepMine"));
    dialog.addChoice(TakeSaved, tr("&Take the saved checklist"), QStringLiteral("takeSaved"));
    reload(dialog.exec() != TakeSaved);
    emit changed();
}

bool CaseView::sendToPolice()
{
    const cases::CaseWorkflow workflow(m_db, m_session);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!confirm(tr("Send to the police"),
                 cases::StepSummaries(m_db).sendToPolice(m_app, workflow.policeAnswerDue(now)),
                 tr("Send")))
        return false;
    return run([&] { workflow.sendToPolice(m_app, now); });
}

bool CaseView::recordPoliceAnswer(bool positive)
{
    const auto checks = store::CaseRepository(m_db).policeChecks(m_app.id);
    if (checks.isEmpty())
        return false;
    PoliceAnswerDialog answer(positive, this);
    if (answer.exec() != QDialog::Accepted)
        return false;
    return run([&] {
        cases::CaseWorkflow(m_db, m_session)
            .recordPoliceAnswer(checks.last().id, positive, QDateTime::currentDateTimeUtc(),
                                answer.reference(), answer.note());
    });
}

bool CaseView::issuePermit()
{
    const cases::CaseWorkflow workflow(m_db, m_session);
    const QDate today = QDate::currentDate();
    // The rules first: a permit they would refuse is not offered to confirm.
    QString summary;
    if (!run(
            [&] {
                summary = cases::StepSummaries(m_db).issue(m_app, workflow.planIssue(m_app, today));
            },
            false))
        return false;
    if (!confirm(tr("Issue the permit"), summary, tr("Issue")))
        return false;
    Permit permit;
    const bool done = run([&] { permit = workflow.issue(m_app, today); });
    if (done)
        QMessageBox::information(
            this, tr("Permit issued"),
            tr("Permit No. %1, valid from %2 to %3.")
                .arg(permit.number, QLocale().toString(permit.validFrom, QLocale::ShortFormat),
                     QLocale().toString(permit.validTo, QLocale::ShortFormat)));
    return done;
}

bool CaseView::refuse()
{
    QList<domain::GroundProposal> proposals;
    if (!run([&] { proposals = cases::proposeGrounds(m_db, m_app); }, false))
        return false;
    // The dialog is the question: whose case, which ground, and Cancel.
    RefusalDialog dialog(cases::StepSummaries(m_db), m_app, proposals, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const int ground = dialog.ground();
    return run(
        [&] { cases::CaseWorkflow(m_db, m_session).refuse(m_app, ground, QDate::currentDate()); });
}

bool CaseView::registerComplaint()
{
    const ComplaintSubject subject{cases::StepSummaries(m_db).whoseCase(m_app), m_app.id,
                                   QString()};
    ComplaintDialog dialog(subject, complaints::ComplaintActions(m_db, m_session), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload(true);
    emit changed();
    return true;
}

QListWidget *CaseView::scans() const
{
    return m_scans->list();
}

void CaseView::attachFiles(const QStringList &paths)
{
    m_scans->attachFiles(paths);
}

QWidget *CaseView::viewScan(const QString &attachmentId)
{
    return m_scans->viewScan(attachmentId);
}

void CaseView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CaseView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    attachFiles(paths);
    event->acceptProposedAction();
}

} // namespace ruqsat::ui
