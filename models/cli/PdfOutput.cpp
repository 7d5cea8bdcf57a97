// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfOutput.h"

#include "printing/BatchPrinter.h"
#include "store/StoreFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace ruqsat::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::cli", text);
}

} // namespace

bool canPrint(CommandIo &io)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    io.err << tr("Printing needs the graphical application object; this build of ruqsatctl "
                 "starts without it.")
           << '\n';
    return false;
}

bool refusesStoreFile(const QString &path, CommandIo &io)
{
    const QString refusal = store::openStoreFileRefusal(path);
    if (!refusal.isEmpty())
        io.err << refusal << '\n';
    return !refusal.isEmpty();
}

bool openPdf(QSaveFile &file, CommandIo &io)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    io.err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
    return false;
}

int paintPdf(QSaveFile &file, const printing::FormRenderer &renderer,
             const QList<printing::PrintItem> &items, CommandIo &io)
{
    printing::BatchResult result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setTitle(QFileInfo(file.fileName()).completeBaseName());
        printing::FormRenderer::setupDevice(writer);
        result = printing::BatchPrinter(renderer).run(writer, items);
    }
    if (result.error.isEmpty())
        return result.printed;
    io.err << result.error << '\n';
    return -1;
}

bool commitPdf(QSaveFile &file, CommandIo &io)
{
    if (file.commit())
        return true;
    io.err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
    return false;
}

int writePdf(const QString &path, const printing::FormRenderer &renderer,
             const QList<printing::PrintItem> &items, CommandIo &io)
{
    QSaveFile file(path);
    if (!openPdf(file, io))
        return Failure;
    const int printed = paintPdf(file, renderer, items, io);
    if (printed < 0 || !commitPdf(file, io))
        return Failure;
    io.out << QCoreApplication::translate("ruqsat::cli", "Printed %n form(s) to %1.", nullptr,
                                          printed)
                  .arg(path)
           << '\n';
    return Ok;
}

} // namespace ruqsat::cli
