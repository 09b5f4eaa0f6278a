// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

namespace Core {

// Removes tokens, passwords and secrets from text meant for a log or the request log panel.
// Applied to everything we log that came from a request or a config file.
QString redact(const QString &text);

} // namespace Core
