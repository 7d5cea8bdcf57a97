// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintPreview.h"

#include "printing/FormLoader.h"
#include "printing/TemplateError.h"
#include "store/StoreError.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ruqsat::ui {

bool previewForm(QWidget *parent, const store::Database &db, printing::Form form, const QString &key)
{
    const QStringList choices{QObject::tr("Kazakh"), QObject::tr("Russian"), QObject::tr("Kazakh and Russian")};
    bool chosen = false;
    const QString choice = QInputDialog::getItem(parent, QObject::tr("Print"), QObject::tr("Language of the form:"),
                                                 choices, 2, false, &chosen);
    if (!chosen)
        return false;
    QList<printing::Language> languages;
    if (choice != choices.at(1))
        languages << printing::Language::Kazakh;
    if (choice != choices.at(0))
        languages << printing::Language::Russian;
    QList<printing::PrintItem> items;
    try {
        items = printing::FormLoader(db).load(form, key, languages);
    } catch (const store::StoreError &e) {
        QMessageBox::warning(parent, QObject::tr("Cannot print"), e.message());
        return false;
    } catch (const printing::TemplateError &e) {
        QMessageBox::warning(parent, QObject::tr("Cannot print"), QString::fromUtf8(e.what()));
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&items](QPrinter *p) {
        printing::FormRenderer().render(*p, items);
    });
    preview.exec();
    return true;
}

} // namespace ruqsat::ui
