// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/PermitActions.h"
#include "common/StepDialog.h"
#include "records/Permit.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace ruqsat::ui {

class DateField;

// The dialogs of the actions on one permit (cases::PermitActions). Each shows
// the permit, the fields of its act, and the dates the rules compute from
// them, updated as the dates change; StepDialog saves and shows refusals.
class PermitActionDialog : public StepDialog
{
    Q_OBJECT
protected:
    PermitActionDialog(const records::Permit &permit, const cases::PermitActions &actions, QWidget *parent);

    const records::Permit &permit() const { return m_permit; }
    const cases::PermitActions &actions() const { return m_actions; }

private:
    records::Permit m_permit;
    cases::PermitActions m_actions; // a copy: cheap, and never dangles
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

} // namespace ruqsat::ui
