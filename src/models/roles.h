// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Models {

// Roles every table model of the console answers.
enum Role {
    SortRole = Qt::UserRole + 1, // a value that sorts right (numbers as numbers, dates as dates)
    ExportRole,                  // the raw value for `stackdeck export --format json`
    IdRole,                      // the resource's id, on any column
    StatusKindRole,              // Models::StatusKind for colour and icon
};

// On headerData(section, Qt::Horizontal, ColumnKeyRole): a stable key for the column, used as the
// JSON member and CSV header of exports so scripts do not depend on the UI language.
constexpr int ColumnKeyRole = Qt::UserRole + 100;

enum class StatusKind { Neutral, Good, Busy, Warning, Bad };

} // namespace Models
