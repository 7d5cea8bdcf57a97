// SPDX-License-Identifier: GPL-3.0-or-later
// How long one password hash takes: PasswordHash::derive (OpenSSL's PBKDF2)
// at the program's count, beside QPasswordDigestor (what Ruqsat used before)
// at the same count and at the old 100,000. Prints a Markdown section for
// bench/RESULTS.md; record the command and the commit with it.
#include "store/PasswordHash.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QPasswordDigestor>
#include <QTextStream>
#include <algorithm>
#include <functional>

using ruqsat::store::PasswordHash;

namespace {

struct Timing
{
    double medianMs = 0;
    double minMs = 0;
};

// Runs `derive` `reps` times; its median and fastest wall-clock time.
Timing measure(int reps, const std::function<QByteArray()> &derive)
{
    QList<double> ms;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray key = derive();
        ms << timer.nsecsElapsed() / 1e6;
        if (key.size() != 32)
            qFatal("no key derived");
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.first()};
}

QString row(const QString &what, int iterations, int reps, const Timing &t)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
        .arg(what, QLocale::c().toString(iterations), QString::number(reps),
             QString::number(t.medianMs, 'f', 0), QString::number(t.minMs, 'f', 0));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int reps = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    const QString password = QStringLiteral("Қазақстан-2026");
    const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    const int current = PasswordHash::kIterations;
    const auto ours = [&](int iterations) {
        return [&, iterations] { return PasswordHash::derive(password, salt, iterations); };
    };
    const auto qts = [&](int iterations) {
        return [&, iterations] {
            return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                                      salt, iterations, 32);
        };
    };
    if (ours(1000)() != qts(1000)())
        qFatal("OpenSSL and QPasswordDigestor disagree");
    QString text;
    QTextStream s(&text);
    s << "| derivation | iterations | runs | median ms | fastest ms |\n|---|---:|---:|---:|---:|\n";
    s << row(QStringLiteral("PasswordHash::derive (OpenSSL PKCS5_PBKDF2_HMAC)"), current, reps,
             measure(reps, ours(current)));
    s << row(QStringLiteral("QPasswordDigestor::deriveKeyPbkdf2"), current, reps,
             measure(reps, qts(current)));
    s << row(QStringLiteral("QPasswordDigestor::deriveKeyPbkdf2 (Ruqsat before)"), 100000, reps,
             measure(reps, qts(100000)));
    s.flush();
    QTextStream(stdout) << text;
    return 0;
}
