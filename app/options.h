// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace App {

// The command line, parsed once for both faces (window and headless).
struct Options
{
    Q_DECLARE_TR_FUNCTIONS(App::Options)

public:
    enum class Mode { Window, Export, Audit, Clouds, Version, Help, Error };

    Mode mode = Mode::Window;
    QString cloud;   // --os-cloud
    QString region;  // --os-region-name
    QString tab;     // --tab
    QString screenshot; // --screenshot FILE.png
    QString resource;   // export RESOURCE, audit SUBJECT
    QString format = QStringLiteral("csv");
    bool allProjects = false;
    bool orphans = false;
    QString error;     // when mode == Error
    QString helpText;

    static Options parse(const QStringList &arguments);
    // True when the arguments need no display (decided before any QApplication exists).
    static bool isHeadless(int argc, char **argv);
};

} // namespace App
