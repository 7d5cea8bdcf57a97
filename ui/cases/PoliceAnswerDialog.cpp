// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoliceAnswerDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ruqsat::ui {

PoliceAnswerDialog::PoliceAnswerDialog(bool positive, QWidget *parent)
    : QDialog(parent), m_reference(new QLineEdit(this)), m_note(new QLineEdit(this))
{
    setWindowTitle(positive ? tr("Police: positive answer") : tr("Police: negative answer"));
    m_reference->setObjectName(QStringLiteral("policeReference"));
    m_reference->setMaxLength(100);
    m_note->setObjectName(QStringLiteral("policeNote"));
    m_note->setMaxLength(500);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Reference of the answer:"), m_reference);
    form->addRow(tr("Note:"), m_note);
    form->addRow(buttons);
    resize(480, sizeHint().height());
}

QString PoliceAnswerDialog::reference() const
{
    return m_reference->text();
}

QString PoliceAnswerDialog::note() const
{
    return m_note->text();
}

} // namespace ruqsat::ui
