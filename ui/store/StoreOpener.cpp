// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreOpener.h"

#include "store/StoreError.h"

#include <QApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace ruqsat::ui {

namespace {

QString tr(const char *text)
{
    return QApplication::translate("ruqsat::ui::StoreOpener", text);
}

// The README's promise: the first start makes the default store.
bool isFirstStartOfDefaultStore(const store::ConnectionString &where)
{
    return where.isSqlite() && where.path == store::ConnectionString::defaultStore().path &&
           !QFileInfo::exists(where.path);
}

} // namespace

std::unique_ptr<store::Database> StoreOpener::attempt(const store::ConnectionString &where,
                                                      store::Database::IfNoStore ifNoStore)
{
    auto askPassword = [this](const store::ConnectionString &cs) {
        QApplication::restoreOverrideCursor();
        const QString password =
            QInputDialog::getText(m_parent, tr("Password"),
                                  tr("Password for %1:").arg(cs.toString()), QLineEdit::Password);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        return password;
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        auto db = store::Database::open(where, askPassword, ifNoStore);
        QApplication::restoreOverrideCursor();
        return db;
    } catch (...) {
        QApplication::restoreOverrideCursor();
        throw;
    }
}

bool StoreOpener::clerkAgreesToCreate(const QString &why)
{
    QMessageBox box(QMessageBox::Question, tr("No store here yet"), why,
                    QMessageBox::Yes | QMessageBox::No, m_parent);
    box.setObjectName(QStringLiteral("createStoreBox"));
    box.setInformativeText(tr("Make a new, empty Ruqsat store there? If not, it stays as it is."));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

std::unique_ptr<store::Database> StoreOpener::open(const store::ConnectionString &where)
{
    m_lastError.clear();
    try {
        const auto ifNoStore = isFirstStartOfDefaultStore(where)
                                   ? store::Database::IfNoStore::Create
                                   : store::Database::IfNoStore::Refuse;
        try {
            return attempt(where, ifNoStore);
        } catch (const store::StoreError &e) {
            if (e.kind() != store::StoreError::Kind::NoStore)
                throw;
            if (!clerkAgreesToCreate(e.message())) {
                m_lastError = e.message() + u' ' + store::Database::howToCreate(where);
                return nullptr;
            }
        }
        return attempt(where, store::Database::IfNoStore::Create);
    } catch (const store::StoreError &e) {
        m_lastError = e.message();
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the store"), e.message(),
                        QMessageBox::Ok, m_parent);
        box.setObjectName(QStringLiteral("storeErrorBox"));
        if (!e.detail().isEmpty())
            box.setDetailedText(e.detail());
        box.exec();
        return nullptr;
    }
}

} // namespace ruqsat::ui
