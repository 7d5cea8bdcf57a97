// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsTab.h"

#include "common/FileDialogs.h"
#include "reports/ReportCsv.h"
#include "reports/ReportDesk.h"
#include "reports/ReportPrint.h"
#include "reports/ReportWords.h"
#include "store/StoreError.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ruqsat::ui {

using reports::Grouping;
using reports::Kind;
using reports::ReportLine;

namespace {

// Slices of the pie beyond these many are shown together as "Others".
constexpr int kPieSlices = 7;

QTableWidgetItem *item(const QString &text, bool number, bool bold = false)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont font = cell->font();
        font.setBold(true);
        cell->setFont(font);
    }
    return cell;
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QValueAxis *countAxis(int top)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(1, top + top / 10 + 1));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

ReportsTab::ReportsTab(const store::Database &db, const cases::Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_kind(new QComboBox(this)),
      m_by(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_csv(new QPushButton(tr("Export &CSV..."), this)),
      m_pdf(new QPushButton(tr("Print to &PDF..."), this)), m_note(new QLabel(this)),
      m_table(new QTableWidget(0, 2, this)), m_chart(new QChartView(this))
{
    const reports::Words words(domain::screenLanguage());
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->setAccessibleName(tr("Report"));
    for (Kind k : reports::allKinds())
        m_kind->addItem(reports::title(k, words), int(k));
    m_by->setObjectName(QStringLiteral("reportGrouping"));
    m_by->setAccessibleName(tr("Group by"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setDate(today);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_note->setObjectName(QStringLiteral("reportNote"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Report"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Report"), this));
    row->addWidget(m_kind);
    row->addWidget(new QLabel(tr("From"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("To"), this));
    row->addWidget(m_to);
    row->addWidget(new QLabel(tr("Group by"), this));
    row->addWidget(m_by);
    row->addStretch();
    row->addWidget(m_csv);
    row->addWidget(m_pdf);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    // The chart needs room for its bars and names: half the width at least.
    m_chart->setMinimumWidth(480);
    split->setSizes({500, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);

    offerGroupings();
    m_by->setCurrentIndex(m_by->findData(int(Grouping::Month)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        offerGroupings();
        refresh();
    });
    connect(m_by, &QComboBox::currentIndexChanged, this, &ReportsTab::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsTab::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsTab::refresh);
    connect(m_csv, &QPushButton::clicked, this, &ReportsTab::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsTab::exportPdf);
}

void ReportsTab::setSession(const cases::Session &session)
{
    m_session = session;
    refresh();
}

Kind ReportsTab::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

Grouping ReportsTab::grouping() const
{
    return Grouping(m_by->currentData().toInt());
}

reports::Period ReportsTab::period() const
{
    return {m_from->date(), m_to->date()};
}

void ReportsTab::choose(Kind kind, Grouping by, const reports::Period &period)
{
    {
        const QSignalBlocker a(m_kind), b(m_by), c(m_from), d(m_to);
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
        offerGroupings();
        m_by->setCurrentIndex(std::max(0, m_by->findData(int(by))));
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    refresh();
}

void ReportsTab::offerGroupings()
{
    // The ground is a refusal's: the other kinds are not offered it.
    const reports::Words words(domain::screenLanguage());
    const QVariant current = m_by->currentData();
    const QSignalBlocker quiet(m_by);
    m_by->clear();
    for (Grouping g : reports::allGroupings())
        if (reports::groups(kind(), g))
            m_by->addItem(reports::title(g, words), int(g));
    const int again = m_by->findData(current);
    m_by->setCurrentIndex(again >= 0 ? again : m_by->findData(int(Grouping::Month)));
}

void ReportsTab::refresh()
{
    m_lines.clear();
    const reports::Period p = period();
    if (!p.isValid()) {
        m_note->setText(tr("The period ends before it begins: choose a later \"To\" day."));
        m_note->show();
    } else {
        m_note->hide();
        try {
            m_lines = reports::ReportDesk(m_db, m_session.scope()).run(kind(), grouping(), p);
        } catch (const store::StoreError &e) {
            m_note->setText(e.message());
            m_note->show();
        }
        if (m_session.seesNoDistrict()) {
            m_note->setText(
                tr("You work in no district: the reports count nothing. An administrator "
                   "gives you your districts."));
            m_note->show();
        }
    }
    m_csv->setEnabled(p.isValid());
    m_pdf->setEnabled(p.isValid());
    showLines();
    showChart();
}

void ReportsTab::showLines()
{
    const reports::Words words(domain::screenLanguage());
    const bool term = kind() == Kind::DecisionTerm;
    QStringList titles{reports::title(grouping(), words), reports::countTitle(kind(), words)};
    if (term)
        titles << tr("In time") << tr("Late") << tr("In time, %");
    m_table->clearContents();
    m_table->setColumnCount(int(titles.size()));
    m_table->setHorizontalHeaderLabels(titles);
    const bool withTotal = grouping() != Grouping::None && !m_lines.isEmpty();
    m_table->setRowCount(int(m_lines.size()) + (withTotal ? 1 : 0));
    const auto put = [&](int r, const ReportLine &line, bool bold) {
        m_table->setItem(r, 0, item(line.label, false, bold));
        m_table->setItem(r, 1, item(QLocale().toString(line.count), true, bold));
        if (term) {
            m_table->setItem(r, 2, item(QLocale().toString(line.inTime), true, bold));
            m_table->setItem(r, 3, item(QLocale().toString(line.late()), true, bold));
            m_table->setItem(r, 4, item(percent(line.inTimePercent()), true, bold));
        }
    };
    for (int r = 0; r < m_lines.size(); ++r)
        put(r, m_lines.at(r), false);
    if (withTotal)
        put(int(m_lines.size()), reports::ReportDesk::total(m_lines, tr("Total")), true);
    // The numbers as wide as their titles, the names the rest; the decisions'
    // five columns take the larger part of the tab.
    for (int column = 1; column < m_table->columnCount(); ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (auto *split = qobject_cast<QSplitter *>(m_table->parentWidget()))
        split->setSizes(term ? QList<int>{720, 480} : QList<int>{500, 700});
}

void ReportsTab::showChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const reports::Words words(domain::screenLanguage());
    chart->setTitle(reports::title(kind(), words));
    const bool term = kind() == Kind::DecisionTerm;
    if (grouping() == Grouping::Citizenship && !m_lines.isEmpty()) {
        // Shares of each citizenship: the largest slices, the rest together.
        auto *pie = new QPieSeries(chart);
        int total = 0, others = 0;
        for (const ReportLine &line : m_lines)
            total += line.count;
        for (int i = 0; i < m_lines.size(); ++i) {
            if (i < kPieSlices)
                pie->append(m_lines.at(i).label, m_lines.at(i).count);
            else
                others += m_lines.at(i).count;
        }
        if (others > 0)
            pie->append(tr("Others"), others);
        for (QPieSlice *slice : pie->slices()) {
            slice->setLabel(QStringLiteral("%1: %2%").arg(
                slice->label(), percent(total ? slice->value() * 100.0 / total : 0)));
            slice->setLabelVisible(true);
        }
        chart->addSeries(pie);
        chart->legend()->hide();
    } else if (!m_lines.isEmpty()) {
        // Months along the bottom; other groups as horizontal bars, whose
        // names have room to be read whole.
        const bool months = grouping() == Grouping::Month;
        QAbstractBarSeries *series = nullptr;
        if (months)
            series = term ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(chart))
                          : static_cast<QAbstractBarSeries *>(new QBarSeries(chart));
        else
            series = term
                         ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries(chart))
                         : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries(chart));
        auto *counted = new QBarSet(term ? tr("In time") : reports::countTitle(kind(), words));
        auto *late = term ? new QBarSet(tr("Late")) : nullptr;
        QStringList categories;
        int top = 0;
        // Horizontal bars read top down: the first line on top.
        QList<ReportLine> shown = m_lines;
        if (!months)
            std::reverse(shown.begin(), shown.end());
        for (const ReportLine &line : shown) {
            // Months as MM.yy: a year's twelve names fit under their bars whole.
            categories << (months ? line.key.mid(5, 2) + u'.' + line.key.mid(2, 2) : line.label);
            *counted << (term ? line.inTime : line.count);
            if (late)
                *late << line.late();
            top = std::max(top, line.count);
        }
        series->append(counted);
        if (late) {
            late->setColor(QColor(0xc0, 0x39, 0x2b));
            series->append(late);
        }
        chart->addSeries(series);
        auto *names = new QBarCategoryAxis;
        names->append(categories);
        auto *values = countAxis(top);
        chart->addAxis(names, months ? Qt::AlignBottom : Qt::AlignLeft);
        chart->addAxis(values, months ? Qt::AlignLeft : Qt::AlignBottom);
        series->attachAxis(names);
        series->attachAxis(values);
        if (!term)
            chart->legend()->hide();
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart); // the view releases the old chart without deleting it
    delete old;
}

QString ReportsTab::writeCsv(const QString &path) const
{
    const reports::Words words(domain::screenLanguage());
    QStringList header{tr("Code"), reports::title(grouping(), words),
                       reports::countTitle(kind(), words)};
    if (kind() == Kind::DecisionTerm)
        header << tr("In time") << tr("Late") << tr("In time, %");
    return reports::writeReportFile(path, reports::reportCsv(kind(), m_lines, header));
}

QString ReportsTab::writePdf(const QString &path, domain::Language language) const
{
    QList<ReportLine> lines = m_lines;
    reports::ReportDesk(m_db, m_session.scope()).label(lines, grouping(), language);
    return reports::writeReportPdf(path, {kind(), grouping(), period(), QDate::currentDate()},
                                   lines, language);
}

bool ReportsTab::exportCsv()
{
    const QString path =
        chooseFileToSave(this, tr("Export CSV"),
                         QStringLiteral("%1-%2-%3.csv")
                             .arg(reports::code(kind()), period().from.toString(Qt::ISODate),
                                  period().to.toString(Qt::ISODate)),
                         tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    const QString error = writeCsv(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export CSV"), error);
    return error.isEmpty();
}

bool ReportsTab::exportPdf()
{
    const QStringList languages{tr("Kazakh"), tr("Russian")};
    const int current = domain::screenLanguage() == domain::Language::Russian ? 1 : 0;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Print to PDF"), tr("Language of the report:"), languages, current, false, &ok);
    if (!ok)
        return false;
    const domain::Language language =
        chosen == languages.at(1) ? domain::Language::Russian : domain::Language::Kazakh;
    const QString path =
        chooseFileToSave(this, tr("Print to PDF"),
                         QStringLiteral("%1-%2-%3.pdf")
                             .arg(reports::code(kind()), period().from.toString(Qt::ISODate),
                                  period().to.toString(Qt::ISODate)),
                         tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const QString error = writePdf(path, language);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Print to PDF"), error);
    return error.isEmpty();
}

} // namespace ruqsat::ui
