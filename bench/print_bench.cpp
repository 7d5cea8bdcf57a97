// SPDX-License-Identifier: GPL-3.0-or-later
// Printing benchmark (not a test): time of one one-page permit to PDF, and
// of a batch of 1,000 permits into one PDF on a QThreadPool. Writes a
// section to bench/RESULTS.md when given its path:
//   QT_QPA_PLATFORM=offscreen print_bench [RESULTS.md]
#include "printing/BatchPrinter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace ruqsat::printing;

namespace {

// A permit's raw record as store::PrintQueries gives it, numbered `n`.
PrintItem permit(int n)
{
    PrintItem item;
    item.form = Form::Permit;
    item.language = Language::Kazakh;
    QVariantHash &v = item.record.values;
    v.insert(QStringLiteral("permit_number"), QStringLiteral("75-2026-%1").arg(n, 6, 10, QLatin1Char('0')));
    v.insert(QStringLiteral("surname_lat"), QStringLiteral("QURBONOV"));
    v.insert(QStringLiteral("given_names_lat"), QStringLiteral("AZIZ"));
    v.insert(QStringLiteral("passport_number"), QStringLiteral("FA%1").arg(1000000 + n));
    v.insert(QStringLiteral("citizenship_kk"), QStringLiteral("Өзбекстан"));
    v.insert(QStringLiteral("immigrant_iin"), QStringLiteral("900417%1").arg(400000 + n));
    v.insert(QStringLiteral("valid_from"), QDate(2026, 3, 27));
    v.insert(QStringLiteral("valid_to"), QDate(2026, 9, 26));
    v.insert(QStringLiteral("issued_at"), QDateTime(QDate(2026, 3, 27), QTime(5, 0), Qt::UTC));
    v.insert(QStringLiteral("region_kk"), QStringLiteral("Алматы"));
    v.insert(QStringLiteral("issuing_body.name_kk"), QStringLiteral("Алматы қаласы Алмалы ауданының әкімдігі"));
    v.insert(QStringLiteral("issuing_body.head_position"), QStringLiteral("Аудан әкімі"));
    v.insert(QStringLiteral("issuing_body.head_name"), QStringLiteral("Сәрсенбаев Нұрлан Қайратұлы"));
    item.options.qrKey = QByteArray(32, 'k');
    return item;
}

double batchSeconds(const QString &path, int count, int threads)
{
    QList<PrintItem> items;
    for (int i = 1; i <= count; ++i)
        items << permit(i);
    QElapsedTimer t;
    t.start();
    QPdfWriter writer(path);
    writer.setResolution(300);
    FormRenderer::setupDevice(writer);
    const FormRenderer renderer;
    BatchPrinter batch(renderer);
    batch.setThreads(threads);
    batch.run(writer, items);
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    // One form, alone, ten times: the mean (the first includes font loading).
    double single = 0;
    batchSeconds(dir.filePath(QStringLiteral("warm.pdf")), 1, 1);
    for (int i = 0; i < 10; ++i)
        single += batchSeconds(dir.filePath(QStringLiteral("one.pdf")), 1, 1);
    single /= 10;
    const double batch1 = batchSeconds(dir.filePath(QStringLiteral("b1.pdf")), 1000, 1);
    const int cores = QThread::idealThreadCount();
    const double batchN = batchSeconds(dir.filePath(QStringLiteral("bn.pdf")), 1000, cores);
    const qint64 size = QFile(dir.filePath(QStringLiteral("bn.pdf"))).size();

    QString section;
    QTextStream s(&section);
    s << "\n## Printing (bench/print_bench.cpp), " << QDate::currentDate().toString(Qt::ISODate) << "\n\n"
      << "Permit (Appendix 5, kk, QR code), QPdfWriter at 300 dpi, Noto Serif embedded, " << cores
      << " cores.\n\n"
      << "| measure | result |\n|---|---|\n"
      << "| one permit to its own PDF (mean of 10) | " << QString::number(single * 1000, 'f', 1) << " ms |\n"
      << "| 1,000 permits into one PDF, 1 thread | " << QString::number(batch1, 'f', 1) << " s |\n"
      << "| 1,000 permits into one PDF, " << cores << " threads | " << QString::number(batchN, 'f', 1)
      << " s (" << QString::number(batchN, 'f', 1) << " ms a permit; " << size / 1024 << " KiB) |\n"
      << "| target: 1,000 permits | under 30 s |\n";
    QTextStream(stdout) << section;
    if (argc > 1) {
        QFile out(QString::fromLocal8Bit(argv[1]));
        if (out.open(QIODevice::Append | QIODevice::Text))
            out.write(section.toUtf8());
    }
    return 0;
}
