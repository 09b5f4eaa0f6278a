// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headless.h"

#include "app/exports.h"
#include "core/requestlog.h"
#include "models/auditregistry.h"
#include "models/exporter.h"
#include "models/exportregistry.h"
#include "openstack/client/cloudconfig.h"
#include "openstack/client/connector.h"
#include "openstack/client/session.h"
#include "secrets/keychainstore.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdio>

namespace App {

Headless::Headless(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_log(new Core::RequestLog(100, this))
    , m_store(new Secrets::KeychainStore(QStringLiteral("StackDeck"), this))
{
}

void Headless::finish(int code, const QString &message)
{
    if (!message.isEmpty()) {
        std::fputs(qPrintable(message), stderr);
        std::fputs("\n", stderr);
    }
    std::fflush(stdout);
    QCoreApplication::exit(code);
}

int Headless::listClouds()
{
    OpenStack::CloudConfigLoader loader;
    if (const Core::Error e = loader.load()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 2;
    }
    const QStringList names = loader.cloudNames();
    for (const QString &name : names) {
        Core::Error e;
        const auto c = loader.cloud(name, &e);
        std::printf("%s\t%s\n", qPrintable(name), c ? qPrintable(c->sourceFile) : "");
    }
    return names.isEmpty() ? 3 : 0;
}

void Headless::start()
{
    Models::ExportSource sourceCopy;
    if (m_options.mode == Options::Mode::Audit) {
        // An audit is an export of its findings whose exit status says whether there are any.
        Models::AuditRegistry audits;
        registerAllAudits(audits);
        const Models::AuditSource *audit = audits.find(m_options.resource);
        if (!audit) {
            finish(2, tr("Unknown audit \"%1\"; known: %2")
                          .arg(m_options.resource, audits.subjects().join(QStringLiteral(", "))));
            return;
        }
        const Models::AuditSource auditCopy = *audit;
        sourceCopy.resource = auditCopy.subject;
        sourceCopy.load = [this, auditCopy](OpenStack::Session *session, const Models::ExportOptions &options,
                                            QObject *parent, Models::ExportSource::Done done) {
            auditCopy.load(session, options, parent,
                           [this, done](QAbstractItemModel *model, int flagged, const Core::Error &error) {
                               m_flagged = flagged;
                               done(model, error);
                           });
        };
    } else {
        Models::ExportRegistry registry;
        registerAllExports(registry);
        const Models::ExportSource *source = registry.find(m_options.resource);
        if (!source) {
            finish(2, tr("Unknown resource \"%1\"; known: %2")
                          .arg(m_options.resource, registry.resources().join(QStringLiteral(", "))));
            return;
        }
        sourceCopy = *source;
    }

    OpenStack::CloudConfigLoader loader;
    if (const Core::Error e = loader.load()) {
        finish(2, e.message);
        return;
    }
    Core::Error e;
    auto config = loader.cloud(m_options.cloud, &e);
    if (!config) {
        finish(2, e.message);
        return;
    }
    if (!m_options.region.isEmpty())
        config->regionName = m_options.region;
    if (!config->verifyTls)
        std::fputs(qPrintable(tr("warning: TLS certificates are not verified for cloud \"%1\"\n").arg(config->name)),
                   stderr);

    auto *connector = new OpenStack::Connector(m_network, m_store, m_log, this);
    connector->connectTo(*config, this, [this, sourceCopy](OpenStack::Session *session, const Core::Error &error) {
        if (error) {
            finish(error.kind == Core::Error::Kind::Config ? 2 : 1, error.toString());
            return;
        }
        Models::ExportOptions opts;
        opts.allProjects = m_options.allProjects;
        opts.orphansOnly = m_options.orphans;
        sourceCopy.load(session, opts, this, [this](QAbstractItemModel *model, const Core::Error &loadError) {
            if (loadError) {
                finish(1, loadError.toString());
                return;
            }
            Models::Exporter::Format format = Models::Exporter::Format::Csv;
            Models::Exporter::parseFormat(m_options.format, &format);
            const QByteArray out = Models::Exporter::write(*model, format);
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            if (m_options.mode == Options::Mode::Audit && m_flagged > 0) {
                finish(3, tr("%n finding(s)", nullptr, m_flagged));
                return;
            }
            finish(0);
        });
    });
}

} // namespace App
