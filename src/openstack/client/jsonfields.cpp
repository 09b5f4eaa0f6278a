// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/jsonfields.h"

#include <QCoreApplication>

namespace OpenStack {

FieldReader::FieldReader(const QJsonObject &object, QString what)
    : m_object(object)
    , m_what(std::move(what))
{
}

QString FieldReader::requiredString(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty()) {
        m_problems << QString::fromLatin1(key);
        return {};
    }
    return v.toString();
}

QString FieldReader::string(const char *key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

qint64 FieldReader::integer(const char *key, qint64 fallback) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

qint64 FieldReader::requiredInteger(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!v.isDouble()) {
        m_problems << QString::fromLatin1(key);
        return 0;
    }
    return qint64(v.toDouble());
}

double FieldReader::number(const char *key, double fallback) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : fallback;
}

bool FieldReader::boolean(const char *key, bool fallback) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    return fallback;
}

QDateTime FieldReader::dateTime(const char *key) const
{
    return parseTimestamp(m_object.value(QLatin1String(key)).toString());
}

QJsonObject FieldReader::object(const char *key) const
{
    return m_object.value(QLatin1String(key)).toObject();
}

QJsonArray FieldReader::array(const char *key) const
{
    return m_object.value(QLatin1String(key)).toArray();
}

QStringList FieldReader::strings(const char *key) const
{
    QStringList out;
    const QJsonArray a = array(key);
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

Core::Error FieldReader::error() const
{
    if (ok())
        return {};
    const QString id = m_object.value(QLatin1String("id")).toString();
    return Core::Error::make(
        Core::Error::Kind::BadResponse,
        QCoreApplication::translate("OpenStack::FieldReader", "%1%2 lacks required field(s): %3")
            .arg(m_what, id.isEmpty() ? QString() : QStringLiteral(" ") + id, m_problems.join(QStringLiteral(", "))));
}

QDateTime parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

QJsonArray requiredArray(const QJsonObject &root, const char *key, Core::Error *error)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (!v.isArray() && error)
        *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                   QCoreApplication::translate("OpenStack::FieldReader",
                                                               "The response has no \"%1\" list")
                                       .arg(QString::fromLatin1(key)));
    return v.toArray();
}

} // namespace OpenStack
