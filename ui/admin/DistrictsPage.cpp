// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictsPage.h"

#include "cases/Administration.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ruqsat::ui {

namespace {

enum DistrictColumn { KatoColumn, KazakhColumn, RussianColumn, EnglishColumn, BodiesColumn };
enum BodyColumn { CaptionColumn, ValueColumn };

// How many of the district's bodies are still empty, for the administrator
// to see which districts cannot print their forms yet.
int emptyBodies(const records::DistrictBodies &bodies)
{
    int empty = 0;
    for (const records::DistrictBodyField &field : records::districtBodyFields())
        empty += (bodies.*field.member).isEmpty() ? 1 : 0;
    return empty;
}

} // namespace

DistrictsPage::DistrictsPage(const cases::Administration &admin, QWidget *parent)
    : AdminPage(admin, parent), m_region(new QComboBox(this)), m_table(new QTableWidget(0, 5, this)),
      m_bodies(new QTableWidget(0, 2, this)), m_kato(new QLineEdit(this)), m_nameKk(new QLineEdit(this)),
      m_nameRu(new QLineEdit(this)), m_nameEn(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add the district"), this))
{
    setObjectName(QStringLiteral("districtsPage"));
    m_region->setObjectName(QStringLiteral("districtRegion"));
    m_table->setObjectName(QStringLiteral("districtsTable"));
    // Short titles: the table shares the page's width with the bodies.
    m_table->setHorizontalHeaderLabels(
        {tr("KATO"), tr("In Kazakh"), tr("In Russian"), tr("In English"), tr("Bodies")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KatoColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BodiesColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_bodies->setObjectName(QStringLiteral("districtBodiesTable"));
    m_bodies->setHorizontalHeaderLabels({tr("Of the selected district"), tr("Value")});
    m_bodies->horizontalHeader()->setSectionResizeMode(CaptionColumn, QHeaderView::ResizeToContents);
    m_bodies->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_bodies->verticalHeader()->hide();
    m_bodies->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Region"), this));
    top->addWidget(m_region, 1);
    auto *hint = new QLabel(tr("The forms of a district name its issuing body, its head and its police body. "
                               "Select a district, then double-click a value to change it; it is saved when "
                               "you press Enter."),
                            this);
    hint->setWordWrap(true);
    hint->setVisible(mayChange()); // readers get the dialog's read-only note instead
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_bodies);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 500});
    pageLayout()->addLayout(top);
    pageLayout()->addWidget(hint);
    pageLayout()->addWidget(split, 1);
    pageLayout()->addWidget(makeAddForm());
    finishLayout();

    connect(m_region, &QComboBox::currentIndexChanged, this, &DistrictsPage::fillDistricts);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DistrictsPage::fillBodies);
    connect(m_bodies, &QTableWidget::itemChanged, this, &DistrictsPage::saveBody);
    connect(m_add, &QPushButton::clicked, this, &DistrictsPage::add);
    lockForReaders(m_bodies, {m_kato, m_nameKk, m_nameRu, m_nameEn, m_add});
    reload();
}

QWidget *DistrictsPage::makeAddForm()
{
    auto *box = new QGroupBox(tr("New district"), this);
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
    // Two rows, so that the districts and their bodies keep the height.
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("KATO code"), box), 0, 0);
    grid->addWidget(m_kato, 0, 1);
    grid->addWidget(new QLabel(tr("Name in Kazakh"), box), 0, 2);
    grid->addWidget(m_nameKk, 0, 3);
    grid->addWidget(new QLabel(tr("Name in Russian"), box), 1, 0);
    grid->addWidget(m_nameRu, 1, 1);
    grid->addWidget(new QLabel(tr("Name in English"), box), 1, 2);
    grid->addWidget(m_nameEn, 1, 3);
    grid->addWidget(m_add, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);
    return box;
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
    const int selected = currentDistrictId();
    const auto districts = m_admin.districts(m_region->currentData().toInt());
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(int(districts.size()));
        for (int row = 0; row < districts.size(); ++row) {
            const store::District &d = districts.at(row);
            auto *kato = cell(d.kato);
            kato->setData(Qt::UserRole, d.id);
            m_table->setItem(row, KatoColumn, kato);
            m_table->setItem(row, KazakhColumn, cell(d.nameKk));
            m_table->setItem(row, RussianColumn, cell(d.nameRu));
            m_table->setItem(row, EnglishColumn, cell(d.nameEn));
            m_table->setItem(row, BodiesColumn, bodiesState(d.bodies));
            if (d.id == selected)
                m_table->selectRow(row);
        }
        if (m_table->selectedItems().isEmpty() && !districts.isEmpty())
            m_table->selectRow(0);
    }
    fillBodies();
}

QTableWidgetItem *DistrictsPage::bodiesState(const records::DistrictBodies &bodies) const
{
    const int empty = emptyBodies(bodies);
    // A tick is narrower than any language's "all set", which the tooltip says.
    auto *state = cell(empty == 0 ? QStringLiteral("\u2713") : tr("%n empty", nullptr, empty));
    state->setToolTip(empty == 0 ? tr("all set") : tr("%n empty", nullptr, empty));
    state->setTextAlignment(Qt::AlignCenter);
    if (empty > 0)
        state->setForeground(QColor(0xb0, 0x00, 0x20));
    return state;
}

int DistrictsPage::currentDistrictId() const
{
    const auto rows = m_table->selectionModel()->selectedRows(KatoColumn);
    return rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toInt();
}

std::optional<store::District> DistrictsPage::currentDistrict() const
{
    const int id = currentDistrictId();
    for (const store::District &d : m_admin.districts(m_region->currentData().toInt()))
        if (d.id == id)
            return d;
    return std::nullopt;
}

void DistrictsPage::fillBodies()
{
    const auto district = currentDistrict();
    const auto &fields = records::districtBodyFields();
    m_filling = true;
    m_bodies->setRowCount(district ? int(fields.size()) : 0);
    for (int row = 0; district && row < fields.size(); ++row) {
        const records::DistrictBodyField &field = fields.at(row);
        auto *caption = cell(records::districtBodyCaption(field));
        caption->setData(Qt::UserRole, field.key);
        caption->setToolTip(field.key); // the KEY of "ruqsatctl districts set"
        m_bodies->setItem(row, CaptionColumn, caption);
        auto *value = cell(district->bodies.*field.member, true);
        value->setToolTip(value->text()); // an akimat's name is longer than the column
        m_bodies->setItem(row, ValueColumn, value);
    }
    m_filling = false;
}

void DistrictsPage::saveBody(QTableWidgetItem *item)
{
    if (m_filling || item->column() != ValueColumn)
        return;
    auto district = currentDistrict();
    const auto *field =
        records::districtBodyField(m_bodies->item(item->row(), CaptionColumn)->data(Qt::UserRole).toString());
    if (!district || !field)
        return;
    records::DistrictBodies bodies = district->bodies;
    bodies.*field->member = item->text();
    if (!run([&] { m_admin.setDistrictBodies(district->id, bodies); }))
        return; // the cell keeps what was typed, for the administrator to correct
    // Show what the store keeps (trimmed), in place: this runs from the item's own itemChanged.
    district = currentDistrict();
    m_filling = true;
    item->setText(district->bodies.*field->member);
    item->setToolTip(item->text());
    m_filling = false;
    const auto selected = m_table->selectionModel()->selectedRows(BodiesColumn);
    if (!selected.isEmpty())
        m_table->setItem(selected.first().row(), BodiesColumn, bodiesState(district->bodies));
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
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, KatoColumn)->data(Qt::UserRole).toInt() == d.id)
            m_table->selectRow(row); // its bodies are what to fill in next
}

} // namespace ruqsat::ui
