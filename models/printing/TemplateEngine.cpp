// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateEngine.h"

#include "TemplateError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <memory>
#include <vector>

namespace ruqsat::printing {

namespace {

// Tr::tr() is filed by lupdate under this context from free functions and
// nested classes alike, which a plain Tr::tr() helper is not.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::printing::TemplateEngine)
};

struct Node
{
    enum Kind { Text, Field, Section, Inverted } kind = Text;
    QString text; // the text, or the name
    std::vector<Node> children;
};

// Parses the template into a tree; sections must nest and close by name.
std::vector<Node> parse(const QString &name, const QString &text)
{
    static const QRegularExpression kName(QStringLiteral("^[a-z][a-z0-9_]*$"));
    std::vector<std::vector<Node>> stack(1);
    QStringList open;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = text.indexOf(QLatin1String("{{"), pos);
        if (start < 0) {
            stack.back().push_back({Node::Text, text.mid(pos), {}});
            break;
        }
        if (start > pos)
            stack.back().push_back({Node::Text, text.mid(pos, start - pos), {}});
        const qsizetype end = text.indexOf(QLatin1String("}}"), start + 2);
        const qsizetype nextOpen = text.indexOf(QLatin1String("{{"), start + 2);
        if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
            const QString snippet = text.mid(start, 24).simplified();
            throw TemplateError(name, snippet,
                                Tr::tr("The template %1 has an unclosed placeholder \"%2\".").arg(name, snippet));
        }
        const QString inner = text.mid(start + 2, end - start - 2).trimmed();
        pos = end + 2;
        const QChar sigil = inner.isEmpty() ? QChar() : inner.front();
        const bool isTag = sigil == u'#' || sigil == u'^' || sigil == u'/';
        const QString key = isTag ? inner.mid(1).trimmed() : inner;
        if (!kName.match(key).hasMatch())
            throw TemplateError(name, inner,
                                Tr::tr("The template %1 has a malformed placeholder \"{{%2}}\".").arg(name, inner));
        if (sigil == u'#' || sigil == u'^') {
            open << key;
            stack.push_back({});
            stack.back().reserve(8);
            // the section node is created when it closes
            stack[stack.size() - 2].push_back({sigil == u'#' ? Node::Section : Node::Inverted, key, {}});
        } else if (sigil == u'/') {
            if (open.isEmpty() || open.last() != key)
                throw TemplateError(name, inner,
                                    Tr::tr("The template %1 closes \"%2\" which is not open.").arg(name, key));
            open.removeLast();
            std::vector<Node> children = std::move(stack.back());
            stack.pop_back();
            stack.back().back().children = std::move(children);
        } else {
            stack.back().push_back({Node::Field, key, {}});
        }
    }
    if (!open.isEmpty())
        throw TemplateError(name, open.last(),
                            Tr::tr("The template %1 never closes the section \"%2\".").arg(name, open.last()));
    return std::move(stack.front());
}

class Renderer
{
public:
    Renderer(const QString &name, const FormContext &context) : m_name(name), m_context(context) {}

    void render(const std::vector<Node> &nodes, QString &out)
    {
        for (const Node &n : nodes) {
            switch (n.kind) {
            case Node::Text:
                out += n.text;
                break;
            case Node::Field: {
                const FieldValue *v = field(n.text);
                if (!v)
                    unknown(n.text);
                out += v->html ? v->text : v->text.toHtmlEscaped();
                break;
            }
            case Node::Section:
            case Node::Inverted:
                section(n, out);
                break;
            }
        }
    }

private:
    const FieldValue *field(const QString &key) const
    {
        for (auto it = m_scopes.rbegin(); it != m_scopes.rend(); ++it) {
            const auto found = (*it)->constFind(key);
            if (found != (*it)->constEnd())
                return &found.value();
        }
        const auto found = m_context.fields.constFind(key);
        return found == m_context.fields.constEnd() ? nullptr : &found.value();
    }

    void section(const Node &n, QString &out)
    {
        const auto list = m_context.lists.constFind(n.text);
        if (list != m_context.lists.constEnd()) {
            if (n.kind == Node::Inverted) {
                if (list->isEmpty())
                    render(n.children, out);
                return;
            }
            for (const FieldMap &item : *list) {
                m_scopes.push_back(&item);
                render(n.children, out);
                m_scopes.pop_back();
            }
            return;
        }
        const FieldValue *v = field(n.text);
        if (!v)
            unknown(n.text);
        if (v->text.isEmpty() == (n.kind == Node::Inverted))
            render(n.children, out);
    }

    [[noreturn]] void unknown(const QString &key) const
    {
        throw TemplateError(m_name, key,
                            Tr::tr("The template %1 uses the placeholder {{%2}}, which this form does not "
                               "have.").arg(m_name, key));
    }

    const QString &m_name;
    const FormContext &m_context;
    std::vector<const FieldMap *> m_scopes;
};

void collect(const std::vector<Node> &nodes, QStringList &names)
{
    for (const Node &n : nodes) {
        if (n.kind != Node::Text && !names.contains(n.text))
            names << n.text;
        collect(n.children, names);
    }
}

} // namespace

QString TemplateEngine::fill(const QString &templateName, const QString &text, const FormContext &context)
{
    const std::vector<Node> tree = parse(templateName, text);
    QString out;
    out.reserve(text.size() + 1024);
    Renderer(templateName, context).render(tree, out);
    return out;
}

QStringList TemplateEngine::placeholders(const QString &templateName, const QString &text)
{
    QStringList names;
    collect(parse(templateName, text), names);
    return names;
}

} // namespace ruqsat::printing
