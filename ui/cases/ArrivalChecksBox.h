// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Case.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;

namespace ruqsat::ui {

// R-CHECK (§15): the four checks of the day the documents arrive, each
// "not checked", "conforms" or "does not conform" with a note. Typed while
// the documents are decided on, then shown as the case's record.
class ArrivalChecksBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ArrivalChecksBox(QWidget *parent = nullptr);

    void setChecks(const QList<records::ArrivalCheck> &checks);
    // The checks given a result, by item; those not checked are left out.
    QList<records::ArrivalCheck> checks() const;
    void setEditable(bool editable);
    // Sets check `item` (1..4), as a clerk does.
    void setResult(int item, bool conforms, const QString &note = {});

private:
    struct Row
    {
        QComboBox *result;
        QLineEdit *note;
    };
    QList<Row> m_rows; // item 1 first
};

} // namespace ruqsat::ui
