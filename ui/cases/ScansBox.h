// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"

#include <QWidget>

class QListWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// The scans of a case: their list, and buttons to attach files (PDF, JPEG,
// PNG), view one and remove one. A file the store refuses is named with
// the reason, and the others are still attached.
class ScansBox : public QWidget
{
    Q_OBJECT
public:
    ScansBox(const store::Database &db, cases::Session session, const QString &applicationId,
             QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Re-reads the case's scans.
    void fill();
    // Attaches the files; says what was refused and why.
    void attachFiles(const QStringList &paths);
    // Shows a scan: an image in a viewer window (returned), a PDF in the
    // desktop's viewer (nullptr).
    QWidget *viewScan(const QString &attachmentId);

signals:
    void changed(); // a scan was attached or removed: the case's history has a row more

private:
    void removeCurrent();

    const store::Database &m_db;
    cases::Session m_session;
    QString m_applicationId;
    QListWidget *m_list;
};

} // namespace ruqsat::ui
