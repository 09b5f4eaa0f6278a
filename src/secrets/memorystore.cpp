// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorystore.h"

#include <QMetaObject>
#include <QPointer>

namespace Secrets {

void MemoryStore::deliver(QObject *context, Callback callback, Result result)
{
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result]() { callback(result); }, Qt::QueuedConnection);
}

void MemoryStore::read(const QString &key, QObject *context, Callback callback)
{
    Result r;
    if (m_unavailable)
        r = {Status::Unavailable, {}, QStringLiteral("no keychain")};
    else if (auto it = m_secrets.constFind(key); it != m_secrets.constEnd())
        r.secret = *it;
    else
        r.status = Status::NotFound;
    deliver(context, std::move(callback), r);
}

void MemoryStore::write(const QString &key, const QString &secret, QObject *context, Callback callback)
{
    Result r;
    if (m_unavailable)
        r = {Status::Unavailable, {}, QStringLiteral("no keychain")};
    else
        m_secrets.insert(key, secret);
    deliver(context, std::move(callback), r);
}

void MemoryStore::remove(const QString &key, QObject *context, Callback callback)
{
    Result r;
    if (m_unavailable)
        r = {Status::Unavailable, {}, QStringLiteral("no keychain")};
    else if (!m_secrets.remove(key))
        r.status = Status::NotFound;
    deliver(context, std::move(callback), r);
}

} // namespace Secrets
