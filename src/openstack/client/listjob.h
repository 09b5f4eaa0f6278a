// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/jsonfields.h"
#include "openstack/client/restjob.h"

#include <QVector>

namespace OpenStack {

// A GET whose answer is {"<key>": [ … ]} of one value type: T::fromJson(object, error) parses
// each item, and the first malformed item fails the whole job with that item's error. For
// unpaged collections (Keystone); paged ones use PagedJob.
template<typename T>
class ListJob : public RestJob
{
public:
    ListJob(Session *session, QString serviceType, QString path, QString key, QObject *parent = nullptr)
        : RestJob(session, std::move(serviceType), "GET", std::move(path), parent)
        , m_key(std::move(key))
    {
    }

    const QVector<T> &items() const { return m_items; }

protected:
    Core::Error parse(const QJsonDocument &document) override
    {
        return readList(document.object(), m_key.toLatin1().constData(), &m_items);
    }

private:
    QString m_key;
    QVector<T> m_items;
};

} // namespace OpenStack
