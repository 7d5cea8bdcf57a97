// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Session.h"
#include "domain/Language.h"
#include "reports/ReportKind.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// The Reports tab, for every role: what the store holds of one kind over a
// period (issued, extended, refused, refused at intake, revoked, terminated,
// copies, decisions in time and late), grouped by district, citizenship,
// channel, month, ground or official, within the session's districts; a
// table with its total and a chart (bars; shares of each citizenship as a
// pie); exported as CSV or printed to PDF in Kazakh or Russian.
class ReportsTab : public QWidget
{
    Q_OBJECT

public:
    ReportsTab(const store::Database &db, const cases::Session &session, QWidget *parent = nullptr);

    void setSession(const cases::Session &session);
    // Reads the report again.
    void refresh();
    void choose(reports::Kind kind, reports::Grouping by, const reports::Period &period);

    reports::Kind kind() const;
    reports::Grouping grouping() const;
    reports::Period period() const;
    const QList<reports::ReportLine> &lines() const { return m_lines; }
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_chart; }

    // Asks for a file and writes the report as CSV; false when not written.
    bool exportCsv();
    // Asks for the language (Kazakh or Russian) and a file, and prints the
    // report to PDF; false when not written.
    bool exportPdf();
    // What the two above write, without asking: for tests and scripts.
    QString writeCsv(const QString &path) const;
    QString writePdf(const QString &path, domain::Language language) const;

private:
    void offerGroupings();
    void showLines();
    void showChart();

    const store::Database &m_db;
    cases::Session m_session;
    QList<reports::ReportLine> m_lines;
    QComboBox *m_kind;
    QComboBox *m_by;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QLabel *m_note;
    QTableWidget *m_table;
    QChartView *m_chart;
};

} // namespace ruqsat::ui
