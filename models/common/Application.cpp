// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ruqsat {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ruqsat"));
    QCoreApplication::setApplicationName(QStringLiteral("ruqsat"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    static const QStringList known = {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("RUQSAT_LANG");
    if (lang.isEmpty())
        lang = QLocale::system().name().left(2);
    if (!known.contains(lang))
        lang = QStringLiteral("ru");
    // Qt's own words (file dialogs, context menus, ...) from Debian's
    // qt6-translations-l10n. Qt has no Kazakh catalogue: a Kazakh screen gets
    // those in Russian, which every akimat clerk reads, rather than English.
    // The standard buttons (OK, Cancel, Yes, No) are in our own catalogues
    // (QtButtonWords.cpp), installed after Qt's so that they are looked up
    // first (Qt searches the translators last installed first).
    if (lang != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(QLatin1String(":/i18n/ruqsat_") + lang + QLatin1String(".qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    QLocale::setDefault(QLocale(lang == QLatin1String("kk")   ? QLocale::Kazakh
                                : lang == QLatin1String("ru") ? QLocale::Russian
                                                              : QLocale::English,
                                QLocale::Kazakhstan));
    return lang;
}

} // namespace ruqsat
