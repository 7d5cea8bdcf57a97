// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// Shows a scan of a case: an image in a window of its own (returned), so the
// clerk can keep looking while ticking the checklist; a PDF in the desktop's
// viewer, from a copy in a temporary folder (nullptr).
class ScanViewer
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::ui::ScanViewer)

public:
    static QWidget *show(QWidget *parent, const store::Database &db, const QString &applicationId,
                         const QString &attachmentId);
};

} // namespace ruqsat::ui
