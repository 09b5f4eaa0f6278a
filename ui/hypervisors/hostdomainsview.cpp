// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hypervisors/hostdomainsview.h"

#include "libvirt/connection.h"
#include "models/hosts/hostdomainmodel.h"
#include "models/hosts/libvirturis.h"
#include "models/roles.h"
#include "openstack/client/session.h"
#include "openstack/hosts/hypervisorjobs.h"
#include "ui/charts/ratechart.h"
#include "ui/common/statusdelegate.h"
#include "ui/common/tablepanel.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

using Models::HostDomainModel;

HostDomainsView::HostDomainsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new HostDomainModel(this))
    , m_panel(new TablePanel(QStringLiteral("hypervisor-domains"), m_model, this))
    , m_uriEdit(new QLineEdit(this))
    , m_apply(new QPushButton(tr("Connect"), this))
    , m_reset(new QPushButton(tr("Use Default"), this))
    , m_state(new QLabel(this))
    , m_statsTimer(new QTimer(this))
{
    m_panel->setObjectName(QStringLiteral("domainsPanel"));
    m_panel->setHiddenByDefault({HostDomainModel::UuidColumn, HostDomainModel::InterfacesColumn});
    m_panel->view()->setItemDelegateForColumn(HostDomainModel::StateColumn,
                                              new StatusDelegate(StatusDelegate::Style::Dot, this));
    m_panel->view()->setItemDelegateForColumn(HostDomainModel::DriftColumn,
                                              new StatusDelegate(StatusDelegate::Style::Dot, this));
    m_uriEdit->setObjectName(QStringLiteral("libvirtUriEdit"));
    m_uriEdit->setPlaceholderText(QStringLiteral("qemu+ssh://host/system"));
    m_uriEdit->setToolTip(tr("The libvirt URI of this host, remembered for this cloud. "
                             "qemu+ssh://, qemu+tcp://, qemu+tls:// and test:/// URIs work."));
    m_apply->setObjectName(QStringLiteral("applyUriButton"));
    m_reset->setObjectName(QStringLiteral("resetUriButton"));
    m_reset->setToolTip(tr("Forget this host's URI and use the one from clouds.yaml or the template"));
    m_state->setObjectName(QStringLiteral("libvirtStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *uriRow = new QHBoxLayout;
    uriRow->addWidget(new QLabel(tr("libvirt URI:"), this));
    uriRow->addWidget(m_uriEdit, 1);
    uriRow->addWidget(m_apply);
    uriRow->addWidget(m_reset);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList titles{tr("CPU"), tr("Memory"), tr("Disk I/O"), tr("Network")};
    const QStringList units{tr("% of vCPUs"), tr("MiB"), tr("KiB/s"), tr("KiB/s")};
    for (int i = 0; i < 4; ++i) {
        auto *chart = new Charts::RateChart(charts);
        chart->setObjectName(QStringLiteral("rateChart%1").arg(i));
        chart->setTitle(titles.at(i));
        chart->setUnit(units.at(i));
        chart->setMinimumHeight(150);
        grid->addWidget(chart, i / 2, i % 2);
        m_charts.append(chart);
    }
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_panel);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The table's size hint is wide (many columns): give the charts room to be readable.
    split->setSizes({600, 480});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(uriRow);
    layout->addWidget(m_state);
    layout->addWidget(split, 1);

    connect(m_apply, &QPushButton::clicked, this, [this]() { applyUri(m_uriEdit->text()); });
    connect(m_uriEdit, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    connect(m_reset, &QPushButton::clicked, this, [this]() {
        if (m_uris && !m_host.isEmpty()) {
            m_uris->clearOverride(m_host);
            connectHost();
        }
    });
    connect(m_panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HostDomainsView::updateCharts);
    m_statsTimer->setInterval(2000);
    connect(m_statsTimer, &QTimer::timeout, this, &HostDomainsView::collect);
    buildDomainActions();
    updateState();
}

HostDomainsView::~HostDomainsView() = default;

Charts::RateChart *HostDomainsView::chart(int which) const
{
    return m_charts.value(which);
}

QString HostDomainsView::uri() const
{
    return m_connection ? m_connection->uri() : QString();
}

bool HostDomainsView::isLoading() const
{
    if (!m_connection)
        return false;
    const bool domainsPending = !m_model->hasDomains() && m_libvirtError.isEmpty();
    const bool serversPending = !m_model->hasServers() && m_novaError.isEmpty() && m_session;
    return domainsPending || serversPending;
}

void HostDomainsView::setStatsIntervalMs(int ms)
{
    m_statsTimer->setInterval(ms);
}

void HostDomainsView::setSession(OpenStack::Session *session)
{
    m_session = session;
    m_uris.reset(session ? new Models::LibvirtUris(session->config().name, session->config().stackdeck) : nullptr);
    const QString host = m_host;
    m_host.clear();
    setHost(session ? host : QString());
}

void HostDomainsView::setHost(const QString &host)
{
    if (host == m_host && m_connection && m_uris && m_connection->uri() == m_uris->uriFor(host))
        return;
    m_host = host;
    connectHost();
}

void HostDomainsView::applyUri(const QString &uri)
{
    if (!m_uris || m_host.isEmpty())
        return;
    const QString problem = Models::LibvirtUris::validate(uri);
    if (!problem.isEmpty()) {
        m_libvirtError = problem;
        updateState();
        return;
    }
    m_uris->setOverride(m_host, uri);
    connectHost();
}

void HostDomainsView::connectHost()
{
    ++m_generation;
    m_statsTimer->stop();
    // The old connection's worker may still be inside libvirt: deleting the facade abandons it
    // safely (see Libvirt::Connection), and its late answers are dropped.
    delete m_connection;
    m_connection = nullptr;
    m_history.clear();
    m_hostTotals.clear();
    m_libvirtError.clear();
    m_novaError.clear();
    m_actionText.clear();
    // Answers of the old connection's lifecycle calls are gone with it.
    m_actionsInFlight = 0;
    m_panel->setBusy(false);
    m_model->reset(m_host);
    for (Charts::RateChart *c : std::as_const(m_charts))
        c->setSeries({});
    const bool active = m_uris && !m_host.isEmpty();
    m_uriEdit->setEnabled(active);
    m_apply->setEnabled(active);
    m_reset->setEnabled(active && m_uris->sourceOf(m_host) == Models::LibvirtUris::Source::Override);
    if (!active) {
        m_uriEdit->clear();
        updateState();
        return;
    }
    const QString uri = m_uris->uriFor(m_host);
    m_uriEdit->setText(uri);
    m_connection = new Libvirt::Connection(m_host, uri, this);
    m_connection->setTimeoutMs(m_timeoutMs);
    connect(m_connection, &Libvirt::Connection::refreshNeeded, this, &HostDomainsView::reload);
    connect(m_connection, &Libvirt::Connection::stateChanged, this, &HostDomainsView::updateState);
    connect(m_connection, &Libvirt::Connection::stateChanged, this, &HostDomainsView::updateDomainActions);
    reload();
    loadServers();
}

void HostDomainsView::reload()
{
    if (!m_connection)
        return;
    const quint64 generation = m_generation;
    m_panel->setBusy(true);
    m_connection->listDomains(this, [this, generation](const QVector<Libvirt::Domain> &domains, const Core::Error &e) {
        if (generation != m_generation)
            return;
        m_panel->setBusy(false);
        if (e) {
            m_libvirtError = e.message.isEmpty() ? e.toString() : e.message;
            m_statsTimer->stop();
        } else {
            m_libvirtError.clear();
            m_model->setDomains(domains);
            if (!m_statsTimer->isActive()) {
                m_statsTimer->start();
                collect();
            }
        }
        updateState();
        if (m_model->hasServers())
            emit loaded();
    });
}

void HostDomainsView::refreshAll()
{
    reload();
    loadServers();
}

void HostDomainsView::loadServers()
{
    if (!m_session || m_host.isEmpty())
        return;
    const quint64 generation = m_generation;
    auto *job = new OpenStack::Hosts::ListHostServersJob(m_session, m_host, this);
    connect(job, &OpenStack::Hosts::ListHostServersJob::finished, this,
            [this, generation](OpenStack::Hosts::ListHostServersJob *j) {
                if (generation != m_generation)
                    return;
                if (j->error())
                    m_novaError = j->error().message;
                else
                    m_model->setServers(j->servers());
                updateState();
                if (m_model->hasDomains() || !m_libvirtError.isEmpty())
                    emit loaded();
            });
    job->start();
}

void HostDomainsView::collect()
{
    if (!m_connection || m_collecting)
        return;
    m_collecting = true; // a slow host must not pile up ticks
    const quint64 generation = m_generation;
    m_connection->collectStats(this, [this, generation](const QVector<Libvirt::DomainStatsSample> &samples,
                                                         const Core::Error &e) {
        m_collecting = false;
        if (generation != m_generation)
            return;
        if (e) {
            m_libvirtError = e.message;
            updateState();
            return;
        }
        m_history.addTick(samples);
        Libvirt::DomainRates total;
        bool any = false;
        for (const Libvirt::DomainStatsSample &s : samples) {
            const Libvirt::DomainRates r = m_history.latest(s.uuid);
            if (r.timestampMs == 0)
                continue;
            any = true;
            total.timestampMs = std::max(total.timestampMs, r.timestampMs);
            total.cpuPercent += r.cpuPercent * std::max(1, s.vcpus); // in vCPU-percent, averaged below
            total.memoryKiB += r.memoryKiB;
            total.readBytesPerSec += r.readBytesPerSec;
            total.writeBytesPerSec += r.writeBytesPerSec;
            total.rxBytesPerSec += r.rxBytesPerSec;
            total.txBytesPerSec += r.txBytesPerSec;
        }
        if (any) {
            int vcpus = 0;
            for (const Libvirt::DomainStatsSample &s : samples)
                vcpus += std::max(1, s.vcpus);
            total.cpuPercent /= std::max(1, vcpus);
            m_hostTotals.push_back(total);
            while (int(m_hostTotals.size()) > m_history.capacity())
                m_hostTotals.pop_front();
        }
        m_model->setRates(m_history);
        updateCharts();
    });
}

void HostDomainsView::updateCharts()
{
    const QList<int> rows = m_panel->selectedSourceRows();
    QString uuid;
    QString label = tr("all domains");
    if (rows.size() == 1 && m_model->record(rows.constFirst()).hasDomain) {
        uuid = m_model->record(rows.constFirst()).domain.uuid;
        label = m_model->record(rows.constFirst()).domain.name;
    }
    const std::deque<Libvirt::DomainRates> &points = uuid.isEmpty() ? m_hostTotals : m_history.history(uuid);
    const qint64 origin = points.empty() ? 0 : points.back().timestampMs;
    using Series = Charts::RateChart::Series;
    Series cpu{QStringLiteral("cpu"), label, {}}, mem{QStringLiteral("memory"), label, {}};
    Series rd{QStringLiteral("read"), tr("read"), {}}, wr{QStringLiteral("write"), tr("write"), {}};
    Series rx{QStringLiteral("rx"), tr("received"), {}}, tx{QStringLiteral("tx"), tr("sent"), {}};
    for (const Libvirt::DomainRates &r : points) {
        const double x = double(r.timestampMs - origin) / 1000.0;
        cpu.points.append({x, r.cpuPercent});
        mem.points.append({x, r.memoryKiB / 1024.0});
        rd.points.append({x, r.readBytesPerSec / 1024.0});
        wr.points.append({x, r.writeBytesPerSec / 1024.0});
        rx.points.append({x, r.rxBytesPerSec / 1024.0});
        tx.points.append({x, r.txBytesPerSec / 1024.0});
    }
    m_charts.at(0)->setSeries({cpu});
    m_charts.at(1)->setSeries({mem});
    m_charts.at(2)->setSeries({rd, wr});
    m_charts.at(3)->setSeries({rx, tx});
}

void HostDomainsView::updateState()
{
    QStringList parts;
    if (m_host.isEmpty()) {
        parts << tr("Select a hypervisor to see its libvirt domains.");
    } else if (!m_libvirtError.isEmpty()) {
        parts << tr("libvirt on %1 failed: %2").arg(m_host, m_libvirtError);
    } else if (m_connection && m_connection->state() == Libvirt::Connection::State::Open) {
        parts << tr("Connected to %1.").arg(m_connection->uri());
        const int drift = m_model->driftCount();
        if (m_model->hasDomains() && m_model->hasServers())
            parts << (drift ? tr("%n domain(s) or instance(s) disagree with Nova.", nullptr, drift)
                            : tr("libvirt and Nova agree."));
    } else if (m_connection) {
        parts << tr("Connecting to %1 …").arg(m_connection->uri());
    }
    if (!m_novaError.isEmpty())
        parts << tr("Nova's instances on this host: %1").arg(m_novaError);
    if (!m_actionText.isEmpty())
        parts << m_actionText;
    m_state->setText(parts.join(QLatin1Char(' ')));
    m_panel->setErrorText(m_libvirtError.isEmpty() ? QString() : tr("libvirt: %1").arg(m_libvirtError));
}

} // namespace Ui
