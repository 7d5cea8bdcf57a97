// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "intake/IntakeForm.h"
#include "store/ConnectionString.h"

#include <QDate>
#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QTabWidget>
#include <memory>
#include <optional>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

class CaseRegisterWidget;
class CaseView;
class DeadlinesDesk;
class IntakeEditor;
class PermitDesk;
class QuotasTab;
class ComplaintsTab;
class ReportsTab;
class ServerBanner;
class StoreSummaryWidget;

// The frame: menus and the area widgets. Each area brings its own controller;
// this class only wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a store, reporting failure in a dialog; true when open. When
    // another store is open, its applications and cases are closed first (an
    // application with changes asks) and the clerk logs in to the new store;
    // declining either keeps the old store as it was.
    bool openStore(const store::ConnectionString &where);
    const store::Database *database() const { return m_db.get(); }
    CaseRegisterWidget *caseRegister() const { return m_register; }
    // Asks who is at the desk (or creates the first administrator); false
    // when the clerk cancels.
    bool logIn();
    void setSession(const cases::Session &session);
    const cases::Session &session() const { return m_session; }
    // Opens a case from the register in a tab.
    CaseView *openCase(const QString &caseId);
    // Opens an empty application (Appendix 1) in a tab.
    IntakeEditor *newApplication();
    // Reopens the drafts a crash or a power cut left, after asking.
    void offerDrafts();
    PermitDesk *permitDesk() const { return m_permits; }
    DeadlinesDesk *deadlinesDesk() const { return m_deadlines; }
    QuotasTab *quotasTab() const { return m_quotas; }
    ComplaintsTab *complaintsTab() const { return m_complaints; }
    ReportsTab *reportsTab() const { return m_reports; }
    // Opens an extension's prefilled application (Appendix 1) in a tab.
    IntakeEditor *openExtension(const intake::IntakeForm &form);
    // Settings, rates, quotas, districts, users (read-only but for administrators).
    void openAdministration();

private:
    void chooseSqliteFile();
    // The login dialog on `db`; nullopt when the clerk cancels.
    std::optional<cases::Session> whoLogsIn(const store::Database &db);
    void refresh();

    // Builds the register tabs for m_db (none are shown before).
    void showRegister();
    void dropRegister();
    // Closes the applications and cases open in tabs; false when the clerk
    // keeps an application with unsaved changes open.
    bool closeStoreTabs();
    void setCount(QWidget *area, const QString &text);
    void showCount();
    IntakeEditor *openEditor();
    void closeEditor(int tab);
    void closeEvent(QCloseEvent *event) override;

    std::unique_ptr<store::Database> m_db;
    QTabWidget *m_tabs;
    QDate m_day; // the day the tabs were last refreshed on
    DeadlinesDesk *m_deadlines = nullptr;
    CaseRegisterWidget *m_register = nullptr;
    PermitDesk *m_permits = nullptr;
    QuotasTab *m_quotas = nullptr;
    ComplaintsTab *m_complaints = nullptr;
    ReportsTab *m_reports = nullptr;
    QHash<QWidget *, QString> m_counts; // the status bar text of each register
    StoreSummaryWidget *m_summary;
    QLabel *m_readOnly;     // the banner over the tabs when the store can only be read
    ServerBanner *m_server; // the banner over the tabs when the shared server is away
    QLabel *m_count;
    QLabel *m_user;
    cases::Session m_session{QString(), qEnvironmentVariable("USER"), records::Role::Clerk};
};

} // namespace ruqsat::ui
