// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/headless.h"
#include "app/options.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StackDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("stackdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STACKDECK_VERSION));
}

// The UI language: Preferences' choice, else the system locale. Takes effect at start.
void installTranslations(QCoreApplication &app)
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    // English has a translation too: it holds the plural forms ("1 day" / "2 days").
    if (ours->load(locale, QStringLiteral("stackdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/stackdeck_en.qm")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char **argv)
{
    setIdentity();
    std::unique_ptr<QCoreApplication> app;
    if (App::Options::isHeadless(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    installTranslations(*app);

    const App::Options options = App::Options::parse(QCoreApplication::arguments());
    switch (options.mode) {
    case App::Options::Mode::Help:
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    case App::Options::Mode::Version:
        std::printf("stackdeck %s\n", STACKDECK_VERSION);
        return 0;
    case App::Options::Mode::Error:
        std::fprintf(stderr, "stackdeck: %s\n", qPrintable(options.error));
        return 2;
    case App::Options::Mode::Export: {
        App::Headless headless(options);
        QTimer::singleShot(0, &headless, &App::Headless::start);
        return app->exec();
    }
    case App::Options::Mode::Clouds:
        return App::Headless::listClouds();
    case App::Options::Mode::Window:
        break;
    }
    App::Application application(options);
    application.start();
    return app->exec();
}
