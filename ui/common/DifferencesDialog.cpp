// SPDX-License-Identifier: GPL-3.0-or-later
#include "DifferencesDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

DifferencesDialog::DifferencesDialog(const QString &title, const QString &message,
                                     const QList<records::FieldChange> &differences,
                                     const QString &beforeHeading, const QString &afterHeading,
                                     QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(int(differences.size()), 3, this)),
      m_notes(new QVBoxLayout), m_buttons(new QHBoxLayout)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("differencesDialog"));
    auto *text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("differencesMessage"));
    text->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("differences"));
    m_table->setHorizontalHeaderLabels({tr("Field"), beforeHeading, afterHeading});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    for (int row = 0; row < differences.size(); ++row) {
        const records::FieldChange &d = differences.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(d.label));
        // An empty value is shown as such, not as a blank that looks unread.
        auto value = [](const QString &v) { return v.isEmpty() ? tr("(empty)") : v; };
        m_table->setItem(row, 1, new QTableWidgetItem(value(d.beforeText)));
        m_table->setItem(row, 2, new QTableWidgetItem(value(d.afterText)));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_notes);
    layout->addLayout(m_buttons);
    resize(820, 260 + 28 * int(std::min<qsizetype>(differences.size(), 10)));
}

void DifferencesDialog::addChoice(int id, const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    if (m_buttons->count() == 1) // only the stretch so far: the first choice
        button->setDefault(true);
    connect(button, &QPushButton::clicked, this, [this, id] { done(id); });
    m_buttons->addWidget(button);
}

void DifferencesDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    m_notes->addWidget(note);
}

} // namespace ruqsat::ui
