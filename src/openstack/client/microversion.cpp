// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/microversion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace OpenStack {

Microversion Microversion::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\.(\\d+)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

namespace {

VersionRange rangeOf(const QJsonObject &v)
{
    VersionRange r;
    r.min = Microversion::parse(v.value(QLatin1String("min_version")).toString());
    // Nova/Cinder say "version", Placement says "max_version"; "" means no microversions.
    QString max = v.value(QLatin1String("max_version")).toString();
    if (max.isEmpty())
        max = v.value(QLatin1String("version")).toString();
    r.max = Microversion::parse(max);
    if (r.max.isValid() && !r.min.isValid())
        r.min = {r.max.major, 0};
    return r;
}

} // namespace

VersionRange parseVersionDocument(const QByteArray &body, const QString &endpointPath, Core::Error *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::Microversion",
                                                                   "The version document is not JSON: %1")
                                           .arg(pe.errorString()));
        return {};
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).isObject())
        return rangeOf(root.value(QLatin1String("version")).toObject());

    const QJsonValue versionsValue = root.value(QLatin1String("versions"));
    // Keystone wraps the list: {"versions": {"values": [...]}}.
    const QJsonArray versions = versionsValue.isObject()
        ? versionsValue.toObject().value(QLatin1String("values")).toArray()
        : versionsValue.toArray();
    if (versions.isEmpty()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::Microversion",
                                                                   "The version document lists no versions"));
        return {};
    }
    static const QRegularExpression versionSegment(QStringLiteral("/(v\\d+(?:\\.\\d+)?)(?:/|$)"));
    const QString wanted = versionSegment.match(endpointPath).captured(1);
    QJsonObject current;
    for (const QJsonValue &v : versions) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (!wanted.isEmpty() && (id == wanted || id.startsWith(wanted + QLatin1Char('.'))))
            return rangeOf(o);
        const QString status = o.value(QLatin1String("status")).toString().toUpper();
        if (status == QLatin1String("CURRENT") || status == QLatin1String("STABLE"))
            current = o;
    }
    return rangeOf(current.isEmpty() ? versions.first().toObject() : current);
}

Microversion negotiate(const VersionRange &server, Microversion clientMin, Microversion clientMax)
{
    if (!server.supportsMicroversions())
        return {};
    const Microversion hi = std::min(server.max, clientMax);
    const Microversion lo = std::max(server.min, clientMin);
    if (hi < lo)
        return {};
    return hi;
}

QUrl versionedRoot(const QUrl &endpoint)
{
    static const QRegularExpression versionSegment(QStringLiteral("^(.*?/v\\d+(?:\\.\\d+)?)(?:/|$)"));
    QUrl root = endpoint;
    const auto m = versionSegment.match(endpoint.path());
    if (m.hasMatch())
        root.setPath(m.captured(1) + QLatin1Char('/'));
    root.setQuery(QString());
    return root;
}

QByteArray microversionHeaderValue(const QString &serviceType, Microversion version)
{
    QString type = serviceType;
    if (type == QLatin1String("block-storage") || type.startsWith(QLatin1String("volume")))
        type = QStringLiteral("volume");
    return (type + QLatin1Char(' ') + version.toString()).toUtf8();
}

} // namespace OpenStack
