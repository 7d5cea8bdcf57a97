// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormContext.h"
#include "FormKind.h"
#include "KazakhCase.h"

#include <QDate>
#include <QVariantHash>

namespace ruqsat::printing {

// Turns the store's raw values (store::PrintRecord) into the text of the
// fields in one print language: dates as the forms write them, names of
// countries and regions in the language, blanks for what is left to the pen.
class FieldBuilder
{
public:
    FieldBuilder(Language language, const QVariantHash &values) : m_language(language), m_values(values) {}

    Language language() const { return m_language; }
    // Words of the form in its language: the one of the three that it prints.
    QString inLanguage(const QString &kk, const QString &ru, const QString &en) const;
    QString raw(const QString &key) const { return m_values.value(key).toString(); }
    QDate rawDate(const QString &key) const { return m_values.value(key).toDate(); }
    // A local calendar date of a stored UTC time.
    QDate localDate(const QString &key) const;
    // `base`_kk / _ru / _en by the print language (English falls back to Russian).
    QString localized(const QString &base) const;
    // The issuing body's name in the language (settings issuing_body.name_*).
    QString issuingBody() const;
    QString headPosition() const;

    QString latinName() const;    // the immigrant, as in the passport (Appendix 5)
    QString employerName() const;
    QString passportSeriesNumber() const;

    // A field that prints a blank line when the store has no value.
    void text(const QString &field, const QString &value, int blankLength = 24);
    // A date as the forms' date blanks write it (20__ жылғы "___" ______);
    // on a Kazakh form the month takes the ending of the postposition after
    // it (`before`); an empty blank stays bare, for the pen.
    void longDate(const QString &field, const QDate &date,
                  KazakhCase before = KazakhCase::Nominative);
    // A date as dd.MM.yyyy (or a blank).
    void shortDate(const QString &field, const QDate &date, QChar separator = u'.');
    // A blank left for the pen: signatures, "received by".
    void handBlank(const QString &field, int length = 20);
    // A flag for {{#name}} sections: "1" or "".
    void flag(const QString &field, bool on);

    FormContext &context() { return m_context; }
    FormContext take() { return std::move(m_context); }

    static QString blank(int length) { return QString(length, u'_'); }
    static QString formatLongDate(const QDate &date, Language language,
                                  KazakhCase before = KazakhCase::Nominative);
    static QString formatAmount(qint64 amount); // 250 000

private:
    Language m_language;
    const QVariantHash &m_values;
    FormContext m_context;
};

} // namespace ruqsat::printing
