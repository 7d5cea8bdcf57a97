// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RefusalGrounds.h"
#include "records/Case.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace ruqsat::cases {
class StepSummaries;
}

namespace ruqsat::ui {

// R-REFUSAL: the head chooses the ground of a refusal (Appendix 2, row 9).
// The grounds the case's record suggests (cases::proposeGrounds) are listed
// with why, and the first of them is chosen; the dialog says whose case it
// is, prints the chosen ground in full and that the refusal cannot be
// undone. Refuse accepts; Cancel changes nothing.
class RefusalDialog : public QDialog
{
    Q_OBJECT
public:
    RefusalDialog(const cases::StepSummaries &summaries, const records::Application &app,
                  const QList<domain::GroundProposal> &proposals, QWidget *parent = nullptr);

    int ground() const; // 1..9
    QComboBox *grounds() const { return m_grounds; }

private:
    QComboBox *m_grounds;
    QLabel *m_summary;
};

} // namespace ruqsat::ui
