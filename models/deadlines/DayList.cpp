// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayList.h"

#include "DeadlineDesk.h"
#include "store/ReferenceRepository.h"

#include "printing/FormRenderer.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTranslator>

namespace ruqsat::deadlines {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString code(domain::Language language)
{
    return language == domain::Language::Kazakh ? QStringLiteral("kk")
           : language == domain::Language::Russian ? QStringLiteral("ru")
                                                   : QStringLiteral("en");
}

} // namespace

QString dayListHtml(const store::Database &db, const QList<Deadline> &items, const QDate &day,
                    domain::Language language)
{
    QTranslator translator;
    const bool translated =
        language != domain::Language::English && translator.load(QLatin1String(":/i18n/ruqsat_") + code(language));
    const Words words(translated ? &translator : nullptr);
    QHash<int, QString> districts;
    for (const store::District &d : store::ReferenceRepository(db).allDistricts())
        districts.insert(d.id, d.names().in(language));

    QString html = QStringLiteral("<html><body><h2>%1</h2>")
                       .arg(escaped(words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Statutory deadlines on %1"))
                                        .arg(day.toString(QStringLiteral("dd.MM.yyyy")))));
    if (items.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "No clock is open."))));
    for (Urgency u : allUrgencies()) {
        QString rows;
        for (Deadline d : items) {
            if (urgencyOf(d.dueOn, day) != u)
                continue;
            describe(d, words);
            rows += QStringLiteral("<tr><td class=\"nowrap\">%1</td><td>%2</td><td class=\"nowrap\">%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(d.dueOn.toString(QStringLiteral("dd.MM.yyyy")), escaped(label(d.kind, words)),
                             escaped(d.permitNumber.isEmpty() ? d.registryNumber : d.permitNumber),
                             escaped(d.person), escaped(districts.value(d.districtId)), escaped(d.action));
        }
        if (rows.isEmpty())
            continue;
        // The group's name heads its table, in the header rows that repeat
        // on every page: never left alone at the foot of a page.
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                               "<thead><tr><th colspan=\"6\" align=\"left\">%1</th></tr>"
                               "<tr><th width=\"12%\">%2</th><th width=\"16%\">%3</th><th width=\"15%\">%4</th>"
                               "<th width=\"13%\">%5</th><th width=\"13%\">%6</th><th>%7</th></tr></thead>"
                               "%8</table><p></p>")
                    .arg(escaped(label(u, words)),
                         escaped(words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Last day"))),
                         escaped(words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Clock"))),
                         escaped(words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Case or permit"))),
                         escaped(words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Immigrant"))),
                         escaped(words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "District"))),
                         escaped(words(QT_TRANSLATE_NOOP("ruqsat::deadlines", "What to do"))), rows);
    }
    return html + QStringLiteral("</body></html>");
}

QString writeDayListPdf(const QString &path, const store::Database &db, const QList<Deadline> &items,
                        const QDate &day, domain::Language language)
{
    if (QFile probe(path); !probe.open(QIODevice::WriteOnly))
        return Words()(QT_TRANSLATE_NOOP("ruqsat::deadlines", "Cannot write %1: %2"))
            .arg(path, probe.errorString());
    // Laid out and cut into pages as the forms are: rows whole, each
    // group's heading repeated on a page that continues its table.
    const printing::PreparedForm list = printing::FormRenderer::layOut(
        dayListHtml(db, items, day, language), language,
        QStringLiteral("td, th { font-size: 8pt; } h2 { font-size: 13pt; } .nowrap { white-space: nowrap; }"));
    QPdfWriter pdf(path);
    pdf.setTitle(QStringLiteral("Ruqsat"));
    printing::FormRenderer::setupDevice(pdf);
    QPainter painter(&pdf);
    bool firstPage = true;
    printing::FormRenderer::paint(painter, pdf, list, firstPage);
    return {};
}

} // namespace ruqsat::deadlines
