// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerBanner.h"

#include "store/Database.h"
#include "store/StoreError.h"

#include <QEvent>

namespace ruqsat::ui {

namespace {
constexpr int kPingMs = 5000;
constexpr int kFirstBackoffMs = 1000;
constexpr int kLongestBackoffMs = 30000;
constexpr int kBackShownMs = 5000;
} // namespace

ServerBanner::ServerBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("serverBanner"));
    setWordWrap(true);
    setMargin(6);
    hide();
    m_ping.setInterval(kPingMs);
    connect(&m_ping, &QTimer::timeout, this, &ServerBanner::checkNow);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ServerBanner::tryReconnect);
    m_hideBack.setSingleShot(true);
    m_hideBack.setInterval(kBackShownMs);
    connect(&m_hideBack, &QTimer::timeout, this, [this] {
        if (!m_away)
            hide();
    });
}

void ServerBanner::watch(const store::Database *db)
{
    m_db = db && !db->dialect().isSqlite() ? db : nullptr;
    m_away = false;
    m_ping.stop();
    m_reconnect.stop();
    m_hideBack.stop();
    hide();
    if (m_db)
        m_ping.start();
}

void ServerBanner::checkNow()
{
    if (!m_db || m_away)
        return;
    if (m_db->ping())
        return;
    m_away = true;
    m_ping.stop();
    m_hideBack.stop();
    m_backoff = kFirstBackoffMs;
    showAway();
    m_reconnect.start(m_backoff);
}

void ServerBanner::tryReconnect()
{
    if (!m_db)
        return;
    try {
        m_db->reconnect();
    } catch (const store::StoreError &) {
        m_backoff = qMin(m_backoff * 2, kLongestBackoffMs);
        showAway();
        m_reconnect.start(m_backoff);
        return;
    }
    m_away = false;
    showBack();
    m_ping.start();
    emit reconnected();
}

void ServerBanner::showAway()
{
    setStyleSheet(QStringLiteral("background: #ffd9d6; color: #6b0d05; font-weight: bold;"));
    setText(tr("The connection to the server %1 is lost. Trying again in %n s. What you type "
               "stays on this computer; save it once the server is back.",
               nullptr, m_backoff / 1000)
                .arg(m_db->location().host));
    show();
}

void ServerBanner::showBack()
{
    setStyleSheet(QStringLiteral("background: #d9f2d9; color: #0f4d0f; font-weight: bold;"));
    setText(tr("Connected to the server again."));
    show();
    m_hideBack.start();
}

void ServerBanner::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && isVisible() && m_db)
        m_away ? showAway() : showBack();
}

} // namespace ruqsat::ui
