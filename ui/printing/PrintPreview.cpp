// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintPreview.h"

#include "common/FileDialogs.h"
#include "printing/BatchPrinter.h"
#include "printing/BodyCheck.h"
#include "printing/FormLoader.h"
#include "printing/TemplateError.h"
#include "store/StoreError.h"
#include "store/StoreFiles.h"

#include <QApplication>
#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <functional>

namespace ruqsat::ui {

namespace {

// Tr::tr() files these messages under their own context (QObject::tr would
// share theirs with every other QObject::tr in the program).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::ui::PrintPreview)
};

// The forms for `load`, or an empty list after telling the clerk why not.
QList<printing::PrintItem> loadOrSay(QWidget *parent, const std::function<QList<printing::PrintItem>()> &load)
{
    try {
        return load();
    } catch (const store::StoreError &e) {
        QMessageBox::warning(parent, Tr::tr("Cannot print"), e.message());
    } catch (const printing::TemplateError &e) {
        QMessageBox::warning(parent, Tr::tr("Cannot print"), QString::fromUtf8(e.what()));
    }
    return {};
}

// A PDF written over one of the open store's files would destroy the store:
// refused, and said so.
bool refusesStoreFile(QWidget *parent, const QPrinter &printer)
{
    const QString refusal = store::openStoreFileRefusal(printer.outputFileName());
    if (!refusal.isEmpty())
        QMessageBox::warning(parent, Tr::tr("Not printed"), refusal);
    return !refusal.isEmpty();
}

// True when the items name every body they print, or the clerk chose to
// print anyway after being told which are missing and where they are set.
bool bodiesSetOrPrintAnyway(QWidget *parent, const QList<printing::PrintItem> &items)
{
    const QList<printing::MissingBodies> missing = printing::missingBodies(items);
    if (missing.isEmpty())
        return true;
    const QString text = printing::describeMissingBodies(missing) + QLatin1String("\n\n") +
                         Tr::tr("Those lines of the form would be blank or in another language. An "
                                "administrator sets them in Tools › Administration › Districts.") +
                         QLatin1String("\n\n") + Tr::tr("Print anyway?");
    return QMessageBox::question(parent, Tr::tr("Print"), text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace

QList<printing::Language> askPrintLanguages(QWidget *parent)
{
    const QStringList choices{Tr::tr("Kazakh"), Tr::tr("Russian"), Tr::tr("Kazakh and Russian")};
    bool chosen = false;
    const QString choice = QInputDialog::getItem(parent, Tr::tr("Print"), Tr::tr("Language of the form:"),
                                                 choices, 2, false, &chosen);
    if (!chosen)
        return {};
    QList<printing::Language> languages;
    if (choice != choices.at(1))
        languages << printing::Language::Kazakh;
    if (choice != choices.at(0))
        languages << printing::Language::Russian;
    return languages;
}

bool previewForm(QWidget *parent, const store::Database &db, printing::Form form,
                 const QString &key, int copyNumber)
{
    const QList<printing::Language> languages = askPrintLanguages(parent);
    if (languages.isEmpty())
        return false;
    const printing::FormLoader loader(db);
    const QList<printing::PrintItem> items =
        loadOrSay(parent, [&] { return loader.load(form, key, languages, copyNumber); });
    if (items.isEmpty() || !bodiesSetOrPrintAnyway(parent, items))
        return false;
    const printing::FormRenderer renderer = loader.renderer();
    // Fill every template before the dialog opens: a broken template in the
    // administrator's folder is said once, not painted as an empty preview.
    if (loadOrSay(parent, [&] {
            for (const printing::PrintItem &item : items)
                renderer.html(item);
            return items;
        }).isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&items, &renderer, parent](QPrinter *p) {
                         if (!refusesStoreFile(parent, *p))
                             renderer.render(*p, items);
                     });
    preview.exec();
    return true;
}

bool printPermitBatch(QWidget *parent, const store::Database &db, const QStringList &permitNumbers)
{
    if (permitNumbers.isEmpty())
        return false;
    const QList<printing::Language> languages = askPrintLanguages(parent);
    if (languages.isEmpty())
        return false;
    const printing::FormLoader loader(db);
    const QList<printing::PrintItem> items =
        loadOrSay(parent, [&] { return loader.loadPermits(permitNumbers, languages); });
    if (items.isEmpty() || !bodiesSetOrPrintAnyway(parent, items))
        return false;

    QPrinter printer(QPrinter::HighResolution);
    const QString pdf = chooseFileToSave(parent, Tr::tr("Save the permits as PDF"), Tr::tr("permits.pdf"),
                                         Tr::tr("PDF (*.pdf)"));
    if (!pdf.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
    } else {
        // No file chosen: the clerk prints on paper instead, or cancels.
        QPrintDialog dialog(&printer, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    if (refusesStoreFile(parent, printer))
        return false;
    QProgressDialog progress(Tr::tr("Printing %n permit(s)...", nullptr, int(permitNumbers.size())),
                             Tr::tr("Cancel"), 0, int(items.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const printing::FormRenderer renderer = loader.renderer();
    const printing::BatchResult result =
        printing::BatchPrinter(renderer).run(printer, items, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!result.error.isEmpty()) {
        QMessageBox::warning(parent, Tr::tr("Cannot print"), result.error);
        return false;
    }
    if (result.cancelled)
        QMessageBox::information(parent, Tr::tr("Printing cancelled"),
                                 Tr::tr("Printing was cancelled after %n form(s).", nullptr, result.printed));
    return result.printed > 0;
}

} // namespace ruqsat::ui
