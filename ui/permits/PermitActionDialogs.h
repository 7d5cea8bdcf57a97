// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/PermitActions.h"
#include "records/Permit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ruqsat::ui {

class DateField;

// The dialogs of the actions on one permit (cases::PermitActions). Each shows
// the permit, the fields of its act, and the dates the rules compute from
// them, updated as the dates change. OK (or Enter) saves through
// PermitActions; a refusal is shown inside the dialog, which stays open with
// everything typed in place. A date typed that is not a day, or a text over
// its limit, is refused beside its field before anything is saved.
// exec() returns Accepted only when it was saved.
class PermitActionDialog : public QDialog
{
    Q_OBJECT
public:
    // Why the last save was refused; empty when it was not.
    QString message() const;
    void accept() override;

protected:
    PermitActionDialog(const records::Permit &permit, const cases::PermitActions &actions, QWidget *parent);

    // Performs the action; throws store::StoreError when it is refused.
    virtual void save() = 0;
    // For an action that cannot be undone: what it will do, asked before
    // save() (Cancel leaves the dialog as it was). Empty: saved at once, as
    // when the action would be refused anyway and save() says why.
    virtual QString confirmation() const { return {}; }
    // The button that confirms it ("Revoke").
    virtual QString confirmationAct() const;

    const records::Permit &permit() const { return m_permit; }
    const cases::PermitActions &actions() const { return m_actions; }
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

    records::Permit m_permit;
    cases::PermitActions m_actions; // a copy: cheap, and never dangles
    QFormLayout *m_form;
    QLabel *m_message;
    QList<Checked> m_checked;
};

// R-DUPLICATE: a copy of the permit, lost or damaged, issued today.
class CopyDialog : public PermitActionDialog
{
    Q_OBJECT
public:
    CopyDialog(const records::Permit &permit, const cases::PermitActions &actions, QWidget *parent = nullptr);
    int copiesIssued() const { return m_copies; } // after a save

protected:
    void save() override;

private:
    QComboBox *m_reason;
    int m_copies;
};

// R-TERMINATION: the labour contract ended; the employer's notice (Appendix 6).
class TerminationDialog : public PermitActionDialog
{
    Q_OBJECT
public:
    TerminationDialog(const records::Permit &permit, const cases::PermitActions &actions,
                      QWidget *parent = nullptr);
    records::Termination termination() const { return m_result; } // after a save

protected:
    void save() override;

private:
    void updatePreview();

    DateField *m_ended, *m_notified;
    QLineEdit *m_note;
    QLabel *m_due;
    records::Termination m_result;
};

// R-REVOKE, R-REVOKE-POLICE, R-REVOKE-STAY: revocation on a supervising
// body's act. Only the head or an administrator can save it.
class RevocationDialog : public PermitActionDialog
{
    Q_OBJECT
public:
    RevocationDialog(const records::Permit &permit, const cases::PermitActions &actions,
                     QWidget *parent = nullptr);
    records::Revocation revocation() const { return m_result; } // after a save

protected:
    void save() override;
    QString confirmation() const override;
    QString confirmationAct() const override;

private:
    void updatePreview();

    QLineEdit *m_issuer, *m_number;
    DateField *m_actDate, *m_revokedOn;
    QLabel *m_policeDue, *m_stayUntil;
    records::Revocation m_result;
};

// R-CONTRACT: the labour contract concluded under the permit.
class ContractDialog : public PermitActionDialog
{
    Q_OBJECT
public:
    ContractDialog(const records::Permit &permit, const cases::PermitActions &actions, QWidget *parent = nullptr);
    records::LabourContract contract() const; // what is typed; with its id after a save

protected:
    void save() override;

private:
    void updatePreview();

    QLineEdit *m_number;
    QComboBox *m_registry;
    DateField *m_concluded, *m_registered, *m_from, *m_to;
    QCheckBox *m_isRegistered, *m_hasEnd;
    QLabel *m_check;
    QString m_id;
};

// R-COMPLAINT-*: a complaint on the permit, with its due date by addressee.
class ComplaintDialog : public PermitActionDialog
{
    Q_OBJECT
public:
    ComplaintDialog(const records::Permit &permit, const cases::PermitActions &actions, QWidget *parent = nullptr);
    records::Complaint complaint() const { return m_result; } // after a save

protected:
    void save() override;

private:
    void updatePreview();

    QComboBox *m_addressee;
    QLineEdit *m_complainant, *m_summary;
    DateField *m_registered;
    QLabel *m_due;
    records::Complaint m_result;
};

} // namespace ruqsat::ui
