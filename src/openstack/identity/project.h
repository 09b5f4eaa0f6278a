// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace OpenStack::Identity {

struct Project
{
    QString id;
    QString name;
    QString description;
    QString domainId;
    QString parentId;
    bool enabled = true;
    bool isDomain = false;

    static Project fromJson(const QJsonObject &object, Core::Error *error);
    static QVector<Project> listFromJson(const QJsonObject &root, Core::Error *error);
    bool operator==(const Project &) const = default;
};

} // namespace OpenStack::Identity
