// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderedUuid.h"

#include <QDateTime>
#include <QUuid>

namespace ruqsat {

QString orderedUuid(quint64 prefix, int version, QRandomGenerator &random)
{
    quint32 noise[3];
    random.fillRange(noise);
    unsigned char b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(prefix >> (40 - 8 * i));
    for (int i = 6; i < 16; ++i)
        b[i] = static_cast<unsigned char>(noise[(i - 6) / 4] >> (8 * ((i - 6) % 4)));
    b[6] = static_cast<unsigned char>((version << 4) | (b[6] & 0x0f));
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3f)); // the RFC variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b), 16)).toString(QUuid::WithoutBraces);
}

QString timeOrderedUuid()
{
    return orderedUuid(quint64(QDateTime::currentMSecsSinceEpoch()), 7, *QRandomGenerator::system());
}

} // namespace ruqsat
