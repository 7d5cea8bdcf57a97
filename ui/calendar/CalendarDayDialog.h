// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CalendarAdministration.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace ruqsat::ui {

// R-WORKDAY: what one day of the calendar is, as the administrator sets it
// from the year view: an ordinary day (a weekday worked, a Saturday or
// Sunday off), a holiday (a weekday off) or a worked day (a Saturday or
// Sunday worked, a day swap), with a note. OK saves at once through
// cases::CalendarAdministration; a refusal is shown in the dialog, which
// stays open with what was typed.
class CalendarDayDialog : public QDialog
{
    Q_OBJECT
public:
    // `yearCovered`: whether the calendar already holds a day of the year.
    CalendarDayDialog(const cases::CalendarAdministration &calendar, QDate day, bool yearCovered,
                      QWidget *parent = nullptr);

    void accept() override;
    // Whether OK changed the store.
    bool changed() const { return m_changed; }

private:
    std::optional<cases::CalendarAdministration::Kind> chosenKind() const;
    void updateNote();

    const cases::CalendarAdministration &m_calendar;
    QDate m_day;
    QRadioButton *m_ordinary, *m_holiday, *m_worked;
    QLineEdit *m_note;
    QLabel *m_message;
    bool m_changed = false;
};

} // namespace ruqsat::ui
