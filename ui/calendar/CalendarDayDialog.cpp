// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarDayDialog.h"

#include "common/FieldInput.h"
#include "domain/WorkCalendar.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ruqsat::ui {

using Kind = cases::CalendarAdministration::Kind;

CalendarDayDialog::CalendarDayDialog(const cases::CalendarAdministration &calendar, QDate day,
                                     bool yearCovered, QWidget *parent)
    : QDialog(parent), m_calendar(calendar), m_day(day), m_ordinary(new QRadioButton(this)),
      m_holiday(new QRadioButton(tr("&Holiday: this weekday is not worked"), this)),
      m_worked(new QRadioButton(tr("&Worked day: this Saturday or Sunday is worked (a day swap)"),
                                this)),
      m_note(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarDayDialog"));
    const QLocale locale;
    setWindowTitle(tr("Calendar day"));
    // "понедельник, 7 января": a title starts with a capital.
    QString date = locale.toString(day, QLocale::LongFormat);
    date.replace(0, 1, locale.toUpper(date.left(1)));
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(date.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("dayTitle"));
    const bool weekend = day.dayOfWeek() >= 6;
    m_ordinary->setText(weekend ? tr("&Ordinary day: a day off, as every Saturday and Sunday")
                                : tr("&Ordinary day: a working day, as every weekday"));
    m_ordinary->setObjectName(QStringLiteral("ordinaryDay"));
    m_holiday->setObjectName(QStringLiteral("holiday"));
    m_worked->setObjectName(QStringLiteral("workedDay"));
    // A holiday falls on a weekday and a worked day on a weekend (as in the
    // calendar file): the other choice is shown, but cannot be taken.
    m_holiday->setEnabled(!weekend);
    m_worked->setEnabled(weekend);
    const auto exception = domain::WorkCalendar(calendar.year(day.year())).exceptionOn(day);
    if (!exception)
        m_ordinary->setChecked(true);
    else if (exception->kind == Kind::Holiday)
        m_holiday->setChecked(true);
    else
        m_worked->setChecked(true);
    m_note->setObjectName(QStringLiteral("dayNote"));
    m_note->setText(exception ? exception->note : QString());
    m_note->setPlaceholderText(tr("For example: Nauryz, or the decree of the day swap"));
    m_message->setObjectName(QStringLiteral("dayMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    limitLength(m_note, QStringLiteral("calendar.note"),
                [this](const QString &why) { m_message->setText(why); });
    for (QRadioButton *b : {m_ordinary, m_holiday, m_worked})
        connect(b, &QRadioButton::toggled, this, &CalendarDayDialog::updateNote);
    updateNote();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    if (!yearCovered) {
        auto *first = new QLabel(tr("The calendar holds no day of %1 yet. After this change the "
                                    "year counts as entered and the Deadlines tab no longer warns "
                                    "about it: enter all its holidays and day swaps, or import "
                                    "the year's file instead.")
                                     .arg(day.year()),
                                 this);
        first->setObjectName(QStringLiteral("uncoveredYear"));
        first->setWordWrap(true);
        first->setStyleSheet(QStringLiteral("background: #fff4e5; padding: 6px;"));
        layout->addWidget(first);
    }
    layout->addWidget(m_ordinary);
    layout->addWidget(m_holiday);
    layout->addWidget(m_worked);
    auto *form = new QFormLayout;
    form->addRow(tr("&Note"), m_note);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarDayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

std::optional<Kind> CalendarDayDialog::chosenKind() const
{
    if (m_holiday->isChecked())
        return Kind::Holiday;
    if (m_worked->isChecked())
        return Kind::Workday;
    return std::nullopt;
}

void CalendarDayDialog::updateNote()
{
    // An ordinary day is no exception and keeps no note.
    m_note->setEnabled(chosenKind().has_value());
}

void CalendarDayDialog::accept()
{
    try {
        m_changed = m_calendar.setDay(m_day, chosenKind(), m_note->text());
    } catch (const store::StoreError &e) {
        m_message->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace ruqsat::ui
