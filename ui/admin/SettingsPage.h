// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPage.h"

class QPushButton;
class QTableWidgetItem;

namespace ruqsat::ui {

// The text settings as a table: a caption the administrator understands,
// and the value, saved as soon as a cell is edited. The print override
// folder (print.override_dir) also has a Browse… button.
class SettingsPage : public AdminPage
{
    Q_OBJECT
public:
    SettingsPage(const cases::Administration &admin, QWidget *parent = nullptr);
    void reload() override;

    static QString caption(const QString &key);
    static const QString kOverrideDirKey;

private:
    void save(QTableWidgetItem *item);
    void browse();
    int rowOf(const QString &key) const;

    QTableWidget *m_table;
    QPushButton *m_browse;
    bool m_filling = false;
};

} // namespace ruqsat::ui
