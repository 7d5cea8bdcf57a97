// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreError.h"

namespace ruqsat::store {

StoreError::StoreError(Kind kind, const QString &message, const QString &detail)
    : std::runtime_error((detail.isEmpty() ? message : message + QLatin1String(": ") + detail)
                             .toStdString()),
      m_kind(kind), m_message(message), m_detail(detail)
{
}

} // namespace ruqsat::store
