// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "admin/AdministrationDialog.h"
#include "cases/CaseRegisterWidget.h"
#include "cases/CaseView.h"
#include "common/FileDialogs.h"
#include "common/ServerBanner.h"
#include "complaints/ComplaintsTab.h"
#include "deadlines/DeadlinesDesk.h"
#include "deadlines/Lapses.h"
#include "domain/WorkCalendar.h"
#include "intake/IntakeEditor.h"
#include "itemmodels/CaseRegisterModel.h"
#include "permits/PermitDesk.h"
#include "quotas/QuotasTab.h"
#include "records/CodeLabels.h"
#include "reports/ReportsTab.h"
#include "store/CalendarRepository.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/StoreOpener.h"
#include "store/StoreSummaryWidget.h"
#include "users/LoginDialog.h"
#include "users/ServerLogin.h"

#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ruqsat::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_tabs(new QTabWidget(this)), m_summary(new StoreSummaryWidget(this)),
      m_readOnly(new QLabel(this)), m_server(new ServerBanner(this)), m_count(new QLabel(this)),
      m_user(new QLabel(this))
{
    setWindowTitle(tr("Ruqsat: permits to labour immigrants"));
    m_tabs->setObjectName(QStringLiteral("areas"));
    m_tabs->addTab(m_summary, tr("Store"));
    m_tabs->setTabsClosable(true); // applications close; the register and the store stay
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeEditor);
    m_readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setMargin(6);
    m_readOnly->setStyleSheet(
        QStringLiteral("background: #fff3c4; color: #5c4400; font-weight: bold;"));
    m_readOnly->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_server);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_tabs);
    connect(m_server, &ServerBanner::reconnected, this, &MainWindow::refresh);
    setCentralWidget(central);
    m_count->setObjectName(QStringLiteral("matchCount"));
    statusBar()->addPermanentWidget(m_count);
    statusBar()->addPermanentWidget(m_user);
    setSession(m_session);
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New application"), QKeySequence::New, this, &MainWindow::newApplication);
    file->addAction(tr("&Open store file..."), QKeySequence::Open, this,
                    &MainWindow::chooseSqliteFile);
    file->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Administration..."), this, &MainWindow::openAdministration);
    // The status bar counts the matches of the register in front.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showCount);
    resize(1180, 720);
    // A window left open overnight counts the new day: what ran out is
    // expired and the deadlines regrouped.
    auto *dayWatch = new QTimer(this);
    connect(dayWatch, &QTimer::timeout, this, [this] {
        if (m_db && QDate::currentDate() != m_day)
            refresh();
    });
    dayWatch->start(60 * 1000);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openStore(const store::ConnectionString &where)
{
    StoreOpener opener(this);
    auto db = opener.open(where);
    if (!db) {
        if (!m_db)
            m_summary->showNoStore(opener.lastError());
        return false;
    }
    if (m_db) {
        // Another store: what is open works on the old one, and its user is
        // known there only. Until the clerk has closed it and logged in to
        // the new one, the old store stays as it was.
        if (!closeStoreTabs())
            return false;
        const std::optional<cases::Session> session = whoLogsIn(*db);
        if (!session)
            return false;
        dropRegister(); // its models read the old store until they go
        m_db = std::move(db);
        setSession(*session);
    } else {
        m_db = std::move(db);
    }
    m_readOnly->setText(m_db->readOnlyNotice());
    m_readOnly->setVisible(m_db->isReadOnly());
    m_server->watch(m_db.get());
    showRegister();
    refresh();
    statusBar()->showMessage(tr("Opened %1").arg(m_db->location().toString()));
    return true;
}

void MainWindow::chooseSqliteFile()
{
    const QString path = chooseFileToOpen(this, tr("Open a Ruqsat store"),
                                          tr("Ruqsat stores (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    store::ConnectionString where;
    where.path = path;
    openStore(where);
}

bool MainWindow::closeStoreTabs()
{
    for (int tab = m_tabs->count() - 1; tab >= 0; --tab) {
        auto *editor = qobject_cast<IntakeEditor *>(m_tabs->widget(tab));
        if (editor && !editor->confirmClose())
            return false;
    }
    for (int tab = m_tabs->count() - 1; tab >= 0; --tab) {
        QWidget *page = m_tabs->widget(tab);
        if (qobject_cast<IntakeEditor *>(page) || qobject_cast<CaseView *>(page)) {
            m_tabs->removeTab(tab);
            delete page;
        }
    }
    return true;
}

void MainWindow::dropRegister()
{
    for (QWidget *old : {static_cast<QWidget *>(m_deadlines), static_cast<QWidget *>(m_register),
                         static_cast<QWidget *>(m_permits), static_cast<QWidget *>(m_quotas),
                         static_cast<QWidget *>(m_complaints), static_cast<QWidget *>(m_reports)})
        if (old) {
            m_tabs->removeTab(m_tabs->indexOf(old));
            m_counts.remove(old);
            delete old;
        }
    m_deadlines = nullptr;
    m_register = nullptr;
    m_permits = nullptr;
    m_quotas = nullptr;
    m_complaints = nullptr;
    m_reports = nullptr;
}

void MainWindow::showRegister()
{
    const domain::WorkCalendar calendar(store::CalendarRepository(*m_db).all());
    m_register = new CaseRegisterWidget(*m_db, calendar, m_session, m_tabs);
    connect(m_register, &CaseRegisterWidget::countChanged, this,
            [this](const QString &text) { setCount(m_register, text); });
    connect(m_register, &CaseRegisterWidget::caseActivated, this, &MainWindow::openCase);
    m_permits = new PermitDesk(*m_db, m_session, m_tabs);
    m_permits->setObjectName(QStringLiteral("permitDesk"));
    connect(m_permits, &PermitDesk::countChanged, this,
            [this](const QString &text) { setCount(m_permits, text); });
    connect(m_permits, &PermitDesk::extensionReady, this, &MainWindow::openExtension);
    connect(m_permits, &PermitDesk::changed, this, &MainWindow::refresh);
    m_deadlines = new DeadlinesDesk(*m_db, m_session, m_tabs);
    connect(m_deadlines, &DeadlinesDesk::caseActivated, this, &MainWindow::openCase);
    connect(m_deadlines, &DeadlinesDesk::permitActivated, this, [this](const QString &number) {
        m_tabs->setCurrentWidget(m_permits);
        m_permits->findPermit(number);
    });
    connect(m_deadlines, &DeadlinesDesk::changed, this, &MainWindow::refresh);
    connect(m_deadlines, &DeadlinesDesk::titleChanged, this, [this](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(m_deadlines), title);
    });
    m_register->refresh();
    m_permits->refresh();
    // The clerk's day starts with what is due.
    m_tabs->insertTab(0, m_deadlines, tr("Deadlines"));
    m_tabs->insertTab(1, m_register, tr("Cases"));
    m_tabs->insertTab(2, m_permits, tr("Permits"));
    m_quotas = new QuotasTab(*m_db, m_session, m_tabs);
    m_tabs->insertTab(3, m_quotas, tr("Quotas"));
    m_complaints = new ComplaintsTab(*m_db, m_session, m_tabs);
    connect(m_complaints, &ComplaintsTab::caseActivated, this, &MainWindow::openCase);
    connect(m_complaints, &ComplaintsTab::changed, this, &MainWindow::refresh);
    connect(m_complaints, &ComplaintsTab::titleChanged, this, [this](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(m_complaints), title);
    });
    m_tabs->insertTab(4, m_complaints, tr("Complaints"));
    m_reports = new ReportsTab(*m_db, m_session, m_tabs);
    m_tabs->insertTab(5, m_reports, tr("Reports"));
    m_deadlines->refresh();
    m_quotas->refresh();
    m_complaints->refresh();
    m_reports->refresh();
    for (int tab : {0, 1, 2, 3, 4, 5})
        m_tabs->tabBar()->setTabButton(tab, QTabBar::RightSide, nullptr);
    m_tabs->setCurrentIndex(0);
}

void MainWindow::setCount(QWidget *area, const QString &text)
{
    m_counts.insert(area, text);
    showCount();
}

void MainWindow::showCount()
{
    m_count->setText(m_counts.value(m_tabs->currentWidget()));
}

void MainWindow::openAdministration()
{
    if (!m_db)
        return;
    AdministrationDialog(*m_db, m_session, this).exec();
    refresh();
}

IntakeEditor *MainWindow::openExtension(const intake::IntakeForm &form)
{
    IntakeEditor *editor = openEditor();
    if (editor)
        editor->setForm(form);
    return editor;
}

IntakeEditor *MainWindow::openEditor()
{
    if (!m_db)
        return nullptr;
    auto *editor = new IntakeEditor(*m_db, intake::DraftStore(), m_session.login, m_tabs);
    editor->offerDistricts(m_session.scope());
    const int tab = m_tabs->addTab(editor, tr("New application"));
    m_tabs->setCurrentIndex(tab);
    connect(editor, &IntakeEditor::titleChanged, this, [this, editor](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(editor), title);
    });
    connect(editor, &IntakeEditor::submitted, this, [this, editor](const QString &) {
        statusBar()->showMessage(tr("Application submitted"), 5000);
        m_tabs->removeTab(m_tabs->indexOf(editor));
        editor->deleteLater();
        refresh();
    });
    return editor;
}

bool MainWindow::logIn()
{
    if (!m_db)
        return false;
    const std::optional<cases::Session> session = whoLogsIn(*m_db);
    if (session)
        setSession(*session);
    return session.has_value();
}

std::optional<cases::Session> MainWindow::whoLogsIn(const store::Database &db)
{
    if (db.usersAreRoles()) {
        // On a secured server the password asked at connecting was the
        // login: the server checked it (docs/SERVER.md).
        QString problem;
        auto session = users::serverSession(db, &problem);
        if (!session)
            QMessageBox::warning(this, tr("Log in"), problem);
        return session;
    }
    LoginDialog dialog(db, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

void MainWindow::setSession(const cases::Session &session)
{
    m_session = session;
    if (m_register)
        m_register->setSession(session);
    if (m_deadlines)
        m_deadlines->setSession(session);
    if (m_permits)
        m_permits->setSession(session);
    if (m_quotas)
        m_quotas->setSession(session);
    if (m_complaints)
        m_complaints->setSession(session);
    if (m_reports)
        m_reports->setSession(session);
    m_user->setText(m_session.login + QLatin1String(" (") + records::label(m_session.role) + u')');
}

CaseView *MainWindow::openCase(const QString &caseId)
{
    if (!m_db || caseId.isEmpty())
        return nullptr;
    for (int tab = 0; tab < m_tabs->count(); ++tab) // one tab per case
        if (auto *open = qobject_cast<CaseView *>(m_tabs->widget(tab));
            open && open->application().id == caseId) {
            m_tabs->setCurrentIndex(tab);
            return open;
        }
    // A case of another district stays closed (the register does not show
    // it, but an id can come from elsewhere).
    if (const auto app = store::CaseRepository(*m_db).find(caseId);
        app && !m_session.seesDistrict(app->districtId)) {
        QMessageBox::warning(this, tr("Open case"), tr("This case belongs to another district."));
        return nullptr;
    }
    auto *view = new CaseView(*m_db, m_session, caseId, m_tabs);
    const int tab = m_tabs->addTab(view, view->application().registryNumber);
    m_tabs->setCurrentIndex(tab);
    connect(view, &CaseView::changed, this, &MainWindow::refresh);
    return view;
}

IntakeEditor *MainWindow::newApplication()
{
    IntakeEditor *editor = openEditor();
    if (editor)
        editor->setFocus();
    return editor;
}

void MainWindow::offerDrafts()
{
    const auto drafts = intake::DraftStore().all();
    if (drafts.isEmpty() || !m_db)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Unfinished applications"),
        tr("%n application(s) were being typed when Ruqsat last stopped. Open them again?", nullptr,
           int(drafts.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return; // the drafts stay on disk for the next start
    for (const auto &draft : drafts)
        if (IntakeEditor *editor = openEditor())
            editor->setForm(draft);
}

void MainWindow::closeEditor(int tab)
{
    QWidget *page = m_tabs->widget(tab);
    auto *editor = qobject_cast<IntakeEditor *>(page);
    if (!qobject_cast<CaseView *>(page) && (!editor || !editor->confirmClose()))
        return;
    m_tabs->removeTab(tab);
    page->deleteLater();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeStoreTabs()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::refresh()
{
    if (!m_db)
        return;
    m_day = QDate::currentDate();
    try {
        deadlines::expireLapsed(*m_db, m_day);
    } catch (const store::StoreError &) {
        // A role that may not write, or a busy store: the next writer does it.
    }
    m_summary->showStore(*m_db);
    if (m_deadlines)
        m_deadlines->refresh();
    if (m_register) {
        // The calendar may have changed in the administration dialog.
        m_register->model()->setCalendar(
            domain::WorkCalendar(store::CalendarRepository(*m_db).all()));
        m_register->refresh();
    }
    if (m_permits)
        m_permits->refresh();
    if (m_quotas)
        m_quotas->refresh();
    if (m_complaints)
        m_complaints->refresh();
    if (m_reports)
        m_reports->refresh();
}

} // namespace ruqsat::ui
