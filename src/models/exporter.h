// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace Models {

// Writes what a table model shows, for `stackdeck export`: the same rows and columns as the tab.
// Column names come from ColumnKeyRole (stable across languages); values from ExportRole, falling
// back to the display text.
class Exporter
{
public:
    enum class Format { Csv, Json };
    static bool parseFormat(const QString &name, Format *format);

    static QByteArray toCsv(const QAbstractItemModel &model);
    static QByteArray toJson(const QAbstractItemModel &model);
    static QByteArray write(const QAbstractItemModel &model, Format format);
};

} // namespace Models
