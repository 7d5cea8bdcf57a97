// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StepDialog.h"
#include "complaints/ComplaintActions.h"

class QComboBox;

namespace ruqsat::ui {

// What a complaint is registered on: a permit, or a case (a refused one,
// or one whose clerk did not act in time).
struct ComplaintSubject
{
    QString heading; // "Permit No. ..." or "Case 2026-000012 of KARIMOV RUSTAM"
    QString applicationId;
    QString permitId; // empty for a complaint on a case
};

// R-COMPLAINT-*: registers a complaint, with the decision it appeals and its
// due date by addressee, shown as the clerk types.
class ComplaintDialog : public StepDialog
{
    Q_OBJECT
public:
    ComplaintDialog(const ComplaintSubject &subject, const complaints::ComplaintActions &actions,
                    QWidget *parent = nullptr);
    records::Complaint complaint() const { return m_result; } // after a save

protected:
    void save() override;

private:
    void updatePreview();

    ComplaintSubject m_subject;
    complaints::ComplaintActions m_actions;
    QComboBox *m_addressee, *m_decision;
    QLineEdit *m_complainant, *m_summary;
    DateField *m_registered;
    QLabel *m_due;
    records::Complaint m_result;
};

} // namespace ruqsat::ui
