// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrPayload.h"

#include <QMessageAuthenticationCode>
#include <qrcodegen/qrcodegen.hpp>

namespace ruqsat::printing {

namespace {

QString clean(QString value)
{
    value.replace(u'|', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return value.simplified();
}

} // namespace

QString QrPayload::checkValue(const QString &canonical, const QByteArray &key)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(canonical.toUtf8(), key, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(8).toHex().toUpper());
}

QString QrPayload::build(const QList<QPair<QString, QString>> &fields, const QByteArray &key)
{
    return build(fields, [&key](const QString &canonical) { return checkValue(canonical, key); });
}

QString QrPayload::build(const QList<QPair<QString, QString>> &fields, const Signer &signer)
{
    QString canonical = QString::fromLatin1(kMagic);
    for (const auto &f : fields)
        canonical += u'|' + f.first + u'=' + clean(f.second);
    // A sample (printing::TemplateCheck) has no store, so no key: its check
    // value matches no store's.
    return canonical + QStringLiteral("|C=") + (signer ? signer(canonical) : checkValue(canonical, {}));
}

QList<QPair<QString, QString>> QrPayload::fields(const QString &payload)
{
    const QStringList parts = payload.split(u'|');
    if (parts.size() < 2 || parts.first() != QLatin1String(kMagic))
        return {};
    QList<QPair<QString, QString>> out;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts[i].indexOf(u'=');
        if (eq <= 0)
            return {};
        out.append({parts[i].left(eq), parts[i].mid(eq + 1)});
    }
    return out;
}

bool QrPayload::verify(const QString &payload, const QByteArray &key)
{
    const qsizetype at = payload.lastIndexOf(QLatin1String("|C="));
    if (at < 0 || fields(payload).isEmpty())
        return false;
    const QString canonical = payload.left(at);
    const QString given = payload.mid(at + 3);
    // Constant-time comparison is not needed: the value is printed on paper.
    return given == checkValue(canonical, key);
}

QImage QrPayload::image(const QString &payload, int scale)
{
    const QByteArray utf8 = payload.toUtf8();
    const std::vector<std::uint8_t> bytes(utf8.begin(), utf8.end());
    const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeBinary(bytes, qrcodegen::QrCode::Ecc::MEDIUM);
    const int border = 4;
    const int modules = qr.getSize() + 2 * border;
    QImage img(modules * scale, modules * scale, QImage::Format_Mono);
    img.fill(1); // index 1 = white after setColor below
    img.setColor(0, qRgb(0, 0, 0));
    img.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < qr.getSize(); ++y) {
        for (int x = 0; x < qr.getSize(); ++x) {
            if (!qr.getModule(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy)
                for (int dx = 0; dx < scale; ++dx)
                    img.setPixel((x + border) * scale + dx, (y + border) * scale + dy, 0);
        }
    }
    return img;
}

} // namespace ruqsat::printing
