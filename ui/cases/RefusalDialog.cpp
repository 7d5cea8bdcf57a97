// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefusalDialog.h"

#include "cases/StepSummaries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ruqsat::ui {

RefusalDialog::RefusalDialog(const cases::StepSummaries &summaries, const records::Application &app,
                             const QList<domain::GroundProposal> &proposals, QWidget *parent)
    : QDialog(parent), m_grounds(new QComboBox(this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Refuse"));
    setMinimumWidth(640);
    m_grounds->setObjectName(QStringLiteral("ground"));
    m_summary->setObjectName(QStringLiteral("refusalSummary"));
    m_summary->setWordWrap(true);
    auto *suggested = new QLabel(this);
    suggested->setObjectName(QStringLiteral("proposals"));
    suggested->setWordWrap(true);
    QStringList reasons;
    for (const domain::GroundProposal &p : proposals)
        reasons << tr("Ground %1: %2").arg(p.number).arg(p.reason);
    suggested->setText(reasons.isEmpty()
                           ? tr("Nothing in the case's record suggests a ground.")
                           : tr("The case's record suggests:") + u'\n' + reasons.join(u'\n'));
    for (const domain::RefusalGround &g : domain::RefusalGrounds::all()) {
        const QString text = g.text.in(domain::screenLanguage());
        // The full text is in the summary below; the list stays readable.
        const QString shortText = text.size() > 90 ? text.left(90) + QStringLiteral("…") : text;
        m_grounds->addItem(QStringLiteral("%1. %2").arg(g.number).arg(shortText), g.number);
    }
    if (!proposals.isEmpty())
        m_grounds->setCurrentIndex(m_grounds->findData(proposals.first().number));
    const auto update = [this, summaries, app] {
        m_summary->setText(summaries.refuse(app, ground()));
    };
    update();
    connect(m_grounds, &QComboBox::currentIndexChanged, this, update);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *refuse = buttons->button(QDialogButtonBox::Ok);
    refuse->setText(tr("Refuse"));
    refuse->setObjectName(QStringLiteral("refuseButton"));
    // A refusal is never the default: Enter does not refuse by accident.
    refuse->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    // The dialog grows with its wrapped texts instead of clipping them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(suggested);
    layout->addWidget(new QLabel(tr("Ground (Appendix 2, row 9)"), this));
    layout->addWidget(m_grounds);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

int RefusalDialog::ground() const
{
    return m_grounds->currentData().toInt();
}

} // namespace ruqsat::ui
