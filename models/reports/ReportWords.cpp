// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWords.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ruqsat::reports {

namespace {

const char kContext[] = "ruqsat::reports";

QString languageCode(domain::Language language)
{
    return language == domain::Language::Kazakh ? QStringLiteral("kk") : QStringLiteral("ru");
}

} // namespace

Words::Words(domain::Language language) : m_language(language)
{
    if (language == domain::screenLanguage() || language == domain::Language::English)
        return;
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(QLatin1String(":/i18n/ruqsat_") + languageCode(language)))
        m_translator = translator;
}

QString Words::operator()(const char *source) const
{
    if (m_language == domain::Language::English && m_language != domain::screenLanguage())
        return QString::fromUtf8(source);
    if (!m_translator)
        return QCoreApplication::translate(kContext, source);
    const QString text = m_translator->translate(kContext, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QString title(Kind kind, const Words &words)
{
    switch (kind) {
    case Kind::Issued:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Permits issued"));
    case Kind::Extended:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Permits extended"));
    case Kind::Refused:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Refusals of the service"));
    case Kind::RefusedAtIntake:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Refusals to accept the documents"));
    case Kind::Revoked:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Permits revoked"));
    case Kind::Terminated:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Permits terminated"));
    case Kind::Copies:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Copies of permits issued"));
    case Kind::DecisionTerm:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Decisions in time and late"));
    }
    return {};
}

QString title(Grouping grouping, const Words &words)
{
    switch (grouping) {
    case Grouping::None:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Total only"));
    case Grouping::District:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "District"));
    case Grouping::Citizenship:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Citizenship"));
    case Grouping::Channel:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Channel"));
    case Grouping::Month:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Month"));
    case Grouping::Ground:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Ground of refusal"));
    case Grouping::Clerk:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Official"));
    }
    return {};
}

QString countTitle(Kind kind, const Words &words)
{
    switch (kind) {
    case Kind::Issued:
    case Kind::Extended:
    case Kind::Revoked:
    case Kind::Terminated:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Permits"));
    case Kind::Refused:
    case Kind::RefusedAtIntake:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Refusals"));
    case Kind::Copies:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Copies"));
    case Kind::DecisionTerm:
        return words(QT_TRANSLATE_NOOP("ruqsat::reports", "Decisions"));
    }
    return {};
}

} // namespace ruqsat::reports
