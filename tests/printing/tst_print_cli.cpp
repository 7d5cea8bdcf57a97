// SPDX-License-Identifier: GPL-3.0-or-later
// ruqsatctl print / permits list / cases list, run in-process (printing
// needs a QGuiApplication; see docs/PRINTING.md about app/ctl/main.cpp).
#include "CaseFactory.h"
#include "PdfTools.h"
#include "PrintFixture.h"
#include "TestStores.h"
#include "cli/Command.h"
#include "store/ReferenceRepository.h"
#include "store/Query.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sys/stat.h>

using namespace ruqsat;

class TestPrintCli : public QObject
{
    Q_OBJECT

    int run(QStringList args)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out), err(&m_err);
        cli::CommandIo io{out, err};
        args << QStringLiteral("--db") << m_fixture->scratch().where().toString();
        const int code = cli::runCommandLine(args, io);
        out.flush();
        err.flush();
        return code;
    }

private slots:
    void initTestCase()
    {
        test::lowerPasswordIterations();
        m_fixture = std::make_unique<test::PrintFixture>(QStringLiteral("sqlite"));
        // The store has users: writes log in, as its administrator.
        test::CaseFactory(m_fixture->db()).account(QStringLiteral("print-admin"), records::Role::Admin);
        qputenv("RUQSAT_USER", "print-admin");
        qputenv("RUQSAT_PASSWORD", test::CaseFactory::accountPassword().toUtf8());
    }

    void listsPermitsAndCasesAsJson()
    {
        QCOMPARE(run({u"permits"_qs, u"list"_qs, u"--issued-on"_qs, u"2026-03-27"_qs, u"--json"_qs}), 0);
        const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(first.value(u"number"_qs).toString(), test::PrintFixture::firstPermit());
        QCOMPARE(first.value(u"immigrant"_qs).toString(), u"QURBONOV AZIZ GAYRATOVICH"_qs);
        QCOMPARE(first.value(u"valid_to"_qs).toString(), u"2026-09-26"_qs);
        QCOMPARE(run({u"permits"_qs, u"list"_qs, u"--status"_qs, u"revoked"_qs, u"--json"_qs}), 0);
        QCOMPARE(m_out.count(u'\n'), 1);
        QCOMPARE(run({u"permits"_qs, u"list"_qs, u"--issued-on"_qs, u"2026-03-28"_qs, u"--json"_qs}), 0);
        QVERIFY(m_out.isEmpty());
        QCOMPARE(run({u"cases"_qs, u"list"_qs, u"--limit"_qs, u"2"_qs, u"--json"_qs}), 0);
        QCOMPARE(m_out.count(u'\n'), 2);
        QVERIFY(m_out.contains(u"\"registry_number\":\"2026-000001\""_qs));
    }

    // -o naming the store (ruqsatctl holds it open while it prints) would
    // replace the store's file with a PDF: refused, and the store kept.
    void neverPrintsOverTheStore()
    {
        const QString store = m_fixture->scratch().where().path;
        const auto db = m_fixture->scratch().open(); // held, as ruqsatctl holds it
        auto inode = [&store] {
            struct stat status = {};
            ::stat(QFile::encodeName(store).constData(), &status);
            return status.st_ino;
        };
        const ino_t before = inode();
        const QDateTime modified = QFileInfo(store).lastModified();
        QCOMPARE(run({u"print"_qs, u"--form"_qs, u"7"_qs, u"--case"_qs, test::PrintFixture::refusedCase(),
                      u"--lang"_qs, u"ru"_qs, u"-o"_qs, store}),
                 2);
        QVERIFY2(m_err.contains(u"belongs to the open Ruqsat store"_qs), qPrintable(m_err));
        // Still the same file (a replaced one is another inode), unwritten.
        QCOMPARE(inode(), before);
        QCOMPARE(QFileInfo(store).lastModified(), modified);
    }

    void printsOneFormAndADay()
    {
        const QString pdf = m_dir.filePath(u"one.pdf"_qs);
        QCOMPARE(run({u"print"_qs, u"--form"_qs, u"7"_qs, u"--case"_qs, test::PrintFixture::refusedCase(),
                      u"--lang"_qs, u"kk+ru"_qs, u"-o"_qs, pdf}), 0);
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(u"БАС ТАРТУ"_qs));
        QVERIFY(text.contains(u"ОТКАЗ"_qs));
        const QString day = m_dir.filePath(u"day.pdf"_qs);
        QCOMPARE(run({u"print"_qs, u"--form"_qs, u"5"_qs, u"--issued-on"_qs, u"2026-03-27"_qs, u"-o"_qs, day}), 0);
        const QString all = test::pdfText(day);
        for (const QString &n : {test::PrintFixture::firstPermit(), test::PrintFixture::extendedPermit(),
                                 test::PrintFixture::terminatedPermit()})
            QVERIFY2(all.contains(u"№ "_qs + n), qPrintable(n));
        QCOMPARE(all.count(u'\f'), 3); // one page each
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString o = u"/nonexistent-dir/x.pdf"_qs;
        QTest::addRow("no form") << QStringList{u"print"_qs, u"--case"_qs, u"x"_qs, u"-o"_qs, o} << 2;
        QTest::addRow("form 2") << QStringList{u"print"_qs, u"--form"_qs, u"2"_qs, u"--case"_qs, u"x"_qs, u"-o"_qs, o} << 2;
        QTest::addRow("bad lang") << QStringList{u"print"_qs, u"--form"_qs, u"5"_qs, u"--permit"_qs, u"x"_qs,
                                                 u"--lang"_qs, u"de"_qs, u"-o"_qs, o} << 2;
        QTest::addRow("both keys") << QStringList{u"print"_qs, u"--form"_qs, u"5"_qs, u"--permit"_qs, u"x"_qs,
                                                  u"--case"_qs, u"y"_qs, u"-o"_qs, o} << 2;
        QTest::addRow("permit for case form") << QStringList{u"print"_qs, u"--form"_qs, u"3"_qs, u"--permit"_qs,
                                                             u"x"_qs, u"-o"_qs, o} << 2;
        QTest::addRow("day for form 7") << QStringList{u"print"_qs, u"--form"_qs, u"7"_qs, u"--issued-on"_qs,
                                                       u"2026-03-27"_qs, u"-o"_qs, o} << 2;
        QTest::addRow("no output") << QStringList{u"print"_qs, u"--form"_qs, u"5"_qs, u"--permit"_qs, u"x"_qs} << 2;
        QTest::addRow("unknown permit") << QStringList{u"print"_qs, u"--form"_qs, u"5"_qs, u"--permit"_qs,
                                                       u"75-2026-999999"_qs, u"-o"_qs, o} << 1;
        QTest::addRow("list limit") << QStringList{u"cases"_qs, u"list"_qs, u"--limit"_qs, u"0"_qs} << 2;
        QTest::addRow("list verb") << QStringList{u"permits"_qs, u"show"_qs} << 2;
    }
    void refusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QCOMPARE(run(args), code);
        QVERIFY(!m_err.trimmed().isEmpty());
    }

    // An administrator's template with a misspelt placeholder: reported with
    // the file and the placeholder, and no PDF is written.
    void brokenOverrideIsReported()
    {
        writeTemplate(u"tpl/kk/appendix-5.html"_qs, "<p>{{permit_number}} {{permit_nomer}}</p>");
        const QString pdf = m_dir.filePath(u"broken.pdf"_qs);
        QCOMPARE(run({u"print"_qs, u"--form"_qs, u"5"_qs, u"--permit"_qs, test::PrintFixture::firstPermit(),
                      u"--templates"_qs, m_dir.filePath(u"tpl"_qs), u"-o"_qs, pdf}), 1);
        QVERIFY2(m_err.contains(u"permit_nomer"_qs) && m_err.contains(u"appendix-5.html"_qs), qPrintable(m_err));
        QVERIFY(!QFile::exists(pdf));
    }

    // A form whose district has no head's name (or no issuing body in the
    // language asked) is refused with exit 1: the message names the
    // district, what is missing and the command that sets it; --force prints.
    void missingBodiesRefusedUnlessForced()
    {
        const int district = districtOfFixture();
        m_fixture->scratch().rawExec(u"UPDATE districts SET issuing_body_head_name = '', issuing_body_name_ru = ''"_qs);
        const QString pdf = m_dir.filePath(u"unsigned.pdf"_qs);
        QCOMPARE(run({u"print"_qs, u"--form"_qs, u"5"_qs, u"--permit"_qs, test::PrintFixture::firstPermit(),
                      u"--lang"_qs, u"kk"_qs, u"-o"_qs, pdf}), 1);
        QVERIFY(!QFile::exists(pdf));
        for (const QString &part : {u"Almaly District"_qs, u"Head's full name"_qs,
                                    u"ruqsatctl districts set %1 issuing_body.head_name"_qs.arg(district), u"--force"_qs})
            QVERIFY2(m_err.contains(part), qPrintable(m_err));
        QVERIFY2(!m_err.contains(u"issuing_body.name_ru"_qs), qPrintable(m_err)); // the Kazakh form needs no Russian name
        // In Russian the missing name counts too.
        QCOMPARE(run({u"print"_qs, u"--form"_qs, u"7"_qs, u"--case"_qs, test::PrintFixture::refusedCase(),
                      u"--lang"_qs, u"kk+ru"_qs, u"-o"_qs, pdf}), 1);
        QVERIFY2(m_err.contains(u"issuing_body.name_ru"_qs) && !m_err.contains(u"head_name"_qs), qPrintable(m_err));
        // A form that names no body prints as before.
        QCOMPARE(run({u"print"_qs, u"--form"_qs, u"3"_qs, u"--case"_qs, test::PrintFixture::firstCase(),
                      u"-o"_qs, pdf}), 0);
        QVERIFY(QFile::remove(pdf));
        QCOMPARE(run({u"print"_qs, u"--form"_qs, u"5"_qs, u"--permit"_qs, test::PrintFixture::firstPermit(),
                      u"--lang"_qs, u"kk"_qs, u"--force"_qs, u"-o"_qs, pdf}), 0);
        QVERIFY(test::pdfText(pdf).contains(test::PrintFixture::firstPermit()));
        m_fixture->scratch().rawExec(u"UPDATE districts SET issuing_body_head_name = 'Сәрсенбаев Нұрлан Қайратұлы', "
                                     "issuing_body_name_ru = 'Акимат Алмалинского района города Алматы'"_qs);
    }

    // R-DUPLICATE: "permits copy" records the copy through the core step and
    // prints that copy: mark, same number, K=N in the QR; --reason is kept.
    void R_DUPLICATE_permitsCopyRecordsAndPrints()
    {
        const QString number = m_fixture->inForcePermit();
        const QString first = m_dir.filePath(u"copy-1.pdf"_qs);
        QCOMPARE(run({u"permits"_qs, u"copy"_qs, number, u"-o"_qs, first}), 0);
        QVERIFY2(m_out.contains(first), qPrintable(m_out));
        QVERIFY(test::pdfText(first).contains(u"ТЕЛНҰСҚА"_qs));
        QVERIFY(test::pdfText(first).contains(number));
        QStringList qr = test::decodeQr(test::pdfPage(first, 1, m_dir.filePath(u"copy-1"_qs)));
        QCOMPARE(qr.size(), 1);
        QVERIFY2(qr.first().contains(u"|N=%1|K=1|"_qs.arg(number)), qPrintable(qr.first()));

        const QString second = m_dir.filePath(u"copy-2.pdf"_qs);
        QCOMPARE(run({u"permits"_qs, u"copy"_qs, number, u"--reason"_qs, u"damaged"_qs,
                      u"--lang"_qs, u"ru"_qs, u"-o"_qs, second}),
                 0);
        QVERIFY(test::pdfText(second).contains(u"ДУБЛИКАТ"_qs));
        qr = test::decodeQr(test::pdfPage(second, 1, m_dir.filePath(u"copy-2"_qs)));
        QVERIFY2(qr.value(0).contains(u"|K=2|"_qs), qPrintable(qr.value(0)));
        QCOMPARE(copies(number), 2);
        QCOMPARE(
            store::Query(m_fixture->db(),
                         u"SELECT reason FROM permit_copies ORDER BY issued_at DESC, reason"_qs)
                .scalar()
                .toString(),
            u"damaged"_qs);
    }

    // Refused before anything is written: a permit out of force, a wrong
    // reason, an unknown permit; no file, no copy recorded.
    void R_DUPLICATE_permitsCopyRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addRow("revoked") << QStringList{test::PrintFixture::extendedPermit()} << 1;
        QTest::addRow("terminated") << QStringList{test::PrintFixture::terminatedPermit()} << 1;
        QTest::addRow("unknown") << QStringList{u"75-2026-999999"_qs} << 1;
        QTest::addRow("reason") << QStringList{u"IN-FORCE"_qs, u"--reason"_qs, u"stolen"_qs} << 2;
        QTest::addRow("language") << QStringList{u"IN-FORCE"_qs, u"--lang"_qs, u"de"_qs} << 2;
        QTest::addRow("no number") << QStringList{} << 2;
    }
    void R_DUPLICATE_permitsCopyRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const QString inForce = m_fixture->inForcePermit();
        args.replaceInStrings(u"IN-FORCE"_qs, inForce);
        const int before = copies(inForce) + copies(test::PrintFixture::extendedPermit());
        const QString pdf = m_dir.filePath(u"refused-copy.pdf"_qs);
        QCOMPARE(run(QStringList{u"permits"_qs, u"copy"_qs} + args + QStringList{u"-o"_qs, pdf}),
                 code);
        QVERIFY(!m_err.trimmed().isEmpty());
        QVERIFY2(!m_err.contains(u"R-"_qs), qPrintable(m_err)); // rule ids are for logs, not clerks
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(copies(inForce) + copies(test::PrintFixture::extendedPermit()), before);
    }

    // "print --copy" would print a copy nobody recorded: refused, naming the
    // command that records and prints one; on any other form as well.
    void printCopyIsRefused_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("key");
        QTest::addRow("permit") << u"5"_qs << u"--permit"_qs;
        QTest::addRow("termination") << u"6"_qs << u"--permit"_qs;
        QTest::addRow("refusal") << u"7"_qs << u"--case"_qs;
    }
    void printCopyIsRefused()
    {
        QFETCH(QString, form);
        QFETCH(QString, key);
        const QString pdf = m_dir.filePath(u"print-copy.pdf"_qs);
        const QString value = key == u"--case"_qs ? test::PrintFixture::refusedCase()
                                                  : test::PrintFixture::terminatedPermit();
        QCOMPARE(run({u"print"_qs, u"--form"_qs, form, key, value, u"--copy"_qs, u"-o"_qs, pdf}),
                 2);
        QVERIFY2(m_err.contains(u"ruqsatctl permits copy NUMBER"_qs), qPrintable(m_err));
        QVERIFY(!QFile::exists(pdf));
    }

    // "settings set print.override_dir" takes the administrator's step: a
    // folder whose template lacks a field of its form is refused, naming the
    // file and the field, and the setting stays as it was.
    void settingsRefuseATemplateFolderThatCannotPrint()
    {
        writeTemplate(u"lacking/kk/appendix-6.html"_qs, "<p>{{permit_number}}</p>");
        QCOMPARE(run({u"settings"_qs, u"set"_qs, u"print.override_dir"_qs,
                      m_dir.filePath(u"lacking"_qs)}),
                 2);
        QVERIFY2(m_err.contains(u"appendix-6.html"_qs) && m_err.contains(u"addressee_body_name"_qs),
                 qPrintable(m_err));
        QCOMPARE(run({u"settings"_qs, u"list"_qs, u"--json"_qs}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8())
                     .object()
                     .value(u"print.override_dir"_qs)
                     .toString(),
                 QString());
    }

private:
    int districtOfFixture() const
    {
        return store::ReferenceRepository(m_fixture->db()).allDistricts().first().id;
    }

    // An administrator's template at `path` under the test's folder.
    void writeTemplate(const QString &path, const QByteArray &text)
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QFileInfo(path).path()));
        QFile f(m_dir.filePath(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    int copies(const QString &number) const
    {
        return store::Query(m_fixture->db(),
                            u"SELECT copies_issued FROM permits WHERE number = :n"_qs)
            .bind(u":n"_qs, number)
            .scalar()
            .toInt();
    }

    std::unique_ptr<test::PrintFixture> m_fixture;
    QTemporaryDir m_dir;
    QString m_out, m_err;
};

QTEST_MAIN(TestPrintCli)
#include "tst_print_cli.moc"
