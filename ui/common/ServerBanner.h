// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QTimer>

namespace ruqsat::store {
class Database;
}

namespace ruqsat::ui {

// The strip over the register that says when the shared server went away
// (a restart, a network cut) and when it is back. While the desk works on
// a server it asks the server every few seconds whether it is there; when
// it is not, it opens the connection again with a growing pause (1, 2, 4 …
// 30 s) and says when the next try is. What a clerk types meanwhile stays in
// the editors and their drafts; a save tried meanwhile waits a few seconds
// for the server (SavingStep) and then says it was not saved.
// Nothing shows on an SQLite store.
class ServerBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ServerBanner(QWidget *parent = nullptr);

    // Watches `db` (null: nothing to watch). The store must outlive the
    // banner or the next watch().
    void watch(const store::Database *db);
    bool serverAway() const { return m_away; }
    // The pause before the next try to reconnect, while the server is away.
    int nextTryInSeconds() const { return m_backoff / 1000; }

public slots:
    // Asks the server now (after a save found it gone, say).
    void checkNow();

signals:
    // The connection works again: views may read afresh.
    void reconnected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryReconnect();
    void showAway();
    void showBack();

    const store::Database *m_db = nullptr;
    QTimer m_ping;      // while connected
    QTimer m_reconnect; // while away
    QTimer m_hideBack;  // the "connected again" notice fades after a while
    bool m_away = false;
    int m_backoff = 1000; // ms before the next reconnection try
};

} // namespace ruqsat::ui
