// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Core {

// "3 days, 19 hours" — the age column of Horizon, translated through the "Core::Format" context.
// Shows the two most significant units.
QString formatAge(const QDateTime &created, const QDateTime &now);

// 1536 MiB → "1.5 GiB". Uses the application locale.
QString formatMebibytes(qint64 mib);
QString formatBytes(qint64 bytes);

} // namespace Core
