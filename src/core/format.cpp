// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace Core {

namespace {
QString unit(qint64 n, const char *singularPlural)
{
    return QCoreApplication::translate("Core::Format", singularPlural, nullptr, int(n));
}
} // namespace

QString formatAge(const QDateTime &created, const QDateTime &now)
{
    if (!created.isValid())
        return QString();
    qint64 secs = qMax<qint64>(0, created.secsTo(now));
    const qint64 minutes = secs / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    const qint64 weeks = days / 7;
    const QString sep = QCoreApplication::translate("Core::Format", ", ");
    if (weeks > 0) {
        const qint64 d = days % 7;
        return d ? unit(weeks, QT_TRANSLATE_N_NOOP("Core::Format", "%n week(s)")) + sep + unit(d, QT_TRANSLATE_N_NOOP("Core::Format", "%n day(s)")) : unit(weeks, QT_TRANSLATE_N_NOOP("Core::Format", "%n week(s)"));
    }
    if (days > 0) {
        const qint64 h = hours % 24;
        return h ? unit(days, QT_TRANSLATE_N_NOOP("Core::Format", "%n day(s)")) + sep + unit(h, QT_TRANSLATE_N_NOOP("Core::Format", "%n hour(s)")) : unit(days, QT_TRANSLATE_N_NOOP("Core::Format", "%n day(s)"));
    }
    if (hours > 0) {
        const qint64 m = minutes % 60;
        return m ? unit(hours, QT_TRANSLATE_N_NOOP("Core::Format", "%n hour(s)")) + sep + unit(m, QT_TRANSLATE_N_NOOP("Core::Format", "%n minute(s)")) : unit(hours, QT_TRANSLATE_N_NOOP("Core::Format", "%n hour(s)"));
    }
    if (minutes > 0)
        return unit(minutes, QT_TRANSLATE_N_NOOP("Core::Format", "%n minute(s)"));
    return QCoreApplication::translate("Core::Format", "just now");
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString formatMebibytes(qint64 mib)
{
    return formatBytes(mib * 1024 * 1024);
}

} // namespace Core
