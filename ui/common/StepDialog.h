// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

class DateField;

// The frame of a dialog that performs one step through the core: a heading,
// the fields of the step, and a message line. OK (or Enter) saves; a
// refusal (store::StoreError) is shown inside the dialog, which stays open
// with everything typed in place. A date typed that is not a day, or a text
// over its limit, is refused beside its field before anything is saved.
// exec() returns Accepted only when it was saved.
class StepDialog : public QDialog
{
    Q_OBJECT
public:
    // Why the last save was refused; empty when it was not.
    QString message() const;
    void accept() override;

protected:
    // `db`: the store save() writes to, so that a shared server's hiccups
    // are ridden out (SavingStep) before a refusal is shown.
    StepDialog(const QString &heading, const store::Database &db, QWidget *parent);

    // Performs the step; throws store::StoreError when it is refused.
    virtual void save() = 0;
    // For a step that cannot be undone: what it will do, asked before
    // save() (Cancel leaves the dialog as it was). Empty: saved at once, as
    // when the step would be refused anyway and save() says why.
    virtual QString confirmation() const { return {}; }
    // The button that confirms it ("Revoke").
    virtual QString confirmationAct() const;

    QLabel *heading() const { return m_heading; }
    QFormLayout *form() const { return m_form; }
    // A date that must be typed, with its message line beside it.
    DateField *addDate(const QString &name, const QString &label, const QDate &initial);
    // A date ticked on by a box beside it; checked only while ticked.
    DateField *addOptionalDate(const QString &name, const QString &label, const QDate &initial,
                               bool on, QCheckBox **box);
    // A text held to the limit of `field` (domain::FieldLimits), with its
    // message line beside it.
    QLineEdit *addLine(const QString &name, const QString &label, const QString &field);
    // A read-only line for a computed date or a hint.
    QLabel *addComputed(const QString &name, const QString &label);
    // Adds the message line and OK/Cancel; call last, so that Tab runs
    // through the fields in the order they were added and ends on the buttons.
    void finishLayout();
    // "Tue 12.05.2026": the weekday tells the clerk at once whether a date
    // falls on a weekend.
    static QString dayText(const QDate &day);

private:
    // A field checked before saving, and the line beside it that says why.
    struct Checked
    {
        QLineEdit *edit;
        QString field; // the text's limit; empty for a date
        QLabel *message;
    };
    QWidget *withMessage(QWidget *editor, QLabel **message);
    // Shows each field's problem beside it; true when there is none.
    bool fieldsAccepted();
    void check(const Checked &c);

    const store::Database &m_db;
    QLabel *m_heading;
    QFormLayout *m_form;
    QLabel *m_message;
    QList<Checked> m_checked;
};

} // namespace ruqsat::ui
