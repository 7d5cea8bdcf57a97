// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldInput.h"

#include "domain/FieldLimits.h"

#include <QCoreApplication>
#include <QValidator>

namespace ruqsat::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::ui::FieldInput)
};

// Refuses any edit that would make the text longer than the limit. A text
// already longer (set by the program) is left as it is.
class LengthValidator : public QValidator
{
public:
    LengthValidator(int maxLength, QObject *parent) : QValidator(parent), m_max(maxLength) {}
    State validate(QString &input, int &) const override
    {
        return input.size() <= m_max ? Acceptable : Invalid;
    }

private:
    int m_max;
};

} // namespace

void limitLength(QLineEdit *edit, const QString &field,
                 const std::function<void(const QString &)> &refused)
{
    const int max = domain::FieldLimits::maxLength(field);
    if (max <= 0)
        return;
    edit->setValidator(new LengthValidator(max, edit));
    if (!refused)
        return;
    QObject::connect(edit, &QLineEdit::inputRejected, edit, [edit, max, refused] {
        // Looked at once the line edit has undone the refused edit (it says
        // so before), and after the checks its other signals ran. A text
        // loaded longer than the limit takes edits, to be shortened; its
        // problem is said by the form's checks, not here.
        QMetaObject::invokeMethod(
            edit,
            [edit, max, refused] {
                if (edit->text().size() <= max)
                    refused(Tr::tr("This field holds at most %n character(s): what would go past "
                                   "that was not taken.",
                                   nullptr, max));
            },
            Qt::QueuedConnection);
    });
}

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("DD.MM.YYYY"));
    connect(this, &QLineEdit::textChanged, this, [this] {
        const QDate now = date();
        if (now != m_last) {
            m_last = now;
            emit dateChanged(now);
        }
    });
}

domain::TypedDate DateField::typed() const
{
    return domain::TypedDate::parse(text());
}

QDate DateField::date() const
{
    const domain::TypedDate d = typed();
    return d.isValid() ? d.date : QDate();
}

void DateField::setDate(const QDate &date)
{
    setText(domain::TypedDate::format(date));
}

QString DateField::problem() const
{
    return typed().problem(m_required && isEnabled());
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    // "20032026" reads back as the date it is; a wrong date stays as typed.
    const domain::TypedDate d = typed();
    if (d.isValid() && text() != domain::TypedDate::format(d.date))
        setDate(d.date);
    QLineEdit::focusOutEvent(event);
}

} // namespace ruqsat::ui
