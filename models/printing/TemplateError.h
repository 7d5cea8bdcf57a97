// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace ruqsat::printing {

// A template that cannot be printed: missing, malformed, or naming a
// placeholder the form does not have. The message is translated and names
// the template file and the placeholder, so an administrator who edited an
// override can find the mistake; nothing is printed half-empty.
class TemplateError : public std::runtime_error
{
public:
    TemplateError(const QString &templateName, const QString &placeholder, const QString &message)
        : std::runtime_error(message.toStdString()), m_template(templateName),
          m_placeholder(placeholder), m_message(message)
    {
    }
    QString templateName() const { return m_template; }
    QString placeholder() const { return m_placeholder; }
    QString message() const { return m_message; }

private:
    QString m_template, m_placeholder, m_message;
};

} // namespace ruqsat::printing
