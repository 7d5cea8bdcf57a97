// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "store/Database.h"
#include "store/StoreOpener.h"
#include "store/StoreSummaryWidget.h"

#include <QFileDialog>
#include <QMenuBar>
#include <QStatusBar>

namespace ruqsat::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_summary(new StoreSummaryWidget(this))
{
    setWindowTitle(tr("Ruqsat: permits to labour immigrants"));
    setCentralWidget(m_summary);
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open store file..."), QKeySequence::Open, this, &MainWindow::chooseSqliteFile);
    file->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    resize(720, 640);
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

void MainWindow::refresh()
{
    if (m_db)
        m_summary->showStore(*m_db);
}

} // namespace ruqsat::ui
