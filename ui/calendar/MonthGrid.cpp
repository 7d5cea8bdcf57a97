// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthGrid.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace ruqsat::ui {

namespace {

constexpr int kWeeks = 6; // a month spans up to six Monday-to-Sunday rows

// Paints the chosen day with a frame instead of the selection's fill, which
// would hide what the day is.
class DayDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem plain(option);
        const bool chosen = option.state & QStyle::State_Selected;
        plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
        QStyledItemDelegate::paint(painter, plain, index);
        if (chosen) {
            painter->save();
            painter->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
            painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
            painter->restore();
        }
    }
};

} // namespace

MonthGrid::MonthGrid(int year, int month, QWidget *parent)
    : QTableWidget(kWeeks, 7, parent), m_first(year, month, 1), m_month(month),
      m_offset(m_first.dayOfWeek() - 1)
{
    setObjectName(QStringLiteral("month%1").arg(month));
    const QLocale locale;
    setAccessibleName(locale.standaloneMonthName(month) + u' ' + QString::number(year));
    // Two letters: the narrow names repeat (ru: П, В, С, Ч, П, С, В).
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        days << locale.standaloneDayName(d, QLocale::ShortFormat).left(2);
    setHorizontalHeaderLabels(days);
    // Cells as wide as the widest of "28" and the day names, in this font.
    const QFontMetrics metrics = horizontalHeader()->fontMetrics();
    m_cellWidth = fontMetrics().horizontalAdvance(QStringLiteral("28")) + 14;
    for (const QString &d : std::as_const(days))
        m_cellWidth = std::max(m_cellWidth, metrics.horizontalAdvance(d) + 12);
    // Rows and header kept low: the twelve months fit the dialog without scrolling.
    m_cellHeight = fontMetrics().height() + 3;
    horizontalHeader()->setFixedHeight(metrics.height() + 6);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setMinimumSectionSize(m_cellWidth);
    horizontalHeader()->setDefaultSectionSize(m_cellWidth);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(m_cellHeight);
    verticalHeader()->setDefaultSectionSize(m_cellHeight);
    setItemDelegate(new DayDelegate(this));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setShowGrid(false);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    for (int cell = 0; cell < kWeeks * 7; ++cell) {
        auto *item = new QTableWidgetItem;
        const QDate day = m_first.addDays(cell - m_offset);
        if (day.month() == month) {
            item->setText(QString::number(day.day()));
            item->setData(kDateRole, day);
            item->setTextAlignment(Qt::AlignCenter);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        } else {
            item->setFlags(Qt::NoItemFlags);
        }
        setItem(cell / 7, cell % 7, item);
    }
    connect(this, &QTableWidget::itemClicked, this, [this](QTableWidgetItem *item) {
        if (const QDate day = item->data(kDateRole).toDate(); day.isValid())
            emit dayChosen(day);
    });
}

QSize MonthGrid::sizeHint() const
{
    return {7 * m_cellWidth + 2 * frameWidth(),
            horizontalHeader()->height() + kWeeks * m_cellHeight + 2 * frameWidth()};
}

MonthGrid::DayKind MonthGrid::kindOf(const domain::WorkCalendar &calendar, QDate day)
{
    const bool weekend = day.dayOfWeek() >= 6;
    if (calendar.isWorkingDay(day))
        return weekend ? DayKind::Worked : DayKind::Working;
    return weekend ? DayKind::DayOff : DayKind::Holiday;
}

QColor MonthGrid::background(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QColor(0xff, 0xff, 0xff);
    case DayKind::DayOff:
        return QColor(0xe4, 0xe4, 0xe4);
    case DayKind::Holiday:
        return QColor(0xf4, 0xb6, 0xb6);
    case DayKind::Worked:
        return QColor(0xa8, 0xd8, 0xa8);
    }
    return {};
}

QColor MonthGrid::foreground(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QColor(0x20, 0x20, 0x20);
    case DayKind::DayOff:
        return QColor(0x70, 0x70, 0x70);
    case DayKind::Holiday:
        return QColor(0x8b, 0x00, 0x00);
    case DayKind::Worked:
        return QColor(0x0b, 0x4f, 0x0b);
    }
    return {};
}

QString MonthGrid::label(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return tr("Working day");
    case DayKind::DayOff:
        return tr("Day off (Saturday, Sunday)");
    case DayKind::Holiday:
        return tr("Holiday");
    case DayKind::Worked:
        return tr("Worked day (a day swap)");
    }
    return {};
}

void MonthGrid::setCalendar(const domain::WorkCalendar &calendar)
{
    const QLocale locale;
    for (int cell = 0; cell < kWeeks * 7; ++cell) {
        QTableWidgetItem *it = item(cell / 7, cell % 7);
        const QDate day = it->data(kDateRole).toDate();
        if (!day.isValid())
            continue;
        const DayKind kind = kindOf(calendar, day);
        it->setData(kKindRole, int(kind));
        it->setBackground(background(kind));
        it->setForeground(foreground(kind));
        // Not by colour alone: exceptions are bold as well.
        QFont font = it->font();
        font.setBold(kind == DayKind::Holiday || kind == DayKind::Worked);
        it->setFont(font);
        QString tip = locale.toString(day, QLocale::LongFormat) + u'\n' + label(kind);
        if (const auto e = calendar.exceptionOn(day); e && !e->note.isEmpty())
            tip += QStringLiteral(": ") + e->note;
        it->setToolTip(tip);
        it->setData(Qt::AccessibleTextRole, tip);
    }
}

QTableWidgetItem *MonthGrid::itemOf(QDate day) const
{
    if (day.year() != m_first.year() || day.month() != m_month)
        return nullptr;
    const int cell = day.day() - 1 + m_offset;
    return item(cell / 7, cell % 7);
}

void MonthGrid::focusDay(QDate day)
{
    if (QTableWidgetItem *it = itemOf(day)) {
        setCurrentItem(it);
        setFocus(Qt::OtherFocusReason);
    }
}

QDate MonthGrid::currentDay() const
{
    const QTableWidgetItem *it = currentItem();
    return it ? it->data(kDateRole).toDate() : QDate();
}

void MonthGrid::keyPressEvent(QKeyEvent *event)
{
    const QDate day = currentDay();
    if (day.isValid()) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
            event->key() == Qt::Key_Space) {
            emit dayChosen(day);
            return;
        }
        int step = 0;
        switch (event->key()) {
        case Qt::Key_Left:
            step = -1;
            break;
        case Qt::Key_Right:
            step = 1;
            break;
        case Qt::Key_Up:
            step = -7;
            break;
        case Qt::Key_Down:
            step = 7;
            break;
        default:
            break;
        }
        if (step != 0) {
            // Day by day, past the edges of the month's rows, as a calendar reads.
            const QDate next = day.addDays(step);
            if (next.month() == m_month)
                setCurrentItem(itemOf(next));
            else
                emit monthLeft(next);
            return;
        }
    } else if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Down) {
        setCurrentItem(itemOf(m_first)); // no day yet: the first
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace ruqsat::ui
