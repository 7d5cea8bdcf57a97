// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldBuilder.h"

#include <QDateTime>

namespace ruqsat::printing {

namespace {

QString month(int m, Language language)
{
    // Kazakh: nominative after the day ("2026 жылғы «27» наурыз"), with the
    // ending of a postposition added by formatLongDate; Russian: genitive
    // («27» марта 2026 года).
    static const char16_t *const kk[] = {u"қаңтар", u"ақпан", u"наурыз", u"сәуір", u"мамыр", u"маусым",
                                         u"шілде", u"тамыз", u"қыркүйек", u"қазан", u"қараша", u"желтоқсан"};
    static const char16_t *const ru[] = {u"января", u"февраля", u"марта", u"апреля", u"мая", u"июня",
                                         u"июля", u"августа", u"сентября", u"октября", u"ноября", u"декабря"};
    static const char *const en[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November", "December"};
    switch (language) {
    case Language::Kazakh:
        return QString::fromUtf16(kk[m - 1]);
    case Language::Russian:
        return QString::fromUtf16(ru[m - 1]);
    case Language::English:
        break;
    }
    return QString::fromLatin1(en[m - 1]);
}

QString joinName(const QStringList &parts)
{
    return parts.join(u' ').simplified();
}

} // namespace

QString FieldBuilder::inLanguage(const QString &kk, const QString &ru, const QString &en) const
{
    return m_language == Language::Kazakh ? kk : m_language == Language::Russian ? ru : en;
}

QDate FieldBuilder::localDate(const QString &key) const
{
    const QDateTime t = m_values.value(key).toDateTime();
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

QString FieldBuilder::localized(const QString &base) const
{
    const QString own = raw(base + u'_' + languageCode(m_language));
    if (!own.isEmpty() || m_language != Language::English)
        return own;
    return raw(base + QStringLiteral("_ru"));
}

QString FieldBuilder::issuingBody() const
{
    const QString name = localized(QStringLiteral("issuing_body.name"));
    // A body entered in one language only still prints rather than a blank.
    if (!name.isEmpty())
        return name;
    const QString kk = raw(QStringLiteral("issuing_body.name_kk"));
    return kk.isEmpty() ? raw(QStringLiteral("issuing_body.name_ru")) : kk;
}

QString FieldBuilder::headPosition() const
{
    const QString own = localized(QStringLiteral("issuing_body.head_position"));
    return own.isEmpty() ? raw(QStringLiteral("issuing_body.head_position")) : own;
}

QString FieldBuilder::latinName() const
{
    return joinName({raw(QStringLiteral("surname_lat")), raw(QStringLiteral("given_names_lat")),
                     raw(QStringLiteral("patronymic_lat"))});
}

QString FieldBuilder::employerName() const
{
    return joinName({raw(QStringLiteral("employer_surname")), raw(QStringLiteral("employer_given_names")),
                     raw(QStringLiteral("employer_patronymic"))});
}

QString FieldBuilder::passportSeriesNumber() const
{
    const QString series = raw(QStringLiteral("passport_series"));
    const QString number = raw(QStringLiteral("passport_number"));
    // Numbers that already begin with their series (FA1234567) print once.
    return series.isEmpty() || number.startsWith(series) ? number : series + u' ' + number;
}

void FieldBuilder::text(const QString &field, const QString &value, int blankLength)
{
    const QString v = value.trimmed();
    m_context.fields.insert(field, {v.isEmpty() ? blank(blankLength) : v, false});
}

QString FieldBuilder::formatLongDate(const QDate &d, Language language, KazakhCase before)
{
    if (!d.isValid()) {
        switch (language) {
        case Language::Kazakh:
            return QStringLiteral("20__ жылғы \"___\" ______________");
        case Language::Russian:
            return QStringLiteral("«___» ______________ 20__ года");
        case Language::English:
            break;
        }
        return QStringLiteral("\"___\" ______________ 20__");
    }
    const QString day = QString::number(d.day()).rightJustified(2, u'0');
    switch (language) {
    case Language::Kazakh:
        return QStringLiteral("%1 жылғы \"%2\" %3")
            .arg(d.year())
            .arg(day, withCaseEnding(month(d.month(), language), before));
    case Language::Russian:
        return QStringLiteral("«%1» %2 %3 года").arg(day, month(d.month(), language)).arg(d.year());
    case Language::English:
        break;
    }
    return QStringLiteral("\"%1\" %2 %3").arg(day, month(d.month(), language)).arg(d.year());
}

QString FieldBuilder::formatAmount(qint64 amount)
{
    QString digits = QString::number(amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'\u00a0');
    return digits;
}

void FieldBuilder::longDate(const QString &field, const QDate &date, KazakhCase before)
{
    m_context.fields.insert(field, {formatLongDate(date, m_language, before), false});
}

void FieldBuilder::shortDate(const QString &field, const QDate &date, QChar separator)
{
    const QString format = QStringLiteral("dd%1MM%1yyyy").arg(separator);
    m_context.fields.insert(field, {date.isValid() ? date.toString(format) : blank(10), false});
}

void FieldBuilder::handBlank(const QString &field, int length)
{
    m_context.fields.insert(field, {blank(length), false});
}

void FieldBuilder::flag(const QString &field, bool on)
{
    m_context.fields.insert(field, {on ? QStringLiteral("1") : QString(), false});
}

} // namespace ruqsat::printing
