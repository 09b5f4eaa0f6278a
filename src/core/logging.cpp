// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcConfig, "stackdeck.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "stackdeck.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "stackdeck.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "stackdeck.secrets", QtWarningMsg)

namespace Core {

QString redact(const QString &text)
{
    // JSON members whose value is a secret, and the token headers.
    static const QRegularExpression jsonSecret(
        QStringLiteral(R"re(("(?:password|secret|token|id_token|access_token|key)"\s*:\s*")[^"]*("))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression header(
        QStringLiteral(R"re(((?:X-Auth-Token|X-Subject-Token|X-Service-Token)\s*:\s*)\S+)re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urlPassword(QStringLiteral(R"re((://[^:/@\s]+:)[^@\s]+@)re"));
    QString out = text;
    out.replace(jsonSecret, QStringLiteral("\\1***\\2"));
    out.replace(header, QStringLiteral("\\1***"));
    out.replace(urlPassword, QStringLiteral("\\1***@"));
    return out;
}

} // namespace Core
