// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace ruqsat {

// Names that decide the default store's folder; the same for GUI and CLI.
void setApplicationIdentity();

// Installs the translation for `language` (kk, ru or en); an empty language
// follows RUQSAT_LANG, then the system locale, falling back to Russian, the
// language every akimat clerk reads. Returns the language installed.
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace ruqsat
