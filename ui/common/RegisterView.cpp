// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterView.h"

#include "UrgencyDelegate.h"
#include "itemmodels/RegisterTableModel.h"
#include "store/DistrictScope.h"
#include "store/ReferenceRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <climits>

namespace ruqsat::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::ui::RegisterView)
};
} // namespace

void fillDistrictFilter(QComboBox *box, const store::Database &db, const QList<int> &scope)
{
    const QSignalBlocker quiet(box);
    const QVariant chosen = box->currentData();
    box->clear();
    box->addItem(Tr::tr("All districts"), 0);
    const store::ReferenceRepository refs(db);
    for (const store::Region &region : refs.regions())
        for (const store::District &d : refs.districts(region.id))
            if (store::inScope(scope, d.id))
                box->addItem(d.names().in(domain::screenLanguage()), d.id);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

QLabel *noDistrictNote(QWidget *parent)
{
    auto *note =
        new QLabel(Tr::tr("No district is assigned to you, so the registers show nothing. Ask the "
                          "administrator to give you your districts."),
                   parent);
    note->setObjectName(QStringLiteral("noDistrictNote"));
    note->setWordWrap(true);
    note->setHidden(true);
    return note;
}

void setUpRegisterView(QTableView *view, QAbstractItemModel *model, int sortColumn, int urgencyColumn)
{
    view->setModel(model);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicator(sortColumn, Qt::DescendingOrder);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->setItemDelegateForColumn(urgencyColumn, new UrgencyDelegate(view));
}

void searchAsTyped(QLineEdit *search, const std::function<void()> &apply)
{
    auto *typing = new QTimer(search);
    typing->setSingleShot(true);
    typing->setInterval(250);
    QObject::connect(search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    QObject::connect(typing, &QTimer::timeout, search, apply);
    QObject::connect(search, &QLineEdit::returnPressed, search, [typing, apply] {
        typing->stop();
        apply();
    });
}

QString matchCountText(const itemmodels::RegisterTableModel &model, const std::function<QString(int)> &counted)
{
    if (const std::optional<qint64> count = model.matchCount())
        return counted(int(std::min<qint64>(*count, INT_MAX)));
    if (!model.countError().isEmpty())
        return Tr::tr("Not counted: %1").arg(model.countError());
    return Tr::tr("Counting…");
}

} // namespace ruqsat::ui
