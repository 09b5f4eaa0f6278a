// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/blockstorage/volumestatus.h"

#include <QHash>

namespace Models {

QString VolumeStatus::text(const QString &status)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("available"), QT_TR_NOOP("Available")},
        {QStringLiteral("in-use"), QT_TR_NOOP("In-use")},
        {QStringLiteral("creating"), QT_TR_NOOP("Creating")},
        {QStringLiteral("attaching"), QT_TR_NOOP("Attaching")},
        {QStringLiteral("detaching"), QT_TR_NOOP("Detaching")},
        {QStringLiteral("deleting"), QT_TR_NOOP("Deleting")},
        {QStringLiteral("extending"), QT_TR_NOOP("Extending")},
        {QStringLiteral("backing-up"), QT_TR_NOOP("Backing Up")},
        {QStringLiteral("restoring-backup"), QT_TR_NOOP("Restoring Backup")},
        {QStringLiteral("restoring"), QT_TR_NOOP("Restoring")},
        {QStringLiteral("downloading"), QT_TR_NOOP("Downloading Image")},
        {QStringLiteral("uploading"), QT_TR_NOOP("Uploading to Image")},
        {QStringLiteral("retyping"), QT_TR_NOOP("Retyping")},
        {QStringLiteral("reserved"), QT_TR_NOOP("Reserved")},
        {QStringLiteral("maintenance"), QT_TR_NOOP("Maintenance")},
        {QStringLiteral("reverting"), QT_TR_NOOP("Reverting")},
        {QStringLiteral("awaiting-transfer"), QT_TR_NOOP("Awaiting Transfer")},
        {QStringLiteral("error"), QT_TR_NOOP("Error")},
        {QStringLiteral("error_deleting"), QT_TR_NOOP("Error Deleting")},
        {QStringLiteral("error_extending"), QT_TR_NOOP("Error Extending")},
        {QStringLiteral("error_restoring"), QT_TR_NOOP("Error Restoring")},
        {QStringLiteral("error_backing-up"), QT_TR_NOOP("Error Backing Up")},
        {QStringLiteral("error_managing"), QT_TR_NOOP("Error Managing")},
    };
    const auto it = names.constFind(status);
    return it == names.constEnd() ? status : tr(it.value());
}

StatusKind VolumeStatus::kind(const QString &status)
{
    if (status.startsWith(QLatin1String("error")))
        return StatusKind::Bad;
    if (status == QLatin1String("available") || status == QLatin1String("in-use"))
        return StatusKind::Good;
    if (status == QLatin1String("awaiting-transfer") || status == QLatin1String("maintenance"))
        return StatusKind::Warning;
    if (status.isEmpty())
        return StatusKind::Neutral;
    return StatusKind::Busy;
}

} // namespace Models
