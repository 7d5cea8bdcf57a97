// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreOpener.h"

#include "store/StoreError.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace ruqsat::ui {

std::unique_ptr<store::Database> StoreOpener::open(const store::ConnectionString &where)
{
    m_lastError.clear();
    auto askPassword = [this](const store::ConnectionString &cs) {
        return QInputDialog::getText(m_parent, QApplication::translate("ruqsat::ui::StoreOpener", "Password"),
                                     QApplication::translate("ruqsat::ui::StoreOpener",
                                                             "Password for %1:")
                                         .arg(cs.toString()),
                                     QLineEdit::Password);
    };
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto db = store::Database::open(where, [&](const store::ConnectionString &cs) {
            QApplication::restoreOverrideCursor();
            const QString password = askPassword(cs);
            QApplication::setOverrideCursor(Qt::WaitCursor);
            return password;
        });
        QApplication::restoreOverrideCursor();
        return db;
    } catch (const store::StoreError &e) {
        QApplication::restoreOverrideCursor();
        m_lastError = e.message();
        QMessageBox box(QMessageBox::Warning,
                        QApplication::translate("ruqsat::ui::StoreOpener", "Cannot open the store"),
                        e.message(), QMessageBox::Ok, m_parent);
        box.setObjectName(QStringLiteral("storeErrorBox"));
        if (!e.detail().isEmpty())
            box.setDetailedText(e.detail());
        box.exec();
        return nullptr;
    }
}

} // namespace ruqsat::ui
