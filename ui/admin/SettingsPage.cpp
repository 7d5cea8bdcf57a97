// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPage.h"

#include "cases/Administration.h"
#include "common/FieldDelegate.h"
#include "common/FileDialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

namespace {

enum Column { CaptionColumn, ValueColumn };

// The order an administrator fills them in: the forms, then the working
// hours. Who issues, signs and receives the police notices belongs to each
// district (the Districts page).
const QStringList kOrder = {
    QStringLiteral("print.override_dir"),           QStringLiteral("provider.work_start"),
    QStringLiteral("provider.lunch_start"),         QStringLiteral("provider.lunch_end"),
    QStringLiteral("provider.work_end"),            QStringLiteral("state_corporation.work_start"),
    QStringLiteral("state_corporation.work_end"),   QStringLiteral("attachments.max_bytes"),
};

} // namespace

const QString SettingsPage::kOverrideDirKey = QStringLiteral("print.override_dir");

QString SettingsPage::caption(const QString &key)
{
    static const QList<std::pair<QString, const char *>> captions = {
        {QStringLiteral("print.override_dir"), QT_TR_NOOP("Folder of edited print forms (empty: the built-in forms)")},
        {QStringLiteral("provider.work_start"), QT_TR_NOOP("Akimat: work starts (HH:mm)")},
        {QStringLiteral("provider.lunch_start"), QT_TR_NOOP("Akimat: lunch starts (HH:mm)")},
        {QStringLiteral("provider.lunch_end"), QT_TR_NOOP("Akimat: lunch ends (HH:mm)")},
        {QStringLiteral("provider.work_end"), QT_TR_NOOP("Akimat: work ends (HH:mm)")},
        {QStringLiteral("state_corporation.work_start"), QT_TR_NOOP("State Corporation: work starts (HH:mm)")},
        {QStringLiteral("state_corporation.work_end"), QT_TR_NOOP("State Corporation: work ends (HH:mm)")},
        {QStringLiteral("attachments.max_bytes"), QT_TR_NOOP("Largest scan accepted, in bytes")},
    };
    for (const auto &[k, text] : captions)
        if (k == key)
            return tr(text);
    return key; // a setting added by a later migration still shows, by its key
}

SettingsPage::SettingsPage(const cases::Administration &admin, QWidget *parent)
    : AdminPage(admin, parent), m_table(new QTableWidget(0, 2, this)),
      m_browse(new QPushButton(tr("&Browse..."), this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_table->setObjectName(QStringLiteral("settingsTable"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(CaptionColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    // Values are held to their limit as they are typed (a folder or a name
    // printed on the forms).
    auto *cells = new FieldDelegate(m_table);
    cells->setTextColumn(ValueColumn, QStringLiteral("setting.value"));
    m_table->setItemDelegate(cells);
    connect(cells, &FieldDelegate::refused, this, &SettingsPage::showError);
    m_browse->setObjectName(QStringLiteral("browseOverrideDir"));
    m_browse->setToolTip(tr("Choose the folder of edited print forms"));

    auto *hint = new QLabel(tr("Double-click a value to change it; it is saved when you press Enter."), this);
    hint->setWordWrap(true);
    hint->setVisible(mayChange()); // readers get the dialog's read-only note instead
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Folder of edited print forms:"), this));
    row->addWidget(m_browse);
    row->addStretch();
    pageLayout()->addWidget(hint);
    pageLayout()->addWidget(m_table, 1);
    pageLayout()->addLayout(row);
    finishLayout();

    connect(m_table, &QTableWidget::itemChanged, this, &SettingsPage::save);
    connect(m_browse, &QPushButton::clicked, this, &SettingsPage::browse);
    lockForReaders(m_table, {m_browse});
    reload();
}

void SettingsPage::reload()
{
    auto settings = m_admin.textSettings();
    std::stable_sort(settings.begin(), settings.end(), [](const auto &a, const auto &b) {
        const auto rank = [](const QString &key) {
            const auto i = kOrder.indexOf(key);
            return i < 0 ? kOrder.size() : i;
        };
        return rank(a.first) < rank(b.first);
    });
    m_filling = true;
    m_table->setRowCount(int(settings.size()));
    for (int row = 0; row < settings.size(); ++row) {
        const auto &[key, value] = settings.at(row);
        auto *captionItem = cell(caption(key));
        captionItem->setData(Qt::UserRole, key);
        captionItem->setToolTip(key);
        m_table->setItem(row, CaptionColumn, captionItem);
        m_table->setItem(row, ValueColumn, cell(value, true));
    }
    m_filling = false;
}

int SettingsPage::rowOf(const QString &key) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, CaptionColumn)->data(Qt::UserRole).toString() == key)
            return row;
    return -1;
}

void SettingsPage::save(QTableWidgetItem *item)
{
    if (m_filling || item->column() != ValueColumn)
        return;
    const QString key = m_table->item(item->row(), CaptionColumn)->data(Qt::UserRole).toString();
    const QString text = item->text();
    if (run([&] { m_admin.setText(key, text); })) {
        // Show what the store keeps (trimmed, hours as HH:mm); in place,
        // because this runs from the item's own itemChanged.
        m_filling = true;
        for (const auto &[k, v] : m_admin.textSettings())
            if (k == key)
                item->setText(v);
        m_filling = false;
    }
    // On a refusal the cell keeps what was typed, for the administrator to correct.
}

void SettingsPage::browse()
{
    const int row = rowOf(kOverrideDirKey);
    if (row < 0)
        return;
    const QString current = m_table->item(row, ValueColumn)->text();
    const QString dir = chooseFolder(this, tr("Folder of edited print forms"), current);
    if (!dir.isEmpty())
        m_table->item(row, ValueColumn)->setText(dir); // itemChanged saves it
}

} // namespace ruqsat::ui
