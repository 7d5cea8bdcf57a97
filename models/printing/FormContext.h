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

// Everything one template is filled with: the fields of the form, the lists
// repeated by {{#name}}...{{/name}} sections, and the images the HTML names.
struct FormContext
{
    FieldMap fields;
    QHash<QString, QList<FieldMap>> lists;
    QHash<QString, QImage> images; // by the src of the <img>
};

} // namespace ruqsat::printing
