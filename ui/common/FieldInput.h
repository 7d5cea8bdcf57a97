// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TypedDate.h"

#include <QLineEdit>
#include <functional>

namespace ruqsat::ui {

// Holds `edit` to the length limit of `field` (domain::FieldLimits): typing,
// pasting or dropping past it is refused and `refused` gets the words to show
// beside the field. Unlike QLineEdit::setMaxLength, which cuts a paste or a
// loaded text at the limit without a word, nothing is ever cut: a refused
// paste leaves the field as it was, and a longer text loaded from a draft
// stays whole for the checks to point at. A field without a limit is left alone.
void limitLength(QLineEdit *edit, const QString &field,
                 const std::function<void(const QString &)> &refused = {});

// A date typed as on paper, "20.03.2026" or "20032026". It keeps what was
// typed, so a day that does not exist (31.02.2022) stays on screen to be
// corrected, and problem() says what is wrong with it, to show beside it.
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    domain::TypedDate typed() const;
    QDate date() const; // invalid when empty or not a day
    void setDate(const QDate &date);
    // A required date must be typed; an optional one may stay empty.
    void setRequired(bool required) { m_required = required; }
    bool isRequired() const { return m_required; }
    // What to say beside the field; empty when it is fine.
    QString problem() const;

signals:
    void dateChanged(const QDate &date); // an invalid date when it is not a day any more

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_required = false;
    QDate m_last;
};

} // namespace ruqsat::ui
