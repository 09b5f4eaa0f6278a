// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace OpenStack {

// Reads the members of one JSON object for a value struct's fromJson(), remembering every required
// member that is missing or of the wrong type, so a bad response becomes one clear error instead
// of a row of empty cells.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString what);

    QString requiredString(const char *key);
    QString string(const char *key) const;
    qint64 integer(const char *key, qint64 fallback = 0) const;
    qint64 requiredInteger(const char *key);
    double number(const char *key, double fallback = 0) const;
    bool boolean(const char *key, bool fallback = false) const;
    QDateTime dateTime(const char *key) const; // ISO 8601, with or without zone; UTC assumed
    QJsonObject object(const char *key) const;
    QJsonArray array(const char *key) const;
    QStringList strings(const char *key) const;

    bool ok() const { return m_problems.isEmpty(); }
    Core::Error error() const;

private:
    QJsonObject m_object;
    QString m_what;
    QStringList m_problems;
};

// Parses an OpenStack timestamp ("2026-11-26T05:59:51Z", "2026-11-26T05:59:51.000000",
// "2026-11-26T05:59:51+00:00"). Zone-less values are UTC.
QDateTime parseTimestamp(const QString &text);

// The array under `key` of a list response, or an error naming the key when it is missing.
QJsonArray requiredArray(const QJsonObject &root, const char *key, Core::Error *error);

// The list {"<key>": [ … ]} of `root` into `out`, each item read by `read(object, error)`. The first
// malformed item fails the whole list with that item's error, and `out` is then left partly filled:
// callers report the error, never the items.
template<typename T, typename Read>
Core::Error readList(const QJsonObject &root, const char *key, QVector<T> *out, Read read)
{
    Core::Error e;
    const QJsonArray list = requiredArray(root, key, &e);
    if (e)
        return e;
    out->clear();
    out->reserve(list.size());
    for (const QJsonValue &v : list) {
        T item = read(v.toObject(), &e);
        if (e)
            return e;
        out->append(std::move(item));
    }
    return {};
}

// The common case: each item read by T::fromJson.
template<typename T>
Core::Error readList(const QJsonObject &root, const char *key, QVector<T> *out)
{
    return readList(root, key, out, [](const QJsonObject &o, Core::Error *e) { return T::fromJson(o, e); });
}

} // namespace OpenStack
