// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarAdministration.h"

#include "domain/FieldLimits.h"
#include "store/CalendarRepository.h"
#include "store/StoreError.h"

#include <QLocale>
#include <algorithm>

namespace ruqsat::cases {

using store::StoreError;

void CalendarAdministration::requireAdministrator() const
{
    if (!m_session.mayAdminister())
        throw StoreError(StoreError::Kind::Forbidden,
                         tr("Only an administrator changes the working-day calendar."));
}

QList<domain::CalendarException> CalendarAdministration::all() const
{
    return store::CalendarRepository(m_db).all();
}

QList<domain::CalendarException> CalendarAdministration::year(int year) const
{
    return store::CalendarRepository(m_db).year(year);
}

QList<int> CalendarAdministration::coveredYears() const
{
    return store::CalendarRepository(m_db).coveredYears();
}

QString CalendarAdministration::dayProblem(QDate day, std::optional<Kind> kind, const QString &note)
{
    if (!day.isValid())
        return tr("The day is not a valid date.");
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    const bool weekend = day.dayOfWeek() >= 6;
    // The same rules as the calendar file (domain::CalendarCsv): a holiday
    // on a weekend is moved to a weekday, and that weekday is the one listed.
    if (kind == Kind::Holiday && weekend)
        return tr("%1 is a Saturday or Sunday, a day off already: a holiday that falls on a "
                  "weekend moves to a working day, and that day is the one to mark.")
            .arg(date);
    if (kind == Kind::Workday && !weekend)
        return tr("%1 is a weekday, a working day already: only a Saturday or Sunday can be "
                  "made a worked day.")
            .arg(date);
    if (kind)
        return domain::FieldLimits::problem(QStringLiteral("calendar.note"), note.trimmed());
    return {};
}

bool CalendarAdministration::setDay(QDate day, std::optional<Kind> kind, const QString &note) const
{
    requireAdministrator();
    if (const QString problem = dayProblem(day, kind, note); !problem.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, problem);
    return store::CalendarRepository(m_db).setDay(day, kind, kind ? note.trimmed() : QString(),
                                                  m_session.login);
}

QList<CalendarAdministration::YearReplaced>
CalendarAdministration::importPreview(const domain::CalendarCsv &file) const
{
    QList<int> years(file.years.begin(), file.years.end());
    std::sort(years.begin(), years.end());
    const store::CalendarRepository calendar(m_db);
    QList<YearReplaced> out;
    for (int y : years) {
        const auto inFile = std::count_if(file.rows.begin(), file.rows.end(),
                                          [y](const auto &row) { return row.day.year() == y; });
        out << YearReplaced{y, int(calendar.year(y).size()), int(inFile)};
    }
    return out;
}

void CalendarAdministration::importFile(const domain::CalendarCsv &file) const
{
    requireAdministrator();
    if (!file.ok())
        throw StoreError(StoreError::Kind::Invalid, file.error);
    if (file.years.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The file lists no day: nothing to import."));
    store::CalendarRepository(m_db).replaceYears(file, m_session.login);
}

QByteArray CalendarAdministration::exportCsv(int year) const
{
    const store::CalendarRepository calendar(m_db);
    return domain::CalendarCsv::format(year == 0 ? calendar.all() : calendar.year(year));
}

} // namespace ruqsat::cases
