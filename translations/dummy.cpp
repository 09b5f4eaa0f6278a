// SPDX-License-Identifier: GPL-3.0-or-later
// Holds the embedded translations (:/i18n/*.qm); no code of its own.
