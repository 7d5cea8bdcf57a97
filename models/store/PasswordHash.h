// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ruqsat::store {

// A password as the users table keeps it: a salted PBKDF2-HMAC-SHA256 hash
// with its iteration count (password_hash, password_salt,
// password_iterations). The count is kept per row so that it can be raised:
// a hash of a lower count still verifies, and is replaced by one of the
// current count at the next successful login.
struct PasswordHash
{
    // OWASP's Password Storage Cheat Sheet (2023) asks for 600,000
    // iterations of PBKDF2-HMAC-SHA256. Ruqsat kept 100,000 until then.
    static constexpr int kIterations = 600000;

    QByteArray hash;
    QByteArray salt;
    int iterations = 0;

    // A fresh random salt and the password hashed at currentIterations().
    static PasswordHash of(const QString &password);
    // PBKDF2-HMAC-SHA256 of the UTF-8 password, 32 bytes.
    static QByteArray derive(const QString &password, const QByteArray &salt, int iterations);
    // Whether `password` gives this hash, compared in constant time. A hash
    // that is empty or has no iterations matches nothing.
    bool matches(const QString &password) const;
    // Hashed at fewer iterations than new hashes get.
    bool isOutdated() const;

    // The count new and upgraded hashes get: kIterations, unless a test
    // lowered it.
    static int currentIterations();
    // TEST ONLY. Lowers the count of new and upgraded hashes in this process
    // to `iterations` (at least 1, at most kIterations), so that tests that
    // make many accounts do not spend most of their time hashing. Hashes
    // keep their own count, so they verify whatever it is now. The program
    // never calls this; tests call it through test::lowerPasswordIterations().
    static void lowerIterationsForTests(int iterations);
};

} // namespace ruqsat::store
