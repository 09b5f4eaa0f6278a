// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exporter.h"

#include "models/roles.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Models {

namespace {

QString columnKey(const QAbstractItemModel &model, int column)
{
    const QString key = model.headerData(column, Qt::Horizontal, ColumnKeyRole).toString();
    return key.isEmpty() ? model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() : key;
}

QVariant cellValue(const QModelIndex &index)
{
    const QVariant v = index.data(ExportRole);
    return v.isValid() ? v : index.data(Qt::DisplayRole);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(';'));
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        const QVariantList list = v.toList();
        for (const QVariant &item : list)
            parts << csvValue(item);
        return parts.join(QLatin1Char(';'));
    }
    // A structured value (a volume's attachment, properties) flattens to "key=value key=value".
    if (v.typeId() == QMetaType::QVariantMap) {
        QStringList parts;
        const QVariantMap map = v.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            parts << it.key() + QLatin1Char('=') + it.value().toString();
        return parts.join(QLatin1Char(' '));
    }
    return v.toString();
}

} // namespace

bool Exporter::parseFormat(const QString &name, Format *format)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        *format = Format::Csv;
        return true;
    }
    if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        *format = Format::Json;
        return true;
    }
    return false;
}

QByteArray Exporter::toCsv(const QAbstractItemModel &model)
{
    QStringList lines;
    QStringList header;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        header << csvField(columnKey(model, c));
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << csvField(csvValue(cellValue(model.index(r, c))));
        lines << row.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray Exporter::toJson(const QAbstractItemModel &model)
{
    QJsonArray rows;
    const int columns = model.columnCount();
    QStringList keys;
    for (int c = 0; c < columns; ++c)
        keys << columnKey(model, c);
    for (int r = 0; r < model.rowCount(); ++r) {
        QJsonObject o;
        for (int c = 0; c < columns; ++c)
            o.insert(keys.at(c), QJsonValue::fromVariant(cellValue(model.index(r, c))));
        rows.append(o);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

QByteArray Exporter::write(const QAbstractItemModel &model, Format format)
{
    return format == Format::Csv ? toCsv(model) : toJson(model);
}

} // namespace Models
