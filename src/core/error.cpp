// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

#include <QStringList>

namespace Core {

QString Error::toString() const
{
    if (!isError())
        return {};
    QStringList parts;
    if (!service.isEmpty())
        parts << service;
    if (!context.isEmpty())
        parts << context;
    if (httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    QString text = parts.join(QStringLiteral(": "));
    if (!message.isEmpty())
        text = text.isEmpty() ? message : text + QStringLiteral(": ") + message;
    if (!requestId.isEmpty())
        text += QStringLiteral(" (") + requestId + QLatin1Char(')');
    return text;
}

Error Error::make(Kind kind, QString message, QString context)
{
    Error e;
    e.kind = kind;
    e.message = std::move(message);
    e.context = std::move(context);
    return e;
}

} // namespace Core
