// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHash.h"

#include <QRandomGenerator>
#include <algorithm>
#include <atomic>
#include <new>
#include <openssl/evp.h>

namespace ruqsat::store {

namespace {

std::atomic<int> g_iterations{PasswordHash::kIterations};

QByteArray newSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return salt;
}

// Compares without stopping at the first difference.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

PasswordHash PasswordHash::of(const QString &password)
{
    PasswordHash made;
    made.salt = newSalt();
    made.iterations = currentIterations();
    made.hash = derive(password, made.salt, made.iterations);
    if (made.hash.isEmpty())
        throw std::bad_alloc(); // OpenSSL's PBKDF2 fails only when it runs out of memory
    return made;
}

// OpenSSL's PBKDF2 rather than QPasswordDigestor: the same bytes, about five
// times faster on this machine (bench/password_bench.cpp). An attacker uses
// a fast one; a slow one only makes the clerk wait, or forces fewer iterations.
QByteArray PasswordHash::derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray secret = password.toUtf8();
    QByteArray key(32, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), int(key.size()),
                                     reinterpret_cast<unsigned char *>(key.data()));
    return ok == 1 ? key : QByteArray();
}

bool PasswordHash::matches(const QString &password) const
{
    if (hash.isEmpty() || iterations <= 0)
        return false;
    return sameBytes(derive(password, salt, iterations), hash);
}

bool PasswordHash::isOutdated() const
{
    return iterations < currentIterations();
}

int PasswordHash::currentIterations()
{
    return g_iterations.load();
}

void PasswordHash::lowerIterationsForTests(int iterations)
{
    g_iterations.store(std::clamp(iterations, 1, kIterations));
}

} // namespace ruqsat::store
