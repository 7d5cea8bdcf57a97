// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Case.h"

namespace ruqsat::store {

class Database;

// Scans attached to a case. The bytes live in the store (a station's file
// moves as one piece); each carries its SHA-256, media type and size.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(const Database &db) : m_db(db) {}

    // Refuses, with a message naming the file, a type other than PDF, JPEG or
    // PNG (read from the bytes, not the name) and a file over the size limit
    // of the settings (attachments.max_bytes).
    records::Attachment add(const QString &applicationId, const QString &fileName,
                            const QByteArray &content, const QString &checklistItemId,
                            const QString &actor) const;
    QList<records::Attachment> forApplication(const QString &applicationId) const;
    QByteArray content(const QString &attachmentId) const;
    void remove(const QString &attachmentId, const QString &actor) const;

    // The media type of a scan by its first bytes; empty when not accepted.
    static QString detectMediaType(const QByteArray &content);
    qint64 sizeLimit() const;

private:
    const Database &m_db;
};

} // namespace ruqsat::store
