// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/headless.h"
#include "app/options.h"
#include "app/translations.h"

#include <QApplication>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StackDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("stackdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STACKDECK_VERSION));
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
    App::installTranslations();

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
    case App::Options::Mode::Audit:
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
