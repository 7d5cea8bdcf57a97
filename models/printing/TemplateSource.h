// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormKind.h"

#include <QString>

namespace ruqsat::printing {

// Where the forms' templates come from: an administrator's override folder
// first (the Order was amended twice in three years; a changed form must not
// wait for a new build), then the built-in :/print/. A file in the override
// folder with the same relative path (kk/appendix-5.html, print.css) wins.
class TemplateSource
{
public:
    // `overrideDir` empty: the built-in templates only.
    explicit TemplateSource(QString overrideDir = {}) : m_overrideDir(std::move(overrideDir)) {}

    // The default override folder: <AppDataLocation>/print.
    static QString defaultOverrideDir();

    // The template's text; throws TemplateError when neither place has it.
    QString load(const QString &relativePath) const;
    // The file name `load` reads (for messages), or empty.
    QString locate(const QString &relativePath) const;
    QString templateFor(Form form, Language language) const { return load(templatePath(form, language)); }
    QString styleSheet() const { return load(QStringLiteral("print.css")); }
    const QString &overrideDir() const { return m_overrideDir; }

private:
    QString m_overrideDir;
};

} // namespace ruqsat::printing
