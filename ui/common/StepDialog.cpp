// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepDialog.h"

#include "FieldInput.h"
#include "SavingStep.h"
#include "domain/FieldLimits.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ruqsat::ui {

StepDialog::StepDialog(const QString &heading, const store::Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_heading(new QLabel(heading, this)), m_form(new QFormLayout),
      m_message(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    m_heading->setWordWrap(true);
    // Wide enough for a computed date and its rule on one line.
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
}

QString StepDialog::confirmationAct() const
{
    return tr("Confirm");
}

QString StepDialog::message() const
{
    return m_message->text();
}

QString StepDialog::dayText(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("ddd dd.MM.yyyy")) : QString();
}

QWidget *StepDialog::withMessage(QWidget *editor, QLabel **message)
{
    *message = new QLabel(this);
    (*message)->setObjectName(editor->objectName() + QLatin1String(".message"));
    (*message)->setWordWrap(true);
    (*message)->setStyleSheet(QStringLiteral("color: #b00020;"));
    (*message)->hide();
    auto *cell = new QWidget(this);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(editor);
    layout->addWidget(*message);
    return cell;
}

DateField *StepDialog::addDate(const QString &name, const QString &label, const QDate &initial)
{
    auto *edit = new DateField(this);
    edit->setObjectName(name);
    edit->setDate(initial);
    edit->setRequired(true);
    QLabel *message = nullptr;
    m_form->addRow(label, withMessage(edit, &message));
    m_checked << Checked{edit, QString(), message};
    connect(edit, &QLineEdit::editingFinished, this, [this, c = m_checked.last()] { check(c); });
    return edit;
}

DateField *StepDialog::addOptionalDate(const QString &name, const QString &label,
                                       const QDate &initial, bool on, QCheckBox **box)
{
    *box = new QCheckBox(label, this);
    (*box)->setObjectName(name + QLatin1String("Set"));
    (*box)->setChecked(on);
    auto *edit = new DateField(this);
    edit->setObjectName(name);
    edit->setDate(initial);
    edit->setRequired(true); // while ticked
    edit->setEnabled(on);
    QLabel *message = nullptr;
    QWidget *cell = withMessage(edit, &message);
    m_checked << Checked{edit, QString(), message};
    const Checked c = m_checked.last();
    connect(*box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    connect(*box, &QCheckBox::toggled, this, [this, c] { check(c); });
    connect(edit, &QLineEdit::editingFinished, this, [this, c] { check(c); });
    auto *row = new QHBoxLayout;
    row->addWidget(*box);
    row->addWidget(cell, 1);
    m_form->addRow(row);
    return edit;
}

QLineEdit *StepDialog::addLine(const QString &name, const QString &label, const QString &field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    QLabel *message = nullptr;
    m_form->addRow(label, withMessage(edit, &message));
    limitLength(edit, field, [message](const QString &why) {
        message->setText(why);
        message->show();
    });
    m_checked << Checked{edit, field, message};
    return edit;
}

void StepDialog::check(const Checked &c)
{
    QString why;
    if (c.edit->isEnabled())
        why = c.field.isEmpty() ? static_cast<DateField *>(c.edit)->problem()
                                : domain::FieldLimits::problem(c.field, c.edit->text());
    c.message->setText(why);
    c.message->setVisible(!why.isEmpty());
}

bool StepDialog::fieldsAccepted()
{
    bool accepted = true;
    for (const Checked &c : std::as_const(m_checked)) {
        check(c);
        accepted &= c.message->isHidden();
    }
    return accepted;
}

QLabel *StepDialog::addComputed(const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void StepDialog::finishLayout()
{
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    // Enter anywhere in the form saves (QDialog clicks the default button).
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StepDialog::reject);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void StepDialog::accept()
{
    if (!fieldsAccepted()) {
        m_message->setText(
            tr("Some fields need attention: the messages beside them say what to fix."));
        m_message->show();
        adjustSize();
        return;
    }
    if (const QString summary = confirmation(); !summary.isEmpty()) {
        QMessageBox box(QMessageBox::Question, windowTitle(), summary,
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("confirmStep"));
        box.button(QMessageBox::Yes)->setText(confirmationAct());
        box.setDefaultButton(QMessageBox::Cancel); // Enter alone never takes it
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    try {
        runSaving(m_db, [this] { save(); });
    } catch (const store::StoreError &e) {
        // The clerk reads why, fixes a field and saves again: nothing typed is touched.
        m_message->setText(e.message());
        m_message->show();
        adjustSize(); // room for a message of several lines
        return;
    }
    m_message->clear();
    m_message->hide();
    QDialog::accept();
}

} // namespace ruqsat::ui
