// SPDX-License-Identifier: GPL-3.0-or-later
// Holds the embedded icons (:/stackdeck/*); no code of its own.
