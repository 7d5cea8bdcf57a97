// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictsPage.h"

#include "cases/Administration.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

DistrictsPage::DistrictsPage(const cases::Administration &admin, QWidget *parent)
    : AdminPage(admin, parent), m_region(new QComboBox(this)), m_table(new QTableWidget(0, 4, this)),
      m_kato(new QLineEdit(this)), m_nameKk(new QLineEdit(this)), m_nameRu(new QLineEdit(this)),
      m_nameEn(new QLineEdit(this)), m_add(new QPushButton(tr("&Add the district"), this))
{
    setObjectName(QStringLiteral("districtsPage"));
    m_region->setObjectName(QStringLiteral("districtRegion"));
    m_table->setObjectName(QStringLiteral("districtsTable"));
    m_table->setHorizontalHeaderLabels({tr("KATO"), tr("Name in Kazakh"), tr("Name in Russian"), tr("Name in English")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kato->setObjectName(QStringLiteral("districtKato"));
    m_kato->setPlaceholderText(tr("9 digits, or empty until known"));
    m_kato->setMaxLength(9);
    m_nameKk->setObjectName(QStringLiteral("districtNameKk"));
    m_nameRu->setObjectName(QStringLiteral("districtNameRu"));
    m_nameEn->setObjectName(QStringLiteral("districtNameEn"));
    m_nameEn->setPlaceholderText(tr("empty: the Russian name"));
    limitText(m_nameKk, QStringLiteral("district.nameKk"));
    limitText(m_nameRu, QStringLiteral("district.nameRu"));
    limitText(m_nameEn, QStringLiteral("district.nameEn"));
    m_add->setObjectName(QStringLiteral("addDistrict"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Region"), this));
    top->addWidget(m_region, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("KATO code"), m_kato);
    form->addRow(tr("Name in Kazakh"), m_nameKk);
    form->addRow(tr("Name in Russian"), m_nameRu);
    form->addRow(tr("Name in English"), m_nameEn);
    form->addRow(QString(), m_add);
    pageLayout()->addLayout(top);
    pageLayout()->addWidget(m_table, 1);
    pageLayout()->addLayout(form);
    finishLayout();

    connect(m_region, &QComboBox::currentIndexChanged, this, &DistrictsPage::fillDistricts);
    connect(m_add, &QPushButton::clicked, this, &DistrictsPage::add);
    lockForReaders(m_table, {m_kato, m_nameKk, m_nameRu, m_nameEn, m_add});
    reload();
}

void DistrictsPage::reload()
{
    const QSignalBlocker block(m_region);
    const int current = m_region->currentData().toInt();
    m_region->clear();
    for (const store::Region &r : m_admin.regions())
        m_region->addItem(inScreenLanguage(r.nameKk, r.nameRu, r.nameEn), r.id);
    const int index = m_region->findData(current);
    m_region->setCurrentIndex(index < 0 ? 0 : index);
    fillDistricts();
}

void DistrictsPage::fillDistricts()
{
    const auto districts = m_admin.districts(m_region->currentData().toInt());
    m_table->setRowCount(int(districts.size()));
    for (int row = 0; row < districts.size(); ++row) {
        const store::District &d = districts.at(row);
        m_table->setItem(row, 0, cell(d.kato));
        m_table->setItem(row, 1, cell(d.nameKk));
        m_table->setItem(row, 2, cell(d.nameRu));
        m_table->setItem(row, 3, cell(d.nameEn));
    }
}

void DistrictsPage::add()
{
    store::District d{0, m_region->currentData().toInt(), m_kato->text(), m_nameKk->text(), m_nameRu->text(),
                      m_nameEn->text()};
    if (!run([&] { m_admin.addDistrict(d); }))
        return; // the form keeps what was typed
    for (QLineEdit *edit : {m_kato, m_nameKk, m_nameRu, m_nameEn})
        edit->clear();
    fillDistricts();
}

} // namespace ruqsat::ui
