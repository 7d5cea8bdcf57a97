// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StepDialog.h"
#include "complaints/ComplaintActions.h"
#include "store/ComplaintRepository.h"

class QComboBox;

namespace ruqsat::ui {

// R-COMPLAINT-*: resolves an open complaint: forwarded (to which body),
// granted or rejected (with the reasons), as the rules allow for its
// addressee. What the user's role may not do is refused when saved, with why.
class ResolveComplaintDialog : public StepDialog
{
    Q_OBJECT
public:
    ResolveComplaintDialog(const store::ComplaintRow &row,
                           const complaints::ComplaintActions &actions, QWidget *parent = nullptr);

protected:
    void save() override;
    QString confirmation() const override;
    QString confirmationAct() const override;

private:
    void updateFields();

    store::ComplaintRow m_row;
    complaints::ComplaintActions m_actions;
    QComboBox *m_resolution;
    DateField *m_resolvedOn;
    QLineEdit *m_forwardedTo, *m_note;
    QLabel *m_term;
};

} // namespace ruqsat::ui
