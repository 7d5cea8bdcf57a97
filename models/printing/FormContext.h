// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

namespace ruqsat::printing {

// One value for a {{placeholder}}: text is HTML-escaped when filled; html is
// inserted as it is (only for what the program itself generates: the QR image).
struct FieldValue
{
    QString text;
    bool html = false;
};

using FieldMap = QHash<QString, FieldValue>;

// A mark painted across every page of a form, over whatever the template
// says: a permit that is not in force prints with it (ЖАРАМСЫЗ /
// НЕДЕЙСТВИТЕЛЬНО / INVALID), its reason and date under the word.
struct PageMark
{
    QString word;
    QString detail;

    bool isEmpty() const { return word.isEmpty(); }
};

// Everything one template is filled with: the fields of the form, the lists
// repeated by {{#name}}...{{/name}} sections, and the images the HTML names;
// and what the renderer paints around the template's text.
struct FormContext
{
    FieldMap fields;
    QHash<QString, QList<FieldMap>> lists;
    QHash<QString, QImage> images; // by the src of the <img>
    PageMark mark;
};

} // namespace ruqsat::printing
