// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/exportregistry.h"

namespace Models {

// What `stackdeck audit SUBJECT` can check. Like an export, it loads a model (the findings, one
// row each) and also says how many findings there are: the command exits non-zero when any, so
// scripts can gate on it.
struct AuditSource
{
    using Done = std::function<void(QAbstractItemModel *findings, int flagged, const Core::Error &error)>;
    using Loader = std::function<void(OpenStack::Session *session, const ExportOptions &options, QObject *parent,
                                      Done done)>;

    QString subject;
    QString description;
    Loader load;
};

class AuditRegistry
{
public:
    void add(AuditSource source) { m_sources.insert(source.subject, std::move(source)); }
    const AuditSource *find(const QString &subject) const
    {
        const auto it = m_sources.constFind(subject);
        return it == m_sources.constEnd() ? nullptr : &it.value();
    }
    QStringList subjects() const { return m_sources.keys(); }

private:
    QMap<QString, AuditSource> m_sources;
};

} // namespace Models
