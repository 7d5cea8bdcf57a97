// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentRepository.h"

#include "AuditLog.h"
#include "Binding.h"
#include "Database.h"
#include "Query.h"
#include "StoreError.h"

#include <QCryptographicHash>
#include <QLocale>

namespace ruqsat::store {

using records::Attachment;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ruqsat::store::AttachmentRepository", text);
}
constexpr qint64 kDefaultLimit = 20 * 1024 * 1024;
} // namespace

QString AttachmentRepository::detectMediaType(const QByteArray &content)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    return {};
}

qint64 AttachmentRepository::sizeLimit() const
{
    const QVariant v = Query(m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'attachments.max_bytes'"))
                           .scalar();
    bool ok = false;
    const qint64 limit = v.toString().toLongLong(&ok);
    return ok && limit > 0 ? limit : kDefaultLimit;
}

Attachment AttachmentRepository::add(const QString &applicationId, const QString &fileName,
                                     const QByteArray &content, const QString &checklistItemId,
                                     const QString &actor) const
{
    Attachment a;
    a.mediaType = detectMediaType(content);
    if (a.mediaType.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 is not a PDF, JPEG or PNG file: scans must be one of these").arg(fileName));
    const qint64 limit = sizeLimit();
    if (content.size() > limit)
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 is %2, more than the limit of %3 for one scan")
                             .arg(fileName, QLocale().formattedDataSize(content.size()),
                                  QLocale().formattedDataSize(limit)));
    a.id = newId();
    a.applicationId = applicationId;
    a.checklistItemId = checklistItemId;
    a.fileName = fileName;
    a.sizeBytes = content.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    a.addedAt = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO attachments (id, application_id, checklist_item_id, file_name, "
                               "media_type, size_bytes, sha256, content, added_at) VALUES (:id, :app, "
                               ":item, :name, :type, :size, :sha, :content, :at)"))
        .bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":app"), applicationId)
        .bind(QStringLiteral(":item"), textOrNull(checklistItemId))
        .bind(QStringLiteral(":name"), fileName)
        .bind(QStringLiteral(":type"), a.mediaType)
        .bind(QStringLiteral(":size"), a.sizeBytes)
        .bind(QStringLiteral(":sha"), a.sha256)
        .bind(QStringLiteral(":content"), content)
        .bind(QStringLiteral(":at"), m_db.dialect().time(a.addedAt))
        .exec();
    AuditLog(m_db).append(actor, QStringLiteral("application"), applicationId, QStringLiteral("attach"),
                          {{QStringLiteral("file"), fileName}, {QStringLiteral("sha256"), a.sha256}});
    tx.commit();
    return a;
}

QList<Attachment> AttachmentRepository::forApplication(const QString &applicationId) const
{
    Query q(m_db, QStringLiteral("SELECT id, checklist_item_id, file_name, media_type, size_bytes, sha256, "
                                 "added_at FROM attachments WHERE application_id = :app ORDER BY added_at, id"));
    q.bind(QStringLiteral(":app"), applicationId).exec();
    QList<Attachment> list;
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toString();
        a.applicationId = applicationId;
        a.checklistItemId = q.value(1).toString();
        a.fileName = q.value(2).toString();
        a.mediaType = q.value(3).toString();
        a.sizeBytes = q.value(4).toLongLong();
        a.sha256 = q.value(5).toString();
        a.addedAt = m_db.dialect().timeFrom(q.value(6));
        list << a;
    }
    return list;
}

QByteArray AttachmentRepository::content(const QString &attachmentId) const
{
    return Query(m_db, QStringLiteral("SELECT content FROM attachments WHERE id = :id"))
        .bind(QStringLiteral(":id"), attachmentId)
        .scalar()
        .toByteArray();
}

void AttachmentRepository::remove(const QString &attachmentId, const QString &actor) const
{
    Transaction tx(m_db);
    const QString applicationId =
        Query(m_db, QStringLiteral("DELETE FROM attachments WHERE id = :id RETURNING application_id"))
            .bind(QStringLiteral(":id"), attachmentId)
            .scalar()
            .toString();
    if (applicationId.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, tr("The scan %1 is not in the store").arg(attachmentId));
    AuditLog(m_db).append(actor, QStringLiteral("application"), applicationId, QStringLiteral("detach"),
                          {{QStringLiteral("attachment"), attachmentId}});
    tx.commit();
}

} // namespace ruqsat::store
