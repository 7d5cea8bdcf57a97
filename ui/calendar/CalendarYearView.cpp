// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarYearView.h"

#include "CalendarDayDialog.h"
#include "MonthGrid.h"
#include "common/FileDialogs.h"
#include "store/CalendarRepository.h"
#include "store/StoreError.h"
#include "store/StoreFiles.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ruqsat::ui {

namespace {

// A calendar file lists a few dozen days a year; anything far larger is
// another file chosen by mistake, and is not read into memory.
constexpr qint64 kLargestCalendarFile = 1024 * 1024;

// 2024, 2025, 2026, 2028 -> "2024–2026, 2028".
QString yearRanges(const QList<int> &years)
{
    QStringList parts;
    for (qsizetype i = 0; i < years.size();) {
        qsizetype j = i;
        while (j + 1 < years.size() && years.at(j + 1) == years.at(j) + 1)
            ++j;
        parts << (i == j ? QString::number(years.at(i))
                         : QString::number(years.at(i)) + u'\u2013' + QString::number(years.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QWidget *legendEntry(MonthGrid::DayKind kind, QWidget *parent)
{
    auto *entry = new QLabel(parent);
    entry->setObjectName(QStringLiteral("legend%1").arg(int(kind)));
    entry->setText(
        QStringLiteral(
            "<span style=\"background:%1; color:%2;\">&nbsp;&nbsp;%3&nbsp;&nbsp;</span> %4")
            .arg(MonthGrid::background(kind).name(), MonthGrid::foreground(kind).name(),
                 kind == MonthGrid::DayKind::Holiday || kind == MonthGrid::DayKind::Worked
                     ? QStringLiteral("<b>8</b>")
                     : QStringLiteral("8"),
                 MonthGrid::label(kind).toHtmlEscaped()));
    return entry;
}

} // namespace

CalendarYearView::CalendarYearView(const store::Database &db, cases::Session session,
                                   QWidget *parent)
    : QWidget(parent), m_db(db), m_calendar(db, std::move(session)), m_year(new QSpinBox(this)),
      m_covered(new QLabel(this)), m_yearNote(new QLabel(this)), m_message(new QLabel(this)),
      m_import(new QPushButton(tr("&Import CSV..."), this)), m_grids(new QWidget(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(2000, 2100);
    m_year->setAccessibleName(tr("Year"));
    m_year->setValue(QDate::currentDate().year());
    auto *previous = new QPushButton(QStringLiteral("\u25c0"), this);
    previous->setObjectName(QStringLiteral("previousYear"));
    previous->setToolTip(tr("The year before"));
    previous->setAccessibleName(tr("The year before"));
    auto *next = new QPushButton(QStringLiteral("\u25b6"), this);
    next->setObjectName(QStringLiteral("nextYear"));
    next->setToolTip(tr("The year after"));
    next->setAccessibleName(tr("The year after"));
    for (QPushButton *b : {previous, next})
        b->setFixedWidth(b->sizeHint().height() + 6);
    m_covered->setObjectName(QStringLiteral("coveredYears"));
    m_covered->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_import->setObjectName(QStringLiteral("importCalendar"));
    m_import->setToolTip(tr("Replace the years a calendar file lists with its days"));
    auto *exportYear = new QPushButton(tr("Export &year..."), this);
    exportYear->setObjectName(QStringLiteral("exportYear"));
    auto *exportAll = new QPushButton(tr("Export &all years..."), this);
    exportAll->setObjectName(QStringLiteral("exportAll"));
    m_yearNote->setObjectName(QStringLiteral("yearNotCovered"));
    m_yearNote->setWordWrap(true);
    m_yearNote->setStyleSheet(QStringLiteral("background: #fff4e5; padding: 4px;"));
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_grids->setObjectName(QStringLiteral("monthGrids"));
    auto *months = new QGridLayout(m_grids);
    months->setContentsMargins(0, 0, 0, 0);
    months->setVerticalSpacing(2);

    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(previous);
    top->addWidget(m_year);
    top->addWidget(next);
    top->addSpacing(12);
    top->addWidget(m_covered, 1);
    top->addWidget(m_import);
    top->addWidget(exportYear);
    top->addWidget(exportAll);
    auto *legend = new QHBoxLayout;
    for (auto kind : {MonthGrid::DayKind::Working, MonthGrid::DayKind::DayOff,
                      MonthGrid::DayKind::Holiday, MonthGrid::DayKind::Worked})
        legend->addWidget(legendEntry(kind, this));
    auto *hint =
        new QLabel(m_calendar.mayChange() ? tr("Click a day, or press Enter on it, to change it.")
                                          : tr("Only an administrator changes the calendar."),
                   this);
    hint->setObjectName(QStringLiteral("calendarHint"));
    // Wrapped rather than widening the dialog in a longer language.
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    legend->addWidget(hint, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("monthScroll"));
    scroll->setWidget(m_grids);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(legend);
    layout->addWidget(m_yearNote);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);

    m_import->setVisible(m_calendar.mayChange());
    connect(m_year, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(previous, &QPushButton::clicked, m_year, &QSpinBox::stepDown);
    connect(next, &QPushButton::clicked, m_year, &QSpinBox::stepUp);
    connect(m_import, &QPushButton::clicked, this, &CalendarYearView::chooseImport);
    connect(exportYear, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(exportAll, &QPushButton::clicked, this, [this] { chooseExport(true); });
    reload();
}

int CalendarYearView::year() const
{
    return m_year->value();
}

void CalendarYearView::setYear(int year)
{
    if (year == m_year->value())
        reload();
    else
        m_year->setValue(year); // reloads
}

void CalendarYearView::reload()
{
    const int year = m_year->value();
    QList<int> covered;
    domain::WorkCalendar calendar;
    try {
        covered = m_calendar.coveredYears();
        calendar = domain::WorkCalendar(m_calendar.year(year));
    } catch (const store::StoreError &e) {
        showMessage(e.message(), true);
    }
    m_covered->setText(covered.isEmpty() ? tr("The calendar covers no year yet.")
                                         : tr("The calendar covers: %1").arg(yearRanges(covered)));
    m_yearNote->setText(tr("The calendar holds no day of %1: it shows plain weeks, and deadlines "
                           "in that year are counted without holidays.")
                            .arg(year));
    m_yearNote->setVisible(!covered.contains(year));

    if (year != m_builtYear)
        buildMonths(year);
    for (MonthGrid *days : std::as_const(m_months))
        days->setCalendar(calendar);
}

void CalendarYearView::buildMonths(int year)
{
    // A year's months start on other weekdays: the grids are made anew. The
    // old ones go later, as this may run inside one's own click or key.
    auto *grid = static_cast<QGridLayout *>(m_grids->layout());
    for (QWidget *old : m_grids->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        grid->removeWidget(old);
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    m_months.clear();
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        auto *box = new QWidget(m_grids);
        // Russian names months in lower case; as a title it starts with a capital.
        QString name = locale.standaloneMonthName(month);
        name.replace(0, 1, locale.toUpper(name.left(1)));
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), box);
        title->setAlignment(Qt::AlignCenter);
        auto *days = new MonthGrid(year, month, box);
        connect(days, &MonthGrid::dayChosen, this, [this](const QDate &day) { editDay(day); });
        connect(days, &MonthGrid::monthLeft, this, &CalendarYearView::focusAcross);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 0, 4, 0);
        boxLayout->setSpacing(0);
        boxLayout->addWidget(title);
        boxLayout->addWidget(days);
        grid->addWidget(box, (month - 1) / 4, (month - 1) % 4, Qt::AlignTop | Qt::AlignHCenter);
        box->show();
        m_months << days;
    }
    // Tab goes month by month, in reading order.
    for (int m = 1; m < m_months.size(); ++m)
        setTabOrder(m_months.at(m - 1), m_months.at(m));
    m_builtYear = year;
}

void CalendarYearView::focusAcross(const QDate &day)
{
    if (day.year() != year())
        setYear(day.year());
    if (MonthGrid *grid = month(day.month()))
        grid->focusDay(day);
}

bool CalendarYearView::editDay(const QDate &day)
{
    if (!m_calendar.mayChange())
        return false;
    bool covered = true;
    try {
        covered = m_calendar.coveredYears().contains(day.year());
    } catch (const store::StoreError &e) {
        showMessage(e.message(), true);
        return false;
    }
    CalendarDayDialog dialog(m_calendar, day, covered, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.changed())
        return false;
    reload();
    showMessage(tr("Saved: %1.").arg(QLocale().toString(day, QLocale::LongFormat)), false);
    if (MonthGrid *grid = month(day.month()); grid && day.year() == year())
        grid->focusDay(day);
    emit calendarChanged();
    return true;
}

void CalendarYearView::chooseImport()
{
    const QString path = chooseFileToOpen(this, tr("Import a calendar file"),
                                          tr("Calendar files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool CalendarYearView::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto refuse = [this, &name](const QString &why) {
        showMessage(tr("%1 was not imported, and the calendar is unchanged: %2").arg(name, why),
                    true);
        return false;
    };
    if (const QString refusal = store::openStoreFileRefusal(path); !refusal.isEmpty())
        return refuse(refusal);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    if (file.size() > kLargestCalendarFile)
        return refuse(tr("the file is larger than any calendar file (1 MB)."));
    const domain::CalendarCsv csv = domain::CalendarCsv::parse(file.read(kLargestCalendarFile));
    file.close();
    if (!csv.ok())
        return refuse(csv.error);
    if (csv.years.isEmpty())
        return refuse(tr("it lists no day."));

    QStringList lines;
    for (const auto &y : m_calendar.importPreview(csv))
        lines << tr("%1: %2 days in the calendar now, %3 in the file")
                     .arg(y.year)
                     .arg(y.rowsNow)
                     .arg(y.rowsInFile);
    QMessageBox ask(QMessageBox::Question, tr("Import a calendar file"),
                    tr("%1 replaces the holidays and worked days of these years:").arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("importQuestion"));
    ask.setInformativeText(lines.join(u'\n') + QStringLiteral("\n\n") +
                           tr("The days of other years stay as they are. Replace them?"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes) {
        showMessage(tr("Nothing was imported."), false);
        return false;
    }
    try {
        m_calendar.importFile(csv);
    } catch (const store::StoreError &e) {
        return refuse(e.message());
    }
    QList<int> years(csv.years.begin(), csv.years.end());
    std::sort(years.begin(), years.end());
    setYear(years.first());
    showMessage(tr("Imported %1: the calendar of %2 is replaced.").arg(name, yearRanges(years)),
                false);
    emit calendarChanged();
    return true;
}

void CalendarYearView::chooseExport(bool allYears)
{
    const QString suggested =
        allYears ? QStringLiteral("kz-calendar.csv") : QStringLiteral("kz-%1.csv").arg(year());
    const QString path =
        chooseFileToSave(this, allYears ? tr("Export all years") : tr("Export the year"), suggested,
                         tr("Calendar files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, allYears ? 0 : year());
}

bool CalendarYearView::exportTo(const QString &path, int year)
{
    const QString name = QFileInfo(path).fileName();
    if (const QString refusal = store::openStoreFileRefusal(path); !refusal.isEmpty()) {
        showMessage(refusal, true);
        return false;
    }
    QByteArray csv;
    try {
        csv = m_calendar.exportCsv(year);
    } catch (const store::StoreError &e) {
        showMessage(e.message(), true);
        return false;
    }
    // Written whole or not at all: a half-written file would import as less.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        showMessage(tr("%1 was not written: %2").arg(name, file.errorString()), true);
        return false;
    }
    showMessage(year == 0 ? tr("Every year of the calendar is in %1.").arg(path)
                          : tr("The calendar of %1 is in %2.").arg(year).arg(path),
                false);
    return true;
}

void CalendarYearView::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                   : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
    // No empty line under the months: they need the room.
    m_message->setVisible(!text.isEmpty());
}

} // namespace ruqsat::ui
