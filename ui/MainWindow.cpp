// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "cases/CaseRegisterWidget.h"
#include "domain/WorkCalendar.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/StoreOpener.h"
#include "store/StoreSummaryWidget.h"

#include <QFileDialog>
#include <QMenuBar>
#include <QStatusBar>

namespace ruqsat::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_tabs(new QTabWidget(this)), m_summary(new StoreSummaryWidget(this)),
      m_count(new QLabel(this))
{
    setWindowTitle(tr("Ruqsat: permits to labour immigrants"));
    m_tabs->setObjectName(QStringLiteral("areas"));
    m_tabs->addTab(m_summary, tr("Store"));
    setCentralWidget(m_tabs);
    m_count->setObjectName(QStringLiteral("matchCount"));
    statusBar()->addPermanentWidget(m_count);
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open store file..."), QKeySequence::Open, this, &MainWindow::chooseSqliteFile);
    file->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    resize(1180, 720);
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
    m_db = std::move(db);
    showRegister();
    refresh();
    statusBar()->showMessage(tr("Opened %1").arg(m_db->location().toString()));
    return true;
}

void MainWindow::chooseSqliteFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Ruqsat store"), {},
                                                      tr("Ruqsat stores (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    store::ConnectionString where;
    where.path = path;
    openStore(where);
}

void MainWindow::showRegister()
{
    if (m_register) {
        m_tabs->removeTab(m_tabs->indexOf(m_register));
        delete m_register;
    }
    const domain::WorkCalendar calendar(store::CalendarRepository(*m_db).all());
    m_register = new CaseRegisterWidget(*m_db, calendar, m_tabs);
    connect(m_register, &CaseRegisterWidget::countChanged, m_count, &QLabel::setText);
    m_register->refresh();
    m_tabs->insertTab(0, m_register, tr("Cases"));
    m_tabs->setCurrentIndex(0);
}

void MainWindow::refresh()
{
    if (!m_db)
        return;
    m_summary->showStore(*m_db);
    if (m_register)
        m_register->refresh();
}

} // namespace ruqsat::ui
