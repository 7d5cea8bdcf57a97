// SPDX-License-Identifier: GPL-3.0-or-later
// The translations reach the programs: ruqsat::installTranslations loads the
// embedded :/i18n/ruqsat_<lang>.qm and known messages come out in Kazakh and
// Russian; the .ts files leave no message of kk or ru untranslated, keep the
// placeholders of every source, and give the plural forms of %n messages.
// The .ts files are read from RUQSAT_SOURCE_DIR (set by ctest).
#include "common/Application.h"
#include "domain/Iin.h"
#include "records/CodeLabels.h"
#include "store/ConnectionString.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace ruqsat;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;                 // "", "unfinished", "vanished", "obsolete"
    QStringList translations;     // one, or the numerus forms
};

QString sourceDir()
{
    return qEnvironmentVariable("RUQSAT_SOURCE_DIR");
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage msg;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            msg = TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == u"source") {
            msg.source = xml.readElementText();
        } else if (name == u"comment") {
            msg.comment = xml.readElementText();
        } else if (name == u"translation") {
            msg.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!msg.numerus) {
                msg.translations = {xml.readElementText()};
                out << msg;
            } else {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        msg.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
                out << msg;
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

// The %1..%9 placeholders a text uses, as a set (a placeholder may repeat).
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9]"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

void removeTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QString translated(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

// A C string literal's text, from just after its opening quote.
QString readLiteral(const QString &s, qsizetype *pos)
{
    QString out;
    for (qsizetype i = *pos; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\' && i + 1 < s.size()) {
            const QChar e = s.at(++i);
            out += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e;
        } else if (c == u'"') {
            *pos = i + 1;
            return out;
        } else {
            out += c;
        }
    }
    *pos = s.size();
    return out;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { removeTranslators(); }

    void installsKazakh()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), u"kk"_qs), u"kk"_qs);
        QCOMPARE(translated("ruqsat::cli", "Usage: ruqsatctl <command> [options] [--db STORE]"),
                 u"Қолданылуы: ruqsatctl <команда> [параметрлер] [--db ҚОЙМА]"_qs);
        QCOMPARE(records::label(records::CaseStatus::Issued), u"Рұқсат берілді"_qs);
        QCOMPARE(records::label(records::Channel::StateCorporation), u"Мемлекеттік корпорация"_qs);
        QString error;
        QVERIFY(!store::ConnectionString::parse(u"postgresql://clerk:secret@host/ruqsat"_qs, &error));
        QCOMPARE(error, u"Құпиясөзді қосылу жолына жазбаңыз: PGPASSWORD орнатыңыз немесе сұралғанда енгізіңіз"_qs);
        QCOMPARE(domain::Iin::check(u"123"_qs).reason, u"ЖСН 12 цифрдан тұрады; мұнда 3 таңба бар."_qs);
        QCOMPARE(translated("ruqsat::ui::CaseRegisterWidget", "%n case(s)", 5), u"5 іс"_qs);
    }

    void installsRussian()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), u"ru"_qs), u"ru"_qs);
        QCOMPARE(translated("ruqsat::cli", "Usage: ruqsatctl <command> [options] [--db STORE]"),
                 u"Использование: ruqsatctl <команда> [параметры] [--db ХРАНИЛИЩЕ]"_qs);
        QCOMPARE(records::label(records::CaseStatus::Issued), u"Разрешение выдано"_qs);
        QCOMPARE(records::label(records::PermitStatus::Revoked), u"Отозвано"_qs);
        QString error;
        QVERIFY(!store::ConnectionString::parse(u"postgresql://clerk:secret@host/ruqsat"_qs, &error));
        QCOMPARE(error, u"Не указывайте пароль в строке подключения: задайте PGPASSWORD или введите его по запросу"_qs);
        QCOMPARE(translated("ruqsat::store::PermitRepository", "Only a permit in force can be extended"),
                 u"Продлить можно только действующее разрешение"_qs);
        // Russian has three plural forms.
        QCOMPARE(translated("ruqsat::ui::CaseRegisterWidget", "%n case(s)", 1), u"1 дело"_qs);
        QCOMPARE(translated("ruqsat::ui::CaseRegisterWidget", "%n case(s)", 3), u"3 дела"_qs);
        QCOMPARE(translated("ruqsat::ui::CaseRegisterWidget", "%n case(s)", 11), u"11 дел"_qs);
        QCOMPARE(translated("ruqsat::ui::CaseRegisterWidget", "%n case(s)", 21), u"21 дело"_qs);
    }

    // Qt's standard buttons (QDialogButtonBox, QMessageBox) speak the
    // screen's language: Kazakh from our catalogue, which is looked up before
    // Qt's Russian one; Qt's other words (a line edit's menu) stay Russian on
    // a Kazakh screen, Qt shipping no Kazakh catalogue.
    void qtButtonsFollowTheScreens()
    {
        installTranslations(*QCoreApplication::instance(), u"kk"_qs);
        QCOMPARE(translated("QPlatformTheme", "Cancel"), u"Бас тарту"_qs);
        QCOMPARE(translated("QPlatformTheme", "&Yes"), u"&Иә"_qs);
        QCOMPARE(translated("QPlatformTheme", "&No"), u"&Жоқ"_qs);
        QCOMPARE(translated("QPlatformTheme", "Discard"), u"Сақтамау"_qs);
        QCOMPARE(translated("QGnomeTheme", "&Cancel"), u"&Бас тарту"_qs);
        QCOMPARE(translated("QLineEdit", "&Copy"), u"&Копировать"_qs);
        removeTranslators();
        installTranslations(*QCoreApplication::instance(), u"ru"_qs);
        QCOMPARE(translated("QPlatformTheme", "Cancel"), u"Отмена"_qs);
        QCOMPARE(translated("QPlatformTheme", "&Yes"), u"&Да"_qs);
        removeTranslators();
        installTranslations(*QCoreApplication::instance(), u"en"_qs);
        QCOMPARE(translated("QPlatformTheme", "Cancel"), u"Cancel"_qs);
    }

    void englishKeepsTheSourceAndGivesPlurals()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), u"en"_qs), u"en"_qs);
        QCOMPARE(records::label(records::CaseStatus::Issued), u"Permit issued"_qs);
        QCOMPARE(translated("ruqsat::ui::CaseRegisterWidget", "%n case(s)", 1), u"1 case"_qs);
        QCOMPARE(translated("ruqsat::ui::CaseRegisterWidget", "%n case(s)", 2), u"2 cases"_qs);
    }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("kk") << u"kk"_qs;
        QTest::newRow("ru") << u"ru"_qs;
        QTest::newRow("en") << u"en"_qs;
    }

    // Every kk and ru message is translated, with the source's placeholders;
    // en needs only its plural forms. And what the .ts says is what the
    // embedded .qm gives.
    void tsFilesAreComplete()
    {
        QFETCH(QString, lang);
        if (sourceDir().isEmpty())
            QSKIP("RUQSAT_SOURCE_DIR is not set (ctest sets it)");
        QString error;
        const auto messages = readTs(sourceDir() + u"/translations/ruqsat_"_qs + lang + u".ts"_qs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QTranslator qm;
        QVERIFY(qm.load(u":/i18n/ruqsat_"_qs + lang + u".qm"_qs));
        QStringList problems;
        int checked = 0;
        for (const TsMessage &m : messages) {
            if (m.source.isEmpty() || m.type == u"vanished" || m.type == u"obsolete")
                continue;
            const QString where = m.context + u" / \""_qs + m.source + u"\": "_qs;
            if (lang == u"en" && !m.numerus)
                continue;
            ++checked;
            if (m.type == u"unfinished")
                problems << where + u"unfinished"_qs;
            if (m.translations.isEmpty())
                problems << where + u"no translation"_qs;
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    problems << where + u"empty translation"_qs;
                else if (placeholders(t) != placeholders(m.source))
                    problems << where + u"placeholders differ in \""_qs + t + QLatin1Char('"');
                else if (m.numerus && !t.contains(u"%n"_qs))
                    problems << where + u"a plural form without %n: \""_qs + t + QLatin1Char('"');
            }
            const QString compiled = qm.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                                  m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData(),
                                                  m.numerus ? 5 : -1);
            if (compiled.isEmpty())
                problems << where + u"missing from the .qm"_qs;
        }
        QVERIFY(checked > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void messagesShowNoRuleIds_data() { tsFilesAreComplete_data(); }

    // Rule ids (R-...) belong in code comments, test names and logs: a clerk
    // reads what to do, never an id. Every message lupdate found, and every
    // translation of it, is free of them.
    void messagesShowNoRuleIds()
    {
        QFETCH(QString, lang);
        if (sourceDir().isEmpty())
            QSKIP("RUQSAT_SOURCE_DIR is not set (ctest sets it)");
        QString error;
        const auto messages =
            readTs(sourceDir() + u"/translations/ruqsat_"_qs + lang + u".ts"_qs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        static const QRegularExpression ruleId(QStringLiteral("(?<![\\w-])R-[A-Z]"));
        QStringList shown;
        for (const TsMessage &m : messages) {
            if (m.source.contains(ruleId))
                shown << m.context + u": "_qs + m.source;
            for (const QString &t : m.translations)
                if (t.contains(ruleId))
                    shown << m.context + u": "_qs + t;
        }
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join(u'\n')));
    }

    // Files that translate through a local helper
    //   QString tr(const char *text) { return QCoreApplication::translate("ctx", text); }
    // are only translated when lupdate files each tr("...") of that file under
    // "ctx". lupdate takes the context from the enclosing class or namespace,
    // so calls from free functions or other classes land elsewhere.
    void helperContextsMatch()
    {
        if (sourceDir().isEmpty())
            QSKIP("RUQSAT_SOURCE_DIR is not set (ctest sets it)");
        QString error;
        QSet<QString> known;
        for (const TsMessage &m : readTs(sourceDir() + u"/translations/ruqsat_ru.ts"_qs, &error))
            known.insert(m.context + QChar(0x1f) + m.source);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // (no raw string literals here: moc's preprocessor trips on them)
        static const QRegularExpression helper(QStringLiteral(
            "QString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*\\s*\\w+\\s*\\)\\s*\\{\\s*"
            "return\\s+QCoreApplication::translate\\(\\s*\"([^\"]+)\""));
        static const QRegularExpression call(QStringLiteral("(?<![\\w:.>])tr\\s*\\(\\s*\""));
        static const QRegularExpression declared(
            QStringLiteral("struct\\s+Tr\\s*\\{\\s*Q_DECLARE_TR_FUNCTIONS\\(\\s*([\\w:]+)\\s*\\)"));
        static const QRegularExpression trStruct(QStringLiteral("(?<![\\w:.>])Tr::tr\\s*\\(\\s*\""));
        static const QRegularExpression nextLiteral(QStringLiteral("\\G\\s*\""));
        QStringList misfiled;
        for (const QString &folder : {u"models"_qs, u"ui"_qs, u"app"_qs}) {
            QDirIterator it(sourceDir() + u'/' + folder, {u"*.cpp"_qs}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString code = QString::fromUtf8(f.readAll());
                // Either a tr() helper that calls translate() with a context,
                // or a struct Tr with Q_DECLARE_TR_FUNCTIONS(context) and Tr::tr().
                auto h = helper.match(code);
                const QRegularExpression *calls = &call;
                if (!h.hasMatch()) {
                    h = declared.match(code);
                    calls = &trStruct;
                }
                if (!h.hasMatch())
                    continue;
                for (auto m = calls->globalMatch(code); m.hasNext();) {
                    qsizetype pos = m.next().capturedEnd();
                    QString text = readLiteral(code, &pos);
                    for (auto more = nextLiteral.match(code, pos); more.hasMatch(); more = nextLiteral.match(code, pos)) {
                        pos = more.capturedEnd();
                        text += readLiteral(code, &pos);
                    }
                    if (!known.contains(h.captured(1) + QChar(0x1f) + text))
                        misfiled << path.mid(sourceDir().size() + 1) + u": \""_qs + text + u"\" is not under "_qs
                                        + h.captured(1);
                }
            }
        }
        if (!misfiled.isEmpty())
            qWarning().noquote() << "messages lupdate files under another context:\n"
                                 << misfiled.join(u'\n');
        QVERIFY(misfiled.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
