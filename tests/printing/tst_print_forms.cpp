// SPDX-License-Identifier: GPL-3.0-or-later
// Every form (Appendices 1, 3-9) in kk, ru and en: rendered to PDF, its text
// compared with a reviewed golden (RUQSAT_UPDATE_GOLDEN=1 rewrites them),
// no placeholder left, every field's value printed, fonts embedded, the QR
// read back, and the copy mark of R-DUPLICATE.
#include "CaseFactory.h"
#include "PdfTools.h"
#include "PrintFixture.h"
#include "cases/CaseWorkflow.h"
#include "domain/RefusalGrounds.h"
#include "printing/FormFields.h"
#include "printing/FormLoader.h"
#include "printing/QrPayload.h"
#include "store/PrintQueries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ruqsat;
using namespace ruqsat::printing;

namespace {

QString withoutSpace(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// pdftotext pads lines; goldens keep them without trailing blanks.
QString normalised(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &l : lines) {
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n') + u'\n';
}

QString keyFor(Form f)
{
    switch (f) {
    case Form::Application:
        return test::PrintFixture::extensionCase();
    case Form::Agreement:
        return test::PrintFixture::firstCase();
    case Form::IntakeRefusal:
        return test::PrintFixture::intakeCase();
    case Form::Refusal:
        return test::PrintFixture::refusedCase();
    case Form::Termination:
        return test::PrintFixture::terminatedPermit();
    case Form::Permit:
    case Form::Revocation:
    case Form::RevocationPolice:
        break;
    }
    return test::PrintFixture::extendedPermit();
}

// The values a reader must find on the page: every filled field, list items too.
QStringList printedValues(const FormContext &c)
{
    QStringList values;
    auto add = [&values](const FieldMap &fields) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const QString v = it.value().text;
            if (it.value().html || v.isEmpty() || v == QLatin1String("1") || v.count(u'_') == v.size())
                continue;
            if (v.contains(u'_')) // a date blank the store left empty
                continue;
            // The copy mark prints only on a copy (checked in R_DUPLICATE_copyMark).
            if (it.key() == QLatin1String("copy_mark") && fields.value(QStringLiteral("is_copy")).text.isEmpty())
                continue;
            values << v;
        }
    };
    add(c.fields);
    for (const auto &list : c.lists)
        for (const FieldMap &item : list)
            add(item);
    return values;
}

} // namespace

class TestPrintForms : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::PrintFixture>(QStringLiteral("sqlite"));
        QVERIFY(m_dir.isValid());
    }

    void form_data()
    {
        QTest::addColumn<int>("appendix");
        QTest::addColumn<QString>("lang");
        for (Form f : allForms())
            for (const char *l : {"kk", "ru", "en"})
                QTest::addRow("appendix-%d-%s", appendixOf(f), l) << appendixOf(f) << QString::fromLatin1(l);
    }
    void form()
    {
        QFETCH(int, appendix);
        QFETCH(QString, lang);
        const Form f = *formFromAppendix(appendix);
        const QList<PrintItem> items =
            FormLoader(m_fixture->db()).load(f, keyFor(f), {*languageFromCode(lang)});
        const FormRenderer renderer;
        const QString html = renderer.html(items.first());
        QVERIFY2(!html.contains(QLatin1String("{{")), "a placeholder is left in the HTML");

        const QString pdf = m_dir.filePath(QStringLiteral("%1-appendix-%2.pdf").arg(lang).arg(appendix));
        test::renderPdf(renderer, items, pdf);
        const QString text = pdfText(pdf);
        QVERIFY(!text.contains(QLatin1String("{{")));
        // NFKC: pdftotext may give the "fi" ligature as one character.
        if (!qEnvironmentVariable("RUQSAT_PRINT_PNG_DIR").isEmpty())
            QFile::copy(pdf, QDir(qEnvironmentVariable("RUQSAT_PRINT_PNG_DIR")).filePath(QFileInfo(pdf).fileName()));
        const QString flat = withoutSpace(test::pdfRawText(pdf).normalized(QString::NormalizationForm_KC));
        for (const QString &v : printedValues(formContext(f, items.first().language, items.first().record,
                                                          items.first().options)))
            QVERIFY2(flat.contains(withoutSpace(v.normalized(QString::NormalizationForm_KC))), qPrintable(QStringLiteral("not printed: ") + v));

        // Fonts: every font embedded, and the family we asked for.
        const QString fonts = test::pdfFonts(pdf);
        QVERIFY2(fonts.contains(QLatin1String("NotoSerif")), qPrintable(fonts));
        for (const QString &line : fonts.split(u'\n').mid(2, -1)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(QStringLiteral("not embedded: ") + line));
        }

        const QString keep = qEnvironmentVariable("RUQSAT_PRINT_PNG_DIR");
        if (!keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QFileInfo(pdf).fileName()));
        if (!keep.isEmpty())
            test::pdfPage(pdf, 1, QDir(keep).filePath(QStringLiteral("%1-appendix-%2").arg(lang).arg(appendix)));
        const QString golden = QStringLiteral(RUQSAT_GOLDEN_DIR "/%1/appendix-%2.txt").arg(lang).arg(appendix);
        if (qEnvironmentVariableIntValue("RUQSAT_UPDATE_GOLDEN") == 1) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(normalised(text).toUtf8());
        }
        QFile in(golden);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("no golden ") + golden));
        QCOMPARE(normalised(text), QString::fromUtf8(in.readAll()));

    }

    // The QR of the permit and of the refusal holds the payload, and it verifies.
    void qrCodeReadsBack_data()
    {
        QTest::addColumn<int>("appendix");
        QTest::addRow("permit") << 5;
        QTest::addRow("refusal") << 7;
    }
    void qrCodeReadsBack()
    {
        QFETCH(int, appendix);
        const Form f = *formFromAppendix(appendix);
        const QList<PrintItem> items = FormLoader(m_fixture->db()).load(f, keyFor(f), {Language::Kazakh});
        const QString pdf = m_dir.filePath(QStringLiteral("qr-%1.pdf").arg(appendix));
        test::renderPdf(FormRenderer(), items, pdf);
        const QStringList decoded = test::decodeQr(test::pdfPage(pdf, 1, m_dir.filePath(QStringLiteral("qr-%1").arg(appendix))));
        QCOMPARE(decoded.size(), 1);
        const QByteArray key = store::PrintQueries(m_fixture->db()).qrKey();
        QCOMPARE(decoded.first(), qrPayload(f, items.first().record.values, items.first().options));
        QVERIFY(QrPayload::verify(decoded.first(), key));
        QVERIFY(decoded.first().contains(items.first().record.values.value(QStringLiteral("immigrant_iin")).toString()));
    }

    // R-DUPLICATE: a copy prints the mark and the same number, and its QR
    // says which copy it is (K=N); the original has neither.
    void R_DUPLICATE_copyMark_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("mark");
        QTest::addRow("kk") << QStringLiteral("kk") << QStringLiteral("ТЕЛНҰСҚА");
        QTest::addRow("ru") << QStringLiteral("ru") << QStringLiteral("ДУБЛИКАТ");
    }
    void R_DUPLICATE_copyMark()
    {
        QFETCH(QString, lang);
        QFETCH(QString, mark);
        const QString number = m_fixture->inForcePermit();
        for (int copy : {0, 1, 2}) {
            const auto items = FormLoader(m_fixture->db()).load(Form::Permit, number, {*languageFromCode(lang)}, copy);
            const QString pdf = m_dir.filePath(QStringLiteral("copy-%1-%2.pdf").arg(lang).arg(copy));
            test::renderPdf(FormRenderer(), items, pdf);
            const QString text = test::pdfText(pdf);
            QCOMPARE(text.contains(mark), copy > 0);
            QVERIFY(text.contains(number));
            const QStringList qr = test::decodeQr(test::pdfPage(
                pdf, 1, m_dir.filePath(QStringLiteral("copy-%1-%2").arg(lang).arg(copy))));
            QCOMPARE(qr.size(), 1);
            QCOMPARE(qr.first().contains(QStringLiteral("|K=")), copy > 0);
            if (copy > 0)
                QVERIFY(qr.first().contains(QStringLiteral("|N=%1|K=%2|").arg(number).arg(copy)));
            QVERIFY(QrPayload::verify(qr.first(), store::PrintQueries(m_fixture->db()).qrKey()));
        }
    }

    // A permit revoked, terminated or expired prints only under the mark
    // across the page, in the form's language, with the reason and its
    // date; a permit in force prints without it.
    void permitOutOfForceIsMarked_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("detail");
        const auto add = [](const char *which, const char *lang, const QString &word,
                            const QString &detail) {
            QTest::addRow("%s-%s", which, lang)
                << QString::fromLatin1(which) << QString::fromLatin1(lang) << word << detail;
        };
        add("revoked", "kk", u"ЖАРАМСЫЗ"_qs, u"Кері қайтарылды 07.10.2026"_qs);
        add("revoked", "ru", u"НЕДЕЙСТВИТЕЛЬНО"_qs, u"Отозвано 07.10.2026"_qs);
        add("revoked", "en", u"INVALID"_qs, u"Revoked 07.10.2026"_qs);
        add("terminated", "kk", u"ЖАРАМСЫЗ"_qs, u"Қолданылуы тоқтатылды 15.06.2026"_qs);
        add("terminated", "ru", u"НЕДЕЙСТВИТЕЛЬНО"_qs, u"Действие прекращено 15.06.2026"_qs);
        add("terminated", "en", u"INVALID"_qs, u"Terminated 15.06.2026"_qs);
        // The first permit was extended; its last day, 26.09.2026, is past.
        add("past its last day", "kk", u"ЖАРАМСЫЗ"_qs, u"Қолданылу мерзімі өтті 26.09.2026"_qs);
        add("past its last day", "ru", u"НЕДЕЙСТВИТЕЛЬНО"_qs, u"Срок действия истёк 26.09.2026"_qs);
        add("expired", "ru", u"НЕДЕЙСТВИТЕЛЬНО"_qs, u"Срок действия истёк"_qs);
        add("expired", "en", u"INVALID"_qs, u"Expired"_qs);
        add("in force", "kk", QString(), QString());
        add("in force", "ru", QString(), QString());
    }
    void permitOutOfForceIsMarked()
    {
        QFETCH(QString, which);
        QFETCH(QString, lang);
        QFETCH(QString, word);
        QFETCH(QString, detail);
        QString number = which == u"revoked"_qs             ? test::PrintFixture::extendedPermit()
                         : which == u"terminated"_qs        ? test::PrintFixture::terminatedPermit()
                         : which == u"past its last day"_qs ? test::PrintFixture::firstPermit()
                                                            : m_fixture->inForcePermit();
        // A permit the store already marked expired (still within its dates here).
        const bool expired = which == u"expired"_qs;
        if (expired)
            m_fixture->scratch().rawExec(
                u"UPDATE permits SET status = 'expired' WHERE number = '%1'"_qs.arg(number));
        const auto items =
            FormLoader(m_fixture->db()).load(Form::Permit, number, {*languageFromCode(lang)});
        if (expired)
            m_fixture->scratch().rawExec(
                u"UPDATE permits SET status = 'in_force' WHERE number = '%1'"_qs.arg(number));
        const QString pdf = m_dir.filePath(u"mark-%1-%2.pdf"_qs.arg(which, lang));
        test::renderPdf(FormRenderer(), items, pdf);
        const QString flat = withoutSpace(test::pdfRawText(pdf));
        for (const QString &any : {u"ЖАРАМСЫЗ"_qs, u"НЕДЕЙСТВИТЕЛЬНО"_qs, u"INVALID"_qs})
            QCOMPARE(flat.contains(any), any == word);
        if (!detail.isEmpty())
            QVERIFY2(flat.contains(withoutSpace(detail)), qPrintable(test::pdfRawText(pdf)));
        if (expired)
            QVERIFY(flat.contains(withoutSpace(items.first()
                                                   .record.values.value(u"valid_to"_qs)
                                                   .toDate()
                                                   .toString(u"dd.MM.yyyy"_qs))));
        QVERIFY(flat.contains(number)); // the form itself is all there under the mark
        const QString keep = qEnvironmentVariable("RUQSAT_PRINT_PNG_DIR");
        if (!keep.isEmpty())
            test::pdfPage(
                pdf, 1, QDir(keep).filePath(u"mark-%1-%2"_qs.arg(which, lang).replace(u' ', u'-')));
    }

    // The mark is on every page of the form: kk then ru, each in its language.
    void markOnEveryPage()
    {
        const auto items = FormLoader(m_fixture->db())
                               .load(Form::Permit, test::PrintFixture::extendedPermit(),
                                     {Language::Kazakh, Language::Russian});
        const QString pdf = m_dir.filePath(u"mark-both.pdf"_qs);
        test::renderPdf(FormRenderer(), items, pdf);
        QCOMPARE(test::pdfPageCount(pdf), 2);
        QVERIFY(test::pdfPageLines(pdf, 1).join(u' ').contains(u"ЖАРАМСЫЗ"_qs));
        QVERIFY(test::pdfPageLines(pdf, 2).join(u' ').contains(u"НЕДЕЙСТВИТЕЛЬНО"_qs));
    }

    // R-REFUSAL: the ground's text is printed once, in the language of the
    // print, from its number; the decision's text adds only the clerk's words.
    void R_REFUSAL_groundPrintedOnceInTheFormsLanguage_data()
    {
        QTest::addColumn<QString>("reasons");
        QTest::addRow("ground alone") << QString();
        QTest::addRow("with the clerk's words") << u"Ответ ДП № 7/1125"_qs;
    }
    void R_REFUSAL_groundPrintedOnceInTheFormsLanguage()
    {
        QFETCH(QString, reasons);
        const store::Database &db = m_fixture->db();
        test::CaseFactory factory(db);
        records::Application app = factory.acceptedCase();
        cases::CaseWorkflow(
            db, factory.loggedIn(u"head-%1"_qs.arg(reasons.size()), records::Role::Head))
            .refuse(app, 3, QDate(2026, 3, 25), reasons);
        const auto ground = *domain::RefusalGrounds::byNumber(3);
        for (Language l : {Language::Kazakh, Language::Russian}) {
            const auto items = FormLoader(db).load(Form::Refusal, app.id, {l});
            const QString pdf =
                m_dir.filePath(u"refusal-%1-%2.pdf"_qs.arg(languageCode(l)).arg(reasons.size()));
            test::renderPdf(FormRenderer(), items, pdf);
            const QString flat = withoutSpace(test::pdfRawText(pdf));
            QString own = withoutSpace(ground.text.in(l));
            own[0] = own[0].toUpper();
            QCOMPARE(flat.count(own), 1);
            // The Russian text is not on the Kazakh form.
            if (l == Language::Kazakh)
                QVERIFY(!flat.contains(withoutSpace(ground.text.ru).mid(1)));
            if (!reasons.isEmpty())
                QCOMPARE(flat.count(withoutSpace(reasons)), 1);
        }
    }

    // A filled date before a postposition takes its case ending on the
    // Kazakh forms; the Russian application names the country in the genitive.
    void kazakhDatesBeforePostpositions_data()
    {
        QTest::addColumn<int>("appendix");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("phrases");
        QTest::addRow("appendix-3, issued on")
            << 3 << u"kk"_qs
            << QStringList{u"2017 жылғы \"01\" тамызда, ҚР ІІМ берген"_qs,
                           u"2019 жылғы \"02\" мамырда, IIB 26250 берген"_qs};
        QTest::addRow("appendix-6, from, of")
            << 6 << u"kk"_qs
            << QStringList{u"2026 жылғы \"27\" наурыздағы № 75-2026-000003"_qs,
                           u"2026 жылғы \"15\" маусымнан бастап"_qs};
        QTest::addRow("appendix-8, on, until")
            << 8 << u"kk"_qs
            << QStringList{u"2026 жылғы \"27\" наурызда берілген"_qs,
                           u"2026 жылғы \"22\" қазанға дейін"_qs};
        QTest::addRow("appendix-1, genitive")
            << 1 << u"ru"_qs << QStringList{u"гражданина Узбекистана"_qs};
    }
    void kazakhDatesBeforePostpositions()
    {
        QFETCH(int, appendix);
        QFETCH(QString, lang);
        QFETCH(QStringList, phrases);
        const Form f = *formFromAppendix(appendix);
        const auto items =
            FormLoader(m_fixture->db()).load(f, keyFor(f), {*languageFromCode(lang)});
        const QString pdf = m_dir.filePath(u"grammar-%1-%2.pdf"_qs.arg(appendix).arg(lang));
        test::renderPdf(FormRenderer(), items, pdf);
        const QString flat = withoutSpace(test::pdfRawText(pdf));
        for (const QString &phrase : phrases)
            QVERIFY2(flat.contains(withoutSpace(phrase)), qPrintable(phrase));
    }

    // kk+ru: both languages, one after the other, in one PDF.
    void bothLanguagesInOneFile()
    {
        const auto items = FormLoader(m_fixture->db()).load(Form::Permit, test::PrintFixture::firstPermit(),
                                                            {Language::Kazakh, Language::Russian});
        const QString pdf = m_dir.filePath(QStringLiteral("both.pdf"));
        test::renderPdf(FormRenderer(), items, pdf);
        const QString text = test::pdfText(pdf);
        const qsizetype kk = text.indexOf(QStringLiteral("КӨШІП КЕЛУШІГЕ РҰҚСАТ"));
        const qsizetype ru = text.indexOf(QStringLiteral("РАЗРЕШЕНИЕ ТРУДОВОМУ ИММИГРАНТУ"));
        QVERIFY(kk >= 0 && ru > kk);
        QVERIFY(text.contains(u'\f')); // a page break between them
    }

private:
    QString pdfText(const QString &pdf) { return test::pdfText(pdf); }
    std::unique_ptr<test::PrintFixture> m_fixture;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPrintForms)
#include "tst_print_forms.moc"
