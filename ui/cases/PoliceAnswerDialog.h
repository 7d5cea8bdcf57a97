// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace ruqsat::ui {

// R-POLICE: the police's answer as the clerk records it: the reference (the
// number of their letter) and a note of what it says, both optional.
class PoliceAnswerDialog : public QDialog
{
    Q_OBJECT
public:
    PoliceAnswerDialog(bool positive, QWidget *parent = nullptr);

    QString reference() const;
    QString note() const;

private:
    QLineEdit *m_reference, *m_note;
};

} // namespace ruqsat::ui
