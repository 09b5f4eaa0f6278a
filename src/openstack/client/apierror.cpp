// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace OpenStack {

namespace {

QString fromObject(const QJsonObject &o)
{
    const QString message = o.value(QLatin1String("message")).toString().trimmed();
    if (!message.isEmpty())
        return message;
    const QString detail = o.value(QLatin1String("detail")).toString().trimmed();
    if (!detail.isEmpty())
        return detail;
    return o.value(QLatin1String("title")).toString().trimmed();
}

QString plainText(QString text)
{
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    if (text.contains(QLatin1Char('<'))) {
        // Keep the body's text; the <title> repeats the status line, so drop it.
        text.remove(title);
        text.replace(tags, QStringLiteral(" "));
    }
    text.replace(space, QStringLiteral(" "));
    text = text.trimmed();
    if (text.size() > 500)
        text = text.left(500) + QStringLiteral("…");
    return text;
}

} // namespace

QString messageFromErrorBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return plainText(QString::fromUtf8(body));

    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("errors")).isArray()) {
        QStringList parts;
        const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
        for (const QJsonValue &e : errors) {
            const QString m = fromObject(e.toObject());
            if (!m.isEmpty())
                parts << m;
        }
        if (!parts.isEmpty())
            return parts.join(QStringLiteral("; "));
    }
    const QString direct = fromObject(root);
    if (!direct.isEmpty())
        return direct;
    // One wrapping member: {"error": {…}}, {"badRequest": {…}}, {"NeutronError": {…}}, …
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.value().isObject()) {
            const QString m = fromObject(it.value().toObject());
            if (!m.isEmpty())
                return m;
        } else if (it.value().isString() && it.key().contains(QLatin1String("rror"), Qt::CaseInsensitive)) {
            return it.value().toString();
        }
    }
    return plainText(QString::fromUtf8(body));
}

} // namespace OpenStack
