// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ruqsat::audit {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ruqsat::audit::AuditChain)
};

} // namespace

QByteArray AuditChain::encode(const ChainRow &row)
{
    const QJsonArray columns{
        row.at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")),
        row.actor,
        row.entity,
        row.entityId,
        row.action,
        row.details,
    };
    return QJsonDocument(columns).toJson(QJsonDocument::Compact);
}

QString AuditChain::hashOf(const QString &prevHash, const ChainRow &row)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(prevHash.toLatin1());
    sha.addData(QByteArrayView("\n"));
    sha.addData(encode(row));
    return QString::fromLatin1(sha.result().toHex());
}

bool ChainVerifier::add(const ChainRow &row)
{
    if (!m_verdict.ok())
        return false;
    auto fail = [this, &row](ChainVerdict::Problem problem) {
        m_verdict.problem = problem;
        m_verdict.badRow = row.id;
        return false;
    };
    if (row.hash.isEmpty())
        return fail(ChainVerdict::Problem::Unsealed);
    if (row.prevHash != m_verdict.lastHash)
        return fail(ChainVerdict::Problem::Unlinked);
    if (AuditChain::hashOf(row.prevHash, row) != row.hash)
        return fail(ChainVerdict::Problem::Altered);
    ++m_verdict.rows;
    m_verdict.lastId = row.id;
    m_verdict.lastAt = row.at;
    m_verdict.lastHash = row.hash;
    return true;
}

QString ChainVerdict::message() const
{
    const QString at = lastAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    switch (problem) {
    case Problem::None:
        return rows == 0 ? Tr::tr("The audit log is empty.")
                         : Tr::tr("The audit log is intact: %n row(s), verified up to row %1, written %2.",
                                  nullptr, int(rows))
                               .arg(lastId)
                               .arg(at);
    case Problem::Altered:
        return Tr::tr("Audit row %1 was altered after it was written: its contents no longer "
                      "match its hash. The rows before it are intact.")
            .arg(badRow);
    case Problem::Unlinked:
        return Tr::tr("Audit row %1 does not follow the row before it: a row was removed before "
                      "it, or it was inserted. The rows before it are intact.")
            .arg(badRow);
    case Problem::Unsealed:
        return Tr::tr("Audit row %1 has no hash: it was written around the program. The rows "
                      "before it are intact.")
            .arg(badRow);
    }
    return {};
}

} // namespace ruqsat::audit
