// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilePermissions.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ruqsat::test {

namespace {

constexpr int kOverrides[] = {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER};

QString lastError(const char *what)
{
    return QLatin1String(what) + QLatin1String(": ") + QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

bool obeyFilePermissions(QString *why)
{
    if (::geteuid() != 0)
        return true; // permission bits already apply
    for (const int cap : kOverrides)
        if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0) {
            *why = lastError("prctl(PR_CAPBSET_DROP)");
            return false;
        }
    // The raw system calls: libcap is not among the build's packages.
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (::syscall(SYS_capget, &header, data) != 0) {
        *why = lastError("capget");
        return false;
    }
    for (const int cap : kOverrides) {
        const quint32 bit = 1u << (cap % 32);
        data[cap / 32].effective &= ~bit;
        data[cap / 32].permitted &= ~bit;
        data[cap / 32].inheritable &= ~bit;
    }
    if (::syscall(SYS_capset, &header, data) != 0) {
        *why = lastError("capset");
        return false;
    }
    return true;
}

bool setWritable(const QString &path, bool writable)
{
    const bool folder = QFileInfo(path).isDir();
    const mode_t mode = folder ? (writable ? 0755 : 0555) : (writable ? 0644 : 0444);
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

ReadOnlyFor::ReadOnlyFor(QString path) : m_path(std::move(path))
{
    m_done = setWritable(m_path, false);
}

ReadOnlyFor::~ReadOnlyFor()
{
    setWritable(m_path, true);
}

} // namespace ruqsat::test
