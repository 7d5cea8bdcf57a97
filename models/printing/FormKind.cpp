// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormKind.h"

namespace ruqsat::printing {

QList<Form> allForms()
{
    return {Form::Application, Form::Agreement, Form::IntakeRefusal, Form::Permit,
            Form::Termination, Form::Refusal, Form::Revocation, Form::RevocationPolice};
}

std::optional<Form> formFromAppendix(int appendix)
{
    for (Form f : allForms()) {
        if (appendixOf(f) == appendix)
            return f;
    }
    return std::nullopt;
}

bool isPermitForm(Form f)
{
    return f == Form::Permit || f == Form::Termination || f == Form::Revocation ||
           f == Form::RevocationPolice;
}

bool hasQrCode(Form f)
{
    return f == Form::Permit || f == Form::Refusal;
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::Kazakh:
        return QStringLiteral("kk");
    case Language::Russian:
        return QStringLiteral("ru");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    for (Language l : {Language::Kazakh, Language::Russian, Language::English}) {
        if (languageCode(l) == code)
            return l;
    }
    return std::nullopt;
}

std::optional<QList<Language>> languagesFromSpec(const QString &spec)
{
    QList<Language> languages;
    for (const QString &part : spec.split(u'+')) {
        const auto l = languageFromCode(part.trimmed());
        if (!l || languages.contains(*l))
            return std::nullopt;
        languages << *l;
    }
    return languages;
}

QString templatePath(Form form, Language language)
{
    return languageCode(language) + QStringLiteral("/appendix-%1.html").arg(appendixOf(form));
}

} // namespace ruqsat::printing
