// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPage.h"

#include "cases/Administration.h"
#include "common/FieldInput.h"
#include "domain/Language.h"
#include "store/StoreError.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

AdminPage::AdminPage(const cases::Administration &admin, QWidget *parent)
    : QWidget(parent), m_admin(admin), m_layout(new QVBoxLayout(this)), m_message(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void AdminPage::finishLayout()
{
    m_layout->addWidget(m_message);
}

bool AdminPage::run(const std::function<void()> &change)
{
    try {
        change();
    } catch (const store::StoreError &e) {
        showError(e.message());
        return false;
    }
    showSaved();
    return true;
}

void AdminPage::showError(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(text);
}

void AdminPage::showSaved(const QString &more)
{
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_message->setText(more.isEmpty() ? tr("Saved.") : tr("Saved.") + u' ' + more);
}

void AdminPage::limitText(QLineEdit *edit, const QString &field)
{
    limitLength(edit, field, [this](const QString &message) { showError(message); });
}

bool AdminPage::mayChange() const
{
    return m_admin.mayChange();
}

QTableWidgetItem *AdminPage::cell(const QString &text, bool editable) const
{
    auto *item = new QTableWidgetItem(text);
    if (!editable || !mayChange())
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

void AdminPage::lockForReaders(QTableWidget *table, const QList<QWidget *> &editors)
{
    if (mayChange())
        return;
    if (table)
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QWidget *w : editors)
        w->setEnabled(false);
}

QString AdminPage::inScreenLanguage(const QString &kk, const QString &ru, const QString &en)
{
    const QString name = domain::TrilingualText{kk, ru, en}.in(domain::screenLanguage());
    return name.isEmpty() ? ru : name;
}

} // namespace ruqsat::ui
