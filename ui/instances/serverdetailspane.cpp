// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/instances/serverdetailspane.h"

#include "core/format.h"
#include "models/compute/serverlistmodel.h"
#include "openstack/client/session.h"
#include "openstack/compute/computejobs.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Ui {

using OpenStack::Compute::Server;

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=left valign=top>") + esc(label) + QStringLiteral("</th><td>")
           + (value.isEmpty() ? QStringLiteral("—") : esc(value)) + QStringLiteral("</td></tr>");
}
QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

ServerDetailsPane::ServerDetailsPane(Models::ServerListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    m_browser->setObjectName(QStringLiteral("detailsBrowser"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(m_browser);
    // Keep the pane current while the row is updated in place by polling.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        const int r = m_model->rowOf(m_serverId);
        if (r >= tl.row() && r <= br.row())
            render();
    });
    render();
}

QString ServerDetailsPane::html() const
{
    return m_browser->toHtml();
}

void ServerDetailsPane::showServer(const QString &serverId)
{
    if (serverId == m_serverId)
        return;
    m_serverId = serverId;
    m_interfaces.clear();
    m_volumes.clear();
    m_extrasError.clear();
    ++m_generation;
    render();
    if (!serverId.isEmpty())
        fetchExtras();
}

void ServerDetailsPane::refreshExtras(const QStringList &serverIds)
{
    if (m_serverId.isEmpty() || !serverIds.contains(m_serverId))
        return;
    ++m_generation; // answers still on their way describe the old attachments
    fetchExtras();
}

void ServerDetailsPane::fetchExtras()
{
    if (!m_session)
        return;
    const int generation = m_generation;
    auto *ifaces = new OpenStack::Compute::ListInterfacesJob(m_session, m_serverId, this);
    connect(ifaces, &OpenStack::RestJob::finished, this, [this, generation](OpenStack::RestJob *j) {
        if (generation != m_generation)
            return;
        if (j->error())
            m_extrasError = j->error().toString();
        else
            m_interfaces = static_cast<OpenStack::Compute::ListInterfacesJob *>(j)->items();
        render();
    });
    ifaces->start();
    auto *vols = new OpenStack::Compute::ListVolumeAttachmentsJob(m_session, m_serverId, this);
    connect(vols, &OpenStack::RestJob::finished, this, [this, generation](OpenStack::RestJob *j) {
        if (generation != m_generation)
            return;
        if (j->error())
            m_extrasError = j->error().toString();
        else
            m_volumes = static_cast<OpenStack::Compute::ListVolumeAttachmentsJob *>(j)->items();
        render();
    });
    vols->start();
}

void ServerDetailsPane::render()
{
    const int r = m_model->rowOf(m_serverId);
    if (r < 0) {
        m_browser->setHtml(QStringLiteral("<p>") + esc(tr("Select an instance to see its details.")) + QStringLiteral("</p>"));
        return;
    }
    const Server &s = m_model->record(r);
    QString h = QStringLiteral("<h3>") + esc(s.name) + QStringLiteral("</h3>");
    if (!s.fault.isEmpty()) {
        h += QStringLiteral("<p style='color:#b71c1c'><b>") + esc(tr("Fault")) + QStringLiteral(":</b> ")
             + esc(s.fault.message) + (s.fault.code ? QStringLiteral(" (%1)").arg(s.fault.code) : QString())
             + QStringLiteral("</p>");
    }
    h += QStringLiteral("<table cellspacing=2 cellpadding=2>");
    h += row(tr("ID"), s.id);
    h += row(tr("Status"), Models::ServerListModel::statusText(s.status));
    h += row(tr("Task"), Models::ServerListModel::taskText(s.taskState));
    h += row(tr("Power State"), Models::ServerListModel::powerStateText(s.powerState));
    h += row(tr("Locked"), s.locked ? (s.lockedReason.isEmpty() ? tr("Yes") : tr("Yes: %1").arg(s.lockedReason)) : tr("No"));
    h += row(tr("Project"), m_model->projectText(s));
    h += row(tr("User ID"), s.userId);
    h += row(tr("Description"), s.description);
    h += row(tr("Image"), m_model->imageText(s));
    h += row(tr("Flavor"), m_model->flavorText(s));
    if (s.flavor.embedded)
        h += row(tr("Size"), tr("%1 vCPU, %2 RAM, %3 GB disk, %4 GB ephemeral")
                                 .arg(s.flavor.vcpus)
                                 .arg(Core::formatMebibytes(s.flavor.ramMib))
                                 .arg(s.flavor.diskGb)
                                 .arg(s.flavor.ephemeralGb));
    h += row(tr("Key Pair"), s.keyName);
    h += row(tr("Availability Zone"), s.availabilityZone);
    h += row(tr("Security Groups"), s.securityGroups.join(QStringLiteral(", ")));
    h += row(tr("IP Addresses"), s.networksText());
    h += row(tr("Created"), when(s.created));
    h += row(tr("Launched"), when(s.launchedAt));
    h += row(tr("Updated"), when(s.updated));
    h += row(tr("Host ID"), s.hostId);
    if (!s.host.isEmpty() || !s.instanceName.isEmpty()) {
        h += row(tr("Host"), s.host);
        h += row(tr("Hypervisor"), s.hypervisorHostname);
        h += row(tr("Libvirt Domain"), s.instanceName);
        h += row(tr("Host Status"), s.hostStatus);
    }
    QStringList meta;
    for (auto it = s.metadata.begin(); it != s.metadata.end(); ++it)
        meta << it.key() + QLatin1Char('=') + it.value();
    h += row(tr("Metadata"), meta.join(QStringLiteral(", ")));
    h += row(tr("Tags"), s.tags.join(QStringLiteral(", ")));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h4>") + esc(tr("Interfaces")) + QStringLiteral("</h4><table cellspacing=2 cellpadding=2>");
    h += QStringLiteral("<tr><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th><th align=left>%4</th><th align=left>%5</th></tr>")
             .arg(esc(tr("Port")), esc(tr("MAC")), esc(tr("Fixed IPs")), esc(tr("Floating IPs")), esc(tr("State")));
    for (const auto &i : std::as_const(m_interfaces)) {
        QStringList floating;
        for (const auto &a : s.addresses) {
            if (a.isFloating() && a.mac == i.macAddress)
                floating << a.address;
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(i.id), esc(i.macAddress), esc(i.fixedIps.join(QStringLiteral(", "))),
                      esc(floating.join(QStringLiteral(", "))), esc(i.portState));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h4>") + esc(tr("Attached Volumes")) + QStringLiteral("</h4><table cellspacing=2 cellpadding=2>");
    for (const auto &v : std::as_const(m_volumes))
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(v.volumeId), esc(tr("on %1").arg(v.device)),
                      esc(v.deleteOnTermination ? tr("deleted with the instance") : QString()));
    if (m_volumes.isEmpty() && s.attachedVolumeIds.isEmpty())
        h += QStringLiteral("<tr><td>") + esc(tr("None")) + QStringLiteral("</td></tr>");
    h += QStringLiteral("</table>");
    if (!m_extrasError.isEmpty())
        h += QStringLiteral("<p style='color:#b71c1c'>") + esc(m_extrasError) + QStringLiteral("</p>");
    if (!s.fault.details.isEmpty())
        h += QStringLiteral("<h4>") + esc(tr("Fault Details")) + QStringLiteral("</h4><pre>") + esc(s.fault.details)
             + QStringLiteral("</pre>");
    m_browser->setHtml(h);
}

} // namespace Ui
