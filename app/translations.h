// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace App {

// Installs StackDeck's and Qt's translations for `language` ("zh_CN", "en"; empty: the
// Preferences choice, else the system locale) and makes it the default locale. English is a
// translation too: it carries the plural forms. Returns the language actually loaded.
QString installTranslations(const QString &language = {});

} // namespace App
