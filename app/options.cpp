// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace App {

bool Options::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "export") || !std::strcmp(a, "audit") || !std::strcmp(a, "clouds") || !std::strcmp(a, "--version") || !std::strcmp(a, "-v")
            || !std::strcmp(a, "--help") || !std::strcmp(a, "-h"))
            return true;
    }
    return false;
}

Options Options::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("StackDeck: a desktop console for OpenStack + Ceph + KVM clouds.\n\n"
           "Without a command it opens the window. Commands:\n"
           "  export RESOURCE   print what a tab shows, as CSV or JSON\n"
           "  clouds            list the configured clouds (exit 3 when there are none)\n"
           "  audit SUBJECT     print what needs an operator's look (security-groups); exit 3 when anything "
           "is flagged\n\n"
           "Resources: projects, catalog (more as tabs are built).\n"
           "Clouds are read from clouds.yaml / secure.yaml and OS_* variables, as the openstack command "
           "does.\n\nExit status: 0 success, 1 the cloud refused or failed, 2 bad usage or configuration."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
    const QCommandLineOption cloud(QStringLiteral("os-cloud"), tr("The cloud of clouds.yaml to use (default: OS_CLOUD)."),
                                   tr("name"));
    const QCommandLineOption region(QStringLiteral("os-region-name"), tr("The region to use."), tr("region"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 tr("Open on this tab: projects, instances, volumes, topology, security, aggregates, "
                                    "hypervisors, ceph."),
                                 tr("tab"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Load the tab, save a PNG of the window to FILE and exit."), tr("file"));
    const QCommandLineOption format(QStringLiteral("format"), tr("export: csv (default) or json."), tr("format"),
                                    QStringLiteral("csv"));
    const QCommandLineOption allProjects(QStringLiteral("all-projects"),
                                         tr("export: resources of every project (admin)."));
    const QCommandLineOption orphans(QStringLiteral("orphans"), tr("export cross-layer: only what disagrees."));
    parser.addOptions({help, version, cloud, region, tab, screenshot, format, allProjects, orphans});
    parser.addPositionalArgument(QStringLiteral("command"), tr("export"), tr("[command]"));
    parser.addPositionalArgument(QStringLiteral("resource"), tr("What to export."), tr("[resource]"));

    Options o;
    o.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        o.mode = Mode::Error;
        o.error = parser.errorText();
        return o;
    }
    if (parser.isSet(help)) {
        o.mode = Mode::Help;
        return o;
    }
    if (parser.isSet(version)) {
        o.mode = Mode::Version;
        return o;
    }
    o.cloud = parser.value(cloud);
    o.region = parser.value(region);
    o.tab = parser.value(tab);
    o.screenshot = parser.value(screenshot);
    o.format = parser.value(format).toLower();
    o.allProjects = parser.isSet(allProjects);
    o.orphans = parser.isSet(orphans);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == QLatin1String("clouds")) {
        o.mode = Mode::Clouds;
        return o;
    }
    if (!positional.isEmpty()) {
        const bool audit = positional.constFirst() == QLatin1String("audit");
        if (positional.constFirst() != QLatin1String("export") && !audit) {
            o.mode = Mode::Error;
            o.error = tr("Unknown command \"%1\"; the commands are: export, audit, clouds").arg(positional.constFirst());
            return o;
        }
        if (positional.size() != 2) {
            o.mode = Mode::Error;
            o.error = tr("Usage: stackdeck [--os-cloud NAME] export RESOURCE [--all-projects] [--format csv|json]");
            return o;
        }
        o.mode = audit ? Mode::Audit : Mode::Export;
        o.resource = positional.at(1);
        if (o.format != QLatin1String("csv") && o.format != QLatin1String("json")) {
            o.mode = Mode::Error;
            o.error = tr("Unknown format \"%1\"; use csv or json").arg(o.format);
        }
        return o;
    }
    if (!o.screenshot.isEmpty() && !o.screenshot.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        o.mode = Mode::Error;
        o.error = tr("--screenshot needs a file name ending in .png");
    }
    return o;
}

} // namespace App
