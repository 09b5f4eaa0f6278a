// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace App {

QString installTranslations(const QString &language)
{
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);

    auto *ours = new QTranslator(QCoreApplication::instance());
    QString loaded;
    if (ours->load(locale, QStringLiteral("stackdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        loaded = ours->language();
    else if (ours->load(QStringLiteral(":/i18n/stackdeck_en.qm")))
        loaded = QStringLiteral("en");
    if (!loaded.isEmpty())
        QCoreApplication::installTranslator(ours);
    else
        delete ours;

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace App
