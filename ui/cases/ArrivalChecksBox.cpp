// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArrivalChecksBox.h"

#include "domain/ArrivalChecks.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace ruqsat::ui {

namespace {

// The combo's data: no result yet, or whether the check found conformity.
constexpr int kNotChecked = -1;

} // namespace

ArrivalChecksBox::ArrivalChecksBox(QWidget *parent)
    : QGroupBox(tr("Checks on the day the documents arrived"), parent)
{
    setObjectName(QStringLiteral("arrivalChecks"));
    auto *grid = new QGridLayout(this);
    for (const int item : domain::ArrivalChecks::items()) {
        auto *title = new QLabel(
            QStringLiteral("%1. %2").arg(item).arg(domain::ArrivalChecks::title(item)), this);
        title->setWordWrap(true);
        auto *result = new QComboBox(this);
        result->setObjectName(QStringLiteral("arrivalCheck%1").arg(item));
        result->addItem(tr("Not checked"), kNotChecked);
        result->addItem(tr("Conforms"), 1);
        result->addItem(tr("Does not conform"), 0);
        auto *note = new QLineEdit(this);
        note->setObjectName(QStringLiteral("arrivalCheckNote%1").arg(item));
        const int row = item - 1;
        grid->addWidget(title, row, 0);
        grid->addWidget(result, row, 1);
        grid->addWidget(note, row, 2);
        m_rows << Row{result, note};
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 3);
}

void ArrivalChecksBox::setChecks(const QList<records::ArrivalCheck> &checks)
{
    for (const Row &row : std::as_const(m_rows)) {
        row.result->setCurrentIndex(0);
        row.note->clear();
    }
    for (const records::ArrivalCheck &check : checks)
        if (domain::ArrivalChecks::isItem(check.item))
            setResult(check.item, check.conforms, check.note);
}

void ArrivalChecksBox::setResult(int item, bool conforms, const QString &note)
{
    const Row &row = m_rows.at(item - 1);
    row.result->setCurrentIndex(row.result->findData(conforms ? 1 : 0));
    row.note->setText(note);
}

QList<records::ArrivalCheck> ArrivalChecksBox::checks() const
{
    QList<records::ArrivalCheck> out;
    for (int i = 0; i < m_rows.size(); ++i) {
        const int result = m_rows.at(i).result->currentData().toInt();
        if (result == kNotChecked)
            continue;
        records::ArrivalCheck check;
        check.item = i + 1;
        check.conforms = result == 1;
        check.note = m_rows.at(i).note->text().trimmed();
        out << check;
    }
    return out;
}

void ArrivalChecksBox::setEditable(bool editable)
{
    for (const Row &row : std::as_const(m_rows)) {
        row.result->setEnabled(editable);
        row.note->setReadOnly(!editable);
        // A hint while typing; on the record an empty note stays empty.
        row.note->setPlaceholderText(editable ? tr("what was found") : QString());
    }
}

} // namespace ruqsat::ui
