// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/roles.h"

#include <QCoreApplication>
#include <QString>

namespace Models {

// Words and colours for Cinder's volume, snapshot and backup statuses, shared by the three tables
// and the dialogs. Unknown statuses are shown as Cinder spells them.
class VolumeStatus
{
    Q_DECLARE_TR_FUNCTIONS(Models::VolumeStatus)
public:
    static QString text(const QString &status);
    static StatusKind kind(const QString &status);
};

} // namespace Models
