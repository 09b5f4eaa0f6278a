// SPDX-License-Identifier: GPL-3.0-or-later
// HostDomainsView's lifecycle actions: start, shut down, force off, suspend, resume and reboot the
// selected libvirt domains. Each runs on the connection's worker (never the GUI thread) with its
// timeout; confirmations use open(), never exec(); every domain gets its own result.
#include "ui/hypervisors/hostdomainsview.h"

#include "ui/common/tablepanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <memory>

namespace Ui {

using Action = Libvirt::Connection::DomainAction;
using Libvirt::Domain;
using Models::HostDomainRow;

namespace {

bool applies(Action action, Domain::State state)
{
    const bool running = state == Domain::State::Running || state == Domain::State::Blocked;
    switch (action) {
    case Action::Start: return state == Domain::State::Shutoff || state == Domain::State::Crashed;
    case Action::Shutdown:
    case Action::Suspend:
    case Action::Reboot: return running;
    case Action::Destroy: return running || state == Domain::State::Paused || state == Domain::State::ShuttingDown;
    case Action::Resume: return state == Domain::State::Paused;
    }
    return false;
}

QString whyNot(Action action)
{
    switch (action) {
    case Action::Start: return QCoreApplication::translate("Ui::HostDomainsView", "Only a shut-off domain can be started");
    case Action::Shutdown: return QCoreApplication::translate("Ui::HostDomainsView", "Only a running domain can be shut down");
    case Action::Destroy: return QCoreApplication::translate("Ui::HostDomainsView", "Only a running or paused domain can be forced off");
    case Action::Suspend: return QCoreApplication::translate("Ui::HostDomainsView", "Only a running domain can be suspended");
    case Action::Resume: return QCoreApplication::translate("Ui::HostDomainsView", "Only a paused domain can be resumed");
    case Action::Reboot: return QCoreApplication::translate("Ui::HostDomainsView", "Only a running domain can be rebooted");
    }
    return {};
}

QString doneText(Action action)
{
    switch (action) {
    case Action::Start: return QCoreApplication::translate("Ui::HostDomainsView", "started");
    case Action::Shutdown: return QCoreApplication::translate("Ui::HostDomainsView", "asked to shut down");
    case Action::Destroy: return QCoreApplication::translate("Ui::HostDomainsView", "forced off");
    case Action::Suspend: return QCoreApplication::translate("Ui::HostDomainsView", "suspended");
    case Action::Resume: return QCoreApplication::translate("Ui::HostDomainsView", "resumed");
    case Action::Reboot: return QCoreApplication::translate("Ui::HostDomainsView", "asked to reboot");
    }
    return {};
}

QString label(const HostDomainRow &row)
{
    const QString nova = row.hasServer ? row.server.name : row.domain.nova.displayName;
    return nova.isEmpty() || nova == row.domain.name ? row.domain.name : QStringLiteral("%1 (%2)").arg(row.domain.name, nova);
}

} // namespace

QString HostDomainsView::actionName(Action action)
{
    switch (action) {
    case Action::Start: return tr("Start");
    case Action::Shutdown: return tr("Shut Down");
    case Action::Destroy: return tr("Force Off");
    case Action::Suspend: return tr("Suspend");
    case Action::Resume: return tr("Resume");
    case Action::Reboot: return tr("Reboot");
    }
    return {};
}

QAction *HostDomainsView::domainAction(Action action) const
{
    return m_domainActions.value(int(action));
}

void HostDomainsView::buildDomainActions()
{
    struct Spec
    {
        Action action;
        const char *objectName;
        const char *icon;
        QKeySequence shortcut;
    };
    const Spec specs[] = {
        {Action::Start, "startDomainAction", "media-playback-start", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {Action::Shutdown, "shutdownDomainAction", "system-shutdown", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {Action::Destroy, "destroyDomainAction", "process-stop", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
        {Action::Suspend, "suspendDomainAction", "media-playback-pause", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {Action::Resume, "resumeDomainAction", "media-playback-start", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {Action::Reboot, "rebootDomainAction", "system-reboot", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
    };
    QTableView *view = m_panel->view();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QToolBar *bar = m_panel->toolBar();
    bar->addSeparator();
    m_domainMenu = new QMenu(this);
    m_domainMenu->setObjectName(QStringLiteral("domainContextMenu"));
    m_domainActions.resize(6);
    for (const Spec &spec : specs) {
        const QString text = spec.action == Action::Destroy ? tr("Force Off…") : actionName(spec.action);
        auto *a = new QAction(QIcon::fromTheme(QLatin1String(spec.icon)), text, this);
        a->setObjectName(QLatin1String(spec.objectName));
        a->setShortcut(spec.shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const Action action = spec.action;
        connect(a, &QAction::triggered, this, [this, action]() { requestDomainAction(action); });
        m_domainActions[int(action)] = a;
        bar->addAction(a);
        view->addAction(a);
        m_domainMenu->addAction(a);
    }
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        updateDomainActions();
        m_domainMenu->popup(view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HostDomainsView::updateDomainActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this]() { updateDomainActions(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this]() { updateDomainActions(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this]() { updateDomainActions(); });
    connect(m_panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() { updateDomainActions(); });
    updateDomainActions();
}

QVector<HostDomainRow> HostDomainsView::selectedDomains() const
{
    QVector<HostDomainRow> rows;
    for (int row : m_panel->selectedSourceRows()) {
        const HostDomainRow &r = m_model->record(row);
        if (r.hasDomain)
            rows.append(r);
    }
    return rows;
}

void HostDomainsView::updateDomainActions()
{
    if (m_domainActions.isEmpty())
        return;
    const QVector<HostDomainRow> rows = selectedDomains();
    const bool open = m_connection && m_connection->state() == Libvirt::Connection::State::Open;
    for (int i = 0; i < m_domainActions.size(); ++i) {
        const auto action = Action(i);
        QString why;
        if (!open)
            why = tr("Not connected to libvirt on this host");
        else if (m_actionsInFlight > 0)
            why = tr("Waiting for libvirt to finish the last request");
        else if (rows.isEmpty())
            why = tr("Select one or more libvirt domains (instances without a domain cannot be acted on)");
        else if (std::none_of(rows.cbegin(), rows.cend(), [action](const HostDomainRow &r) { return applies(action, r.domain.state); }))
            why = whyNot(action);
        QAction *a = m_domainActions.at(i);
        a->setEnabled(why.isEmpty());
        a->setToolTip(why.isEmpty() ? tr("%1 the selected domain(s) through libvirt; Nova is not told").arg(actionName(action)) : why);
    }
}

void HostDomainsView::requestDomainAction(Action action)
{
    if (!m_connection || m_actionsInFlight > 0)
        return;
    QVector<HostDomainRow> rows;
    QStringList skipped;
    for (const HostDomainRow &r : selectedDomains()) {
        if (applies(action, r.domain.state))
            rows.append(r);
        else
            skipped.append(label(r));
    }
    if (rows.isEmpty()) {
        emit statusMessage(whyNot(action));
        return;
    }
    QStringList names;
    QStringList novaNames;
    for (const HostDomainRow &r : rows) {
        names.append(label(r));
        if (r.hasServer || !r.domain.nova.isEmpty())
            novaNames.append(label(r));
    }
    if (action != Action::Destroy && novaNames.isEmpty()) {
        runDomainAction(action, rows);
        return;
    }
    QString text = action == Action::Destroy
                       ? tr("Force off %n domain(s) on %1? Like pulling the power cord: whatever the guest has not written "
                            "to disk is lost.",
                            nullptr, int(rows.size()))
                             .arg(m_host)
                       : tr("%1 %n domain(s) on %2 through libvirt?", nullptr, int(rows.size())).arg(actionName(action), m_host);
    text += QStringLiteral("\n\n") + names.join(QLatin1Char('\n'));
    if (!novaNames.isEmpty())
        text += QStringLiteral("\n\n")
                + tr("Nova is not told about this change. Until nova-compute's power-state sync notices it, Nova shows the "
                     "old state and this view flags the disagreement; the sync may then stop or restart the instance itself.");
    if (!skipped.isEmpty())
        text += QStringLiteral("\n\n") + tr("Skipped (%1): %2").arg(whyNot(action), skipped.join(QStringLiteral(", ")));
    auto *box = new QMessageBox(QMessageBox::Warning, action == Action::Destroy ? tr("Force Off Domains") : actionName(action), text,
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("domainActionConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = box->addButton(actionName(action), QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("domainActionConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    const quint64 generation = m_generation;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, go, action, rows, generation](QAbstractButton *clicked) {
        if (clicked != go || generation != m_generation)
            return;
        box->close();
        runDomainAction(action, rows);
    });
    box->open();
}

void HostDomainsView::runDomainAction(Action action, const QVector<HostDomainRow> &rows)
{
    if (!m_connection || rows.isEmpty())
        return;
    struct Batch
    {
        QStringList results;
        int remaining = 0;
        bool ok = true;
        bool novaTouched = false;
    };
    auto batch = std::make_shared<Batch>();
    batch->results.resize(rows.size());
    batch->remaining = int(rows.size());
    m_actionsInFlight = int(rows.size());
    m_panel->setBusy(true);
    updateDomainActions();
    emit statusMessage(tr("%1: %n domain(s) on %2 …", nullptr, int(rows.size())).arg(actionName(action), m_host));
    const quint64 generation = m_generation;
    for (int i = 0; i < rows.size(); ++i) {
        const HostDomainRow row = rows.at(i);
        batch->novaTouched = batch->novaTouched || row.hasServer || !row.domain.nova.isEmpty();
        m_connection->domainAction(row.domain.uuid, action, this, [this, batch, i, row, action, generation](const Core::Error &e) {
            if (generation != m_generation)
                return;
            batch->results[i] = QStringLiteral("%1: %2").arg(label(row), e ? (e.message.isEmpty() ? e.toString() : e.message) : doneText(action));
            batch->ok = batch->ok && !e;
            if (--batch->remaining > 0)
                return;
            m_actionsInFlight = 0;
            m_panel->setBusy(false);
            QString summary = tr("%1 on %2: %3").arg(actionName(action), m_host, batch->results.join(QStringLiteral("; ")));
            if (batch->novaTouched && batch->ok)
                summary += QLatin1Char(' ') + tr("Nova was not told; the drift column shows where it disagrees.");
            m_actionText = summary;
            updateState();
            emit statusMessage(summary);
            emit domainActionsFinished(batch->results, batch->ok);
            // Lifecycle events refresh the view too; a driver without events still gets one.
            reload();
        });
    }
}

} // namespace Ui
