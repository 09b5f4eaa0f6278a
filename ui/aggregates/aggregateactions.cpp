// SPDX-License-Identifier: GPL-3.0-or-later
// The operations of the Aggregates & Zones tab: each asks (dialogs opened with open(), never
// exec()), checks what it can before sending, then runs one Nova call and reloads.
#include "models/hosts/aggregatelistmodel.h"
#include "models/hosts/hostsloader.h"
#include "openstack/client/session.h"
#include "openstack/hosts/aggregatejobs.h"
#include "ui/aggregates/aggregatedialogs.h"
#include "ui/aggregates/aggregatespage.h"
#include "ui/common/tablepanel.h"

#include <QAbstractButton>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>

namespace Ui {

namespace Hosts = OpenStack::Hosts;

namespace {
const QString kHostMime = QStringLiteral("application/x-stackdeck-aggregate-host");
}

void AggregatesPage::createAggregate()
{
    if (!m_session)
        return;
    QStringList taken;
    for (const auto &r : m_aggregates->records())
        taken << r.aggregate.name;
    auto *dialog = new AggregateDialog(AggregateDialog::Mode::Create, taken, knownZones(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const QString name = dialog->name();
        const QString zone = dialog->zone();
        runJob(Hosts::createAggregate(m_session, name, zone),
               zone.isEmpty() ? tr("Aggregate %1 created").arg(name)
                              : tr("Aggregate %1 created in zone %2").arg(name, zone),
               tr("Creating aggregate %1").arg(name));
    });
    dialog->open();
}

void AggregatesPage::renameAggregate()
{
    const Models::AggregateRow *row = m_aggregates->find(selectedId());
    if (!m_session || !row)
        return;
    QStringList taken;
    for (const auto &r : m_aggregates->records())
        taken << r.aggregate.name;
    auto *dialog = new AggregateDialog(AggregateDialog::Mode::Rename, taken, {}, this);
    dialog->setValues(row->aggregate.name, row->aggregate.availabilityZone);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = row->id;
    const QString old = row->aggregate.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, old]() {
        if (dialog->name() == old)
            return;
        runJob(Hosts::updateAggregate(m_session, id, dialog->name(), {}),
               tr("Aggregate %1 renamed to %2").arg(old, dialog->name()), tr("Renaming %1").arg(old));
    });
    dialog->open();
}

void AggregatesPage::setZone()
{
    const Models::AggregateRow *row = m_aggregates->find(selectedId());
    if (!m_session || !row)
        return;
    auto *dialog = new AggregateDialog(AggregateDialog::Mode::SetZone, {}, knownZones(), this);
    dialog->setValues(row->aggregate.name, row->aggregate.availabilityZone);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = row->id;
    const QString name = row->aggregate.name;
    const QString old = row->aggregate.availabilityZone;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, name, old]() {
        const QString zone = dialog->zone();
        if (zone == old)
            return;
        runJob(Hosts::setAggregateZone(m_session, id, zone),
               zone.isEmpty() ? tr("Aggregate %1 no longer defines a zone").arg(name)
                              : tr("Aggregate %1 now defines zone %2").arg(name, zone),
               tr("Setting the zone of %1").arg(name));
    });
    dialog->open();
}

void AggregatesPage::addHost()
{
    const Models::AggregateRow *row = m_aggregates->find(selectedId());
    if (!m_session || !row)
        return;
    QStringList hosts = computeHosts();
    for (const QString &h : row->aggregate.hosts)
        hosts.removeAll(h);
    auto *dialog = new AddHostDialog(row->aggregate.name, hosts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = row->id;
    const QString name = row->aggregate.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, name]() {
        const QString host = dialog->host();
        if (host.isEmpty())
            return;
        runJob(Hosts::addHost(m_session, id, host), tr("Host %1 added to %2").arg(host, name),
               tr("Adding %1 to %2").arg(host, name));
    });
    dialog->open();
}

void AggregatesPage::removeHost()
{
    const Models::AggregateRow *row = m_aggregates->find(selectedId());
    const QList<QListWidgetItem *> items = m_hostList->selectedItems();
    if (!m_session || !row || items.isEmpty())
        return;
    const QString host = items.constFirst()->text();
    const QString id = row->id;
    const QString name = row->aggregate.name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Host"),
                                tr("Remove host %1 from aggregate %2?").arg(host, name), QMessageBox::Cancel, this);
    if (!row->aggregate.availabilityZone.isEmpty())
        box->setInformativeText(tr("The host leaves zone %1; its instances stay where they are.")
                                    .arg(row->aggregate.availabilityZone));
    box->addButton(tr("Remove Host"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, host, id, name](QAbstractButton *b) {
        if (box->buttonRole(b) != QMessageBox::DestructiveRole)
            return;
        runJob(Hosts::removeHost(m_session, id, host), tr("Host %1 removed from %2").arg(host, name),
               tr("Removing %1 from %2").arg(host, name));
    });
    box->open();
}

void AggregatesPage::editMetadata()
{
    const Models::AggregateRow *row = m_aggregates->find(selectedId());
    if (!m_session || !row)
        return;
    auto *dialog = new MetadataDialog(row->aggregate.name, row->aggregate.metadata, this);
    dialog->setObjectName(QStringLiteral("metadataDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = row->id;
    const QString name = row->aggregate.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, name]() {
        const QMap<QString, QString> changes = dialog->changes();
        if (changes.isEmpty())
            return;
        runJob(Hosts::setMetadata(m_session, id, changes),
               tr("Metadata of %1: %n key(s) changed", nullptr, int(changes.size())).arg(name),
               tr("Changing the metadata of %1").arg(name));
    });
    dialog->open();
}

void AggregatesPage::deleteAggregate()
{
    const Models::AggregateRow *row = m_aggregates->find(selectedId());
    if (!m_session || !row)
        return;
    const QString id = row->id;
    const QString name = row->aggregate.name;
    if (!row->aggregate.hosts.isEmpty()) {
        report(tr("Aggregate %1 still holds %2: remove its hosts before deleting it")
                   .arg(name, row->aggregate.hosts.join(QStringLiteral(", "))),
               false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Aggregate"),
                                tr("Delete aggregate %1?").arg(name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteAggregateConfirm"));
    box->addButton(tr("Delete Aggregate"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, name](QAbstractButton *b) {
        if (box->buttonRole(b) != QMessageBox::DestructiveRole)
            return;
        auto *job = Hosts::deleteAggregate(m_session, id, this);
        connect(job, &OpenStack::RestJob::finished, this, [this, name](OpenStack::RestJob *j) {
            if (j->error())
                report(tr("Nova did not delete %1: %2").arg(name, j->error().message), false);
            else
                report(tr("Aggregate %1 deleted").arg(name), true);
            refresh();
        });
        job->start();
    });
    box->open();
}

void AggregatesPage::moveHost(const QString &host, const QString &fromId, const QString &toId)
{
    const Models::AggregateRow *from = m_aggregates->find(fromId);
    const Models::AggregateRow *to = m_aggregates->find(toId);
    if (!m_session || !to || fromId == toId)
        return;
    const QString toName = to->aggregate.name;
    if (to->aggregate.hosts.contains(host)) {
        report(tr("%1 is in %2 already").arg(host, toName), false);
        return;
    }
    if (!from) {
        runJob(Hosts::addHost(m_session, toId, host), tr("Host %1 added to %2").arg(host, toName),
               tr("Adding %1 to %2").arg(host, toName));
        return;
    }
    const QString fromName = from->aggregate.name;
    // A host may be in one zone only: when the zones differ it must leave the old aggregate first,
    // and goes back there if the new one refuses it.
    const bool zonesDiffer = !from->aggregate.availabilityZone.isEmpty() && !to->aggregate.availabilityZone.isEmpty()
        && from->aggregate.availabilityZone != to->aggregate.availabilityZone;
    const QString done = tr("Host %1 moved from %2 to %3").arg(host, fromName, toName);
    auto fail = [this, host, fromName, toName](const QString &message) {
        report(tr("Moving %1 from %2 to %3 failed: %4").arg(host, fromName, toName, message), false);
        refresh();
    };
    auto *first = zonesDiffer ? Hosts::removeHost(m_session, fromId, host, this) : Hosts::addHost(m_session, toId, host, this);
    connect(first, &OpenStack::RestJob::finished, this, [=, this](OpenStack::RestJob *j) {
        if (j->error()) {
            fail(j->error().message);
            return;
        }
        auto *second = zonesDiffer ? Hosts::addHost(m_session, toId, host, this) : Hosts::removeHost(m_session, fromId, host, this);
        connect(second, &OpenStack::RestJob::finished, this, [=, this](OpenStack::RestJob *j2) {
            if (!j2->error()) {
                report(done, true);
                refresh();
                return;
            }
            if (zonesDiffer) {
                // Put the host back where it was so a refused move changes nothing.
                auto *back = Hosts::addHost(m_session, fromId, host, this);
                const QString message = j2->error().message;
                connect(back, &OpenStack::RestJob::finished, this, [fail, message](OpenStack::RestJob *) { fail(message); });
                back->start();
                return;
            }
            fail(j2->error().message);
        });
        second->start();
    });
    first->start();
}

bool AggregatesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_panel->view()->viewport())
        return Page::eventFilter(watched, event);
    auto targetId = [this](const QPoint &pos) {
        const QModelIndex index = m_panel->view()->indexAt(pos);
        return index.isValid() ? index.data(Models::IdRole).toString() : QString();
    };
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        const QStringList parts = QString::fromUtf8(e->mimeData()->data(kHostMime)).split(QLatin1Char('\n'));
        const QString to = targetId(e->position().toPoint());
        const bool ok = parts.size() == 2 && (event->type() == QEvent::DragEnter || (!to.isEmpty() && to != parts.at(1)));
        if (ok)
            e->acceptProposedAction();
        else
            e->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        const QStringList parts = QString::fromUtf8(e->mimeData()->data(kHostMime)).split(QLatin1Char('\n'));
        const QString to = targetId(e->position().toPoint());
        if (parts.size() == 2 && !to.isEmpty()) {
            e->acceptProposedAction();
            moveHost(parts.at(0), parts.at(1), to);
        }
        return true;
    }
    default:
        break;
    }
    return Page::eventFilter(watched, event);
}

} // namespace Ui
