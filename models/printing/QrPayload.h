// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace ruqsat::printing {

// The text in the QR code of a permit (Appendix 5) or a refusal (Appendix 7),
// defined in docs/PRINTING.md:
//   RQS1|T=P|N=75-2026-000001|IIN=...|F=2026-03-27|U=2026-09-26|D=2026-03-27|B=<body>|C=<check>
// The check value is HMAC-SHA256 under the store's key over everything before
// "|C=", first 8 bytes in upper-case hex: a changed field no longer matches,
// and nobody without the store's key can compute a matching one.
class QrPayload
{
public:
    static constexpr const char *kMagic = "RQS1";

    // `fields` in their printed order: (tag, value). '|' and newlines in
    // values are replaced by spaces so the fields stay separable.
    static QString build(const QList<QPair<QString, QString>> &fields, const QByteArray &key);
    // The check value of a canonical text, where the key is kept (the
    // store: store::PrintQueries::qrSigner()).
    using Signer = std::function<QString(const QString &canonical)>;
    static QString build(const QList<QPair<QString, QString>> &fields, const Signer &signer);
    static QString checkValue(const QString &canonical, const QByteArray &key);
    // True when the payload is well formed and its check value matches.
    static bool verify(const QString &payload, const QByteArray &key);
    // The fields of a payload (without C), empty when malformed.
    static QList<QPair<QString, QString>> fields(const QString &payload);

    // The QR symbol (ECC level M) as a 1-bit image, `scale` pixels per module,
    // with the 4-module quiet zone the standard asks for.
    static QImage image(const QString &payload, int scale = 8);
};

} // namespace ruqsat::printing
