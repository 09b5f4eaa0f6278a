// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/projects/projectdetails.h"

#include "models/identity/quotamodel.h"
#include "models/identity/roleassignmentmodel.h"
#include "models/tablefilterproxy.h"
#include "openstack/client/session.h"
#include "openstack/identity/identityjobs.h"
#include "ui/charts/comparisonchart.h"
#include "ui/charts/usagechart.h"
#include "ui/common/tablepanel.h"
#include "ui/projects/projectdialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <memory>

namespace Ui {

using OpenStack::RestJob;

ProjectDetails::ProjectDetails(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_members(new Models::RoleAssignmentModel(this))
    , m_quotas(new Models::QuotaModel(this))
    , m_membersPanel(new TablePanel(QStringLiteral("project-members"), m_members, this))
    , m_quotasPanel(new TablePanel(QStringLiteral("project-quotas"), m_quotas, this))
    , m_title(new QLabel(this))
    , m_overview(new QWidget(this))
    , m_usageChart(new Charts::UsageChart(this))
    , m_comparison(new Charts::ComparisonChart(this))
    , m_metric(new QComboBox(this))
    , m_allQuotas(new Models::QuotaModel(this))
{
    m_tabs->setObjectName(QStringLiteral("projectDetailTabs"));
    m_title->setObjectName(QStringLiteral("projectDetailTitle"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_membersPanel, tr("Members"));
    m_tabs->addTab(m_quotasPanel, tr("Quotas"));

    // Overview: this project's usage against its quotas, and (admins) all projects compared.
    m_usageChart->setObjectName(QStringLiteral("projectUsageChart"));
    m_comparison->setObjectName(QStringLiteral("projectComparisonChart"));
    m_metric->setObjectName(QStringLiteral("comparisonMetricCombo"));
    m_metric->addItem(tr("vCPUs"), QStringLiteral("compute/cores"));
    m_metric->addItem(tr("RAM (GiB)"), QStringLiteral("compute/ram"));
    m_metric->addItem(tr("Instances"), QStringLiteral("compute/instances"));
    m_metric->addItem(tr("Volume storage (GiB)"), QStringLiteral("volume/gigabytes"));
    m_metric->addItem(tr("Volumes"), QStringLiteral("volume/volumes"));
    m_metric->addItem(tr("Floating IPs"), QStringLiteral("network/floatingip"));
    auto *overviewLayout = new QVBoxLayout(m_overview);
    overviewLayout->addWidget(m_usageChart, 3);
    m_metricRow = new QWidget(m_overview);
    auto *metricRow = new QHBoxLayout(m_metricRow);
    metricRow->setContentsMargins(0, 0, 0, 0);
    metricRow->addWidget(new QLabel(tr("Compare all projects by:"), m_metricRow));
    metricRow->addWidget(m_metric);
    metricRow->addStretch(1);
    overviewLayout->addWidget(m_metricRow);
    overviewLayout->addWidget(m_comparison, 2);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ProjectDetails::updateComparison);
    connect(m_allQuotas, &Models::QuotaModel::loaded, this, [this]() {
        updateComparison();
        emit comparisonLoaded();
    });
    connect(m_usageChart, &Charts::UsageChart::entryClicked, this, [this](const QString &key) {
        const QString service = key.section(QLatin1Char('/'), 0, 0);
        const QString page = key.endsWith(QLatin1String("floatingip")) ? QStringLiteral("topology")
            : key.endsWith(QLatin1String("security_group"))          ? QStringLiteral("security")
            : service == QLatin1String("volume")                     ? QStringLiteral("volumes")
                                                                     : QStringLiteral("instances");
        emit openTabRequested(page, m_projectName);
    });
    connect(m_comparison, &Charts::ComparisonChart::itemClicked, this, [this](const QString &projectId) {
        const QString service = m_metric->currentData().toString().section(QLatin1Char('/'), 0, 0);
        emit openTabRequested(service == QLatin1String("volume") ? QStringLiteral("volumes") : QStringLiteral("instances"),
                              m_allProjects.value(projectId));
    });
    m_membersPanel->setObjectName(QStringLiteral("projectMembersPanel"));
    m_membersPanel->setHiddenByDefault({Models::RoleAssignmentModel::ProjectColumn});
    m_quotasPanel->setHiddenByDefault({Models::QuotaModel::ProjectColumn});
    m_quotasPanel->view()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    QToolBar *mt = m_membersPanel->toolBar();
    m_addMember = mt->addAction(tr("Add Member"));
    m_addMember->setObjectName(QStringLiteral("addMemberAction"));
    m_removeMember = mt->addAction(tr("Remove"));
    m_removeMember->setObjectName(QStringLiteral("removeMemberAction"));
    m_removeMember->setShortcut(QKeySequence::Delete);
    m_removeMember->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_membersPanel->view()->addAction(m_removeMember);
    m_createUser = mt->addAction(tr("Create User"));
    m_createUser->setObjectName(QStringLiteral("createUserAction"));
    connect(m_addMember, &QAction::triggered, this, &ProjectDetails::addMember);
    connect(m_removeMember, &QAction::triggered, this, &ProjectDetails::removeMembers);
    connect(m_createUser, &QAction::triggered, this, &ProjectDetails::createUser);

    QToolBar *qt = m_quotasPanel->toolBar();
    m_applyQuotas = qt->addAction(tr("Apply Quota Changes"));
    m_applyQuotas->setObjectName(QStringLiteral("applyQuotasAction"));
    m_revertQuotas = qt->addAction(tr("Revert"));
    m_revertQuotas->setObjectName(QStringLiteral("revertQuotasAction"));
    connect(m_applyQuotas, &QAction::triggered, this, &ProjectDetails::applyQuotas);
    connect(m_revertQuotas, &QAction::triggered, m_quotas, &Models::QuotaModel::revert);
    connect(m_quotas, &QAbstractItemModel::dataChanged, this, &ProjectDetails::updateActions);
    connect(m_quotas, &Models::QuotaModel::rejected, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Quota not changed"), message);
    });
    connect(m_quotas, &Models::QuotaModel::loaded, this, [this](const Core::Error &e) {
        m_quotasPanel->setErrorText(e ? tr("Some quotas could not be read: %1").arg(e.toString()) : QString());
        updateActions();
        updateUsageChart();
        emit quotasLoaded();
    });
    connect(m_quotas, &Models::QuotaModel::applied, this, [this](const QStringList &results, bool allOk) {
        emit statusMessage(results.join(QStringLiteral("; ")));
        if (!allOk)
            QMessageBox::warning(this, tr("Quotas"), results.join(QLatin1Char('\n')));
    });
    connect(m_members, &Models::RoleAssignmentModel::loaded, this, [this](const Core::Error &e) {
        if (e && e.httpStatus == 403)
            m_membersPanel->setErrorText(tr("Only administrators can see who belongs to this project (Keystone "
                                            "refused the list of role assignments)."));
        else
            m_membersPanel->setErrorText(e ? tr("Could not load the members: %1").arg(e.toString()) : QString());
    });
    connect(m_membersPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectDetails::updateActions);
    updateActions();
}

void ProjectDetails::setSession(OpenStack::Session *session)
{
    m_session = session;
    m_allLoaded = false;
    m_comparison->setVisible(session && session->isAdmin());
    m_metricRow->setVisible(session && session->isAdmin());
    m_quotas->setEditable(session && session->isAdmin());
    if (!session) {
        m_members->clear();
        m_quotas->clear();
    }
    updateActions();
}

void ProjectDetails::setProject(const QString &id, const QString &name)
{
    if (id == m_projectId && !id.isEmpty())
        return;
    m_projectId = id;
    m_projectName = name;
    m_title->setText(id.isEmpty() ? tr("Select a project to see its members and quotas.")
                                  : tr("<b>%1</b> — members and quotas").arg(name.toHtmlEscaped()));
    reload();
}

void ProjectDetails::setAllProjects(const QHash<QString, QString> &projects)
{
    m_allProjects = projects;
    if (!m_session || !m_session->isAdmin() || projects.isEmpty())
        return;
    m_allQuotas->reload(m_session, projects);
}

// Horizon's overview set: instances, vCPUs, RAM, floating IPs, security groups, volumes, storage.
void ProjectDetails::updateUsageChart()
{
    using OpenStack::Quota::Service;
    struct Wanted
    {
        Service service;
        const char *resource;
        QString label;
        double scale;
        QString unit;
    };
    const QVector<Wanted> wanted = {
        {Service::Compute, "instances", tr("Instances"), 1, QString()},
        {Service::Compute, "cores", tr("vCPUs"), 1, QString()},
        {Service::Compute, "ram", tr("RAM"), 1.0 / 1024, tr("GiB")},
        {Service::Network, "floatingip", tr("Floating IPs"), 1, QString()},
        {Service::Network, "security_group", tr("Security Groups"), 1, QString()},
        {Service::Volume, "volumes", tr("Volumes"), 1, QString()},
        {Service::Volume, "gigabytes", tr("Volume Storage"), 1, tr("GiB")},
    };
    QVector<Charts::UsageChart::Entry> entries;
    for (const Wanted &w : wanted) {
        const auto *item = m_quotas->item(m_projectId, w.service, QString::fromLatin1(w.resource));
        if (!item)
            continue;
        entries.append({OpenStack::Quota::serviceKey(w.service) + QLatin1Char('/') + QString::fromLatin1(w.resource),
                        w.label, double(item->inUse) * w.scale, item->limit < 0 ? -1 : double(item->limit) * w.scale,
                        w.unit});
    }
    m_usageChart->setTitle(tr("%1: usage of quota").arg(m_projectName));
    m_usageChart->setEntries(entries);
}

void ProjectDetails::updateComparison()
{
    const QString key = m_metric->currentData().toString();
    const auto service = key.startsWith(QLatin1String("volume")) ? OpenStack::Quota::Service::Volume
        : key.startsWith(QLatin1String("network"))                ? OpenStack::Quota::Service::Network
                                                                  : OpenStack::Quota::Service::Compute;
    const QString resource = key.section(QLatin1Char('/'), 1);
    const double scale = resource == QLatin1String("ram") ? 1.0 / 1024 : 1.0;
    QVector<Charts::ComparisonChart::Item> items;
    QStringList ids = m_allProjects.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_allProjects.value(a).compare(m_allProjects.value(b), Qt::CaseInsensitive) < 0;
    });
    for (const QString &id : std::as_const(ids)) {
        const auto *item = m_allQuotas->item(id, service, resource);
        if (!item)
            continue;
        items.append({id, m_allProjects.value(id), double(item->inUse) * scale,
                      item->limit < 0 ? -1 : double(item->limit) * scale});
    }
    m_comparison->setTitle(tr("All projects: %1").arg(m_metric->currentText()));
    m_comparison->setItems(items, QString());
}

void ProjectDetails::reload()
{
    if (!m_session || m_projectId.isEmpty()) {
        m_members->clear();
        m_quotas->clear();
        return;
    }
    m_members->reload(m_session, m_projectId);
    m_quotas->reload(m_session, {{m_projectId, m_projectName}});
    updateActions();
}

void ProjectDetails::updateActions()
{
    const bool admin = m_session && m_session->isAdmin();
    const bool haveProject = !m_projectId.isEmpty();
    const QString needAdmin = tr("Needs the admin role");
    for (QAction *a : {m_addMember, m_createUser}) {
        a->setEnabled(admin && haveProject);
        a->setToolTip(admin ? QString() : needAdmin);
    }
    m_removeMember->setEnabled(admin && !m_membersPanel->selectedSourceRows().isEmpty());
    m_removeMember->setToolTip(admin ? tr("Remove the selected role assignments") : needAdmin);
    m_applyQuotas->setEnabled(admin && m_quotas->hasPendingChanges());
    m_revertQuotas->setEnabled(m_quotas->hasPendingChanges());
    m_applyQuotas->setToolTip(admin ? tr("Double-click a quota to change it; -1 is unlimited") : needAdmin);
}

void ProjectDetails::addMember()
{
    if (!m_session)
        return;
    // Users, groups and roles are fetched fresh each time: the lists are short and change.
    struct Lists
    {
        QVector<RoleAssignmentDialog::Choice> users, groups, roles;
        int pending = 3;
        Core::Error error;
    };
    auto lists = std::make_shared<Lists>();
    auto finish = [this, lists]() {
        if (--lists->pending > 0)
            return;
        if (lists->error) {
            QMessageBox::warning(this, tr("Add Member"), lists->error.toString());
            return;
        }
        auto *dialog = new RoleAssignmentDialog(m_projectName, lists->users, lists->groups, lists->roles, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog]() {
            auto *job = OpenStack::Identity::setProjectRole(
                m_session, true, dialog->isGroup() ? OpenStack::Identity::Actor::Group : OpenStack::Identity::Actor::User,
                dialog->actorId(), m_projectId, dialog->roleId());
            connect(job, &RestJob::finished, this, [this](RestJob *j) {
                if (j->error())
                    QMessageBox::warning(this, tr("Add Member"), tr("Keystone refused: %1").arg(j->error().message));
                else
                    emit statusMessage(tr("Role granted on %1").arg(m_projectName));
                reload();
            });
            job->start();
        });
        dialog->open();
    };
    auto collect = [lists, finish](QVector<RoleAssignmentDialog::Choice> *into, auto names) {
        return [lists, finish, into, names](RestJob *j) {
            if (j->error() && !lists->error)
                lists->error = j->error();
            else
                *into = names(j);
            finish();
        };
    };
    auto *users = OpenStack::Identity::listUsers(m_session, this);
    connect(users, &RestJob::finished, this, collect(&lists->users, [](RestJob *j) {
                QVector<RoleAssignmentDialog::Choice> out;
                for (const auto &u : static_cast<OpenStack::Identity::ListUsersJob *>(j)->items())
                    out.append({u.id, u.name});
                return out;
            }));
    auto *groups = OpenStack::Identity::listGroups(m_session, this);
    connect(groups, &RestJob::finished, this, collect(&lists->groups, [](RestJob *j) {
                QVector<RoleAssignmentDialog::Choice> out;
                for (const auto &g : static_cast<OpenStack::Identity::ListGroupsJob *>(j)->items())
                    out.append({g.id, g.name});
                return out;
            }));
    auto *roles = OpenStack::Identity::listRoles(m_session, this);
    connect(roles, &RestJob::finished, this, collect(&lists->roles, [](RestJob *j) {
                QVector<RoleAssignmentDialog::Choice> out;
                for (const auto &r : static_cast<OpenStack::Identity::ListRolesJob *>(j)->items())
                    out.append({r.id, r.name});
                return out;
            }));
    users->start();
    groups->start();
    roles->start();
}

void ProjectDetails::removeMembers()
{
    if (!m_session)
        return;
    QVector<OpenStack::Identity::RoleAssignment> chosen;
    QStringList names;
    for (int row : m_membersPanel->selectedSourceRows()) {
        const auto &a = m_members->record(row);
        if (a.projectId != m_projectId || a.inherited)
            continue; // only direct assignments on this project can be removed here
        chosen.append(a);
        names << tr("%1 (%2)").arg(a.isGroup() ? a.groupName : a.userName, a.roleName);
    }
    if (chosen.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Members"),
                                tr("Remove these role assignments from %1?\n\n%2")
                                    .arg(m_projectName, names.join(QLatin1Char('\n'))),
                                QMessageBox::Cancel, this);
    box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, chosen](QAbstractButton *b) {
        if (box->buttonRole(b) != QMessageBox::DestructiveRole)
            return;
        auto results = std::make_shared<QStringList>();
        auto left = std::make_shared<int>(int(chosen.size()));
        for (const auto &a : chosen) {
            auto *job = OpenStack::Identity::setProjectRole(
                m_session, false, a.isGroup() ? OpenStack::Identity::Actor::Group : OpenStack::Identity::Actor::User,
                a.isGroup() ? a.groupId : a.userId, m_projectId, a.roleId);
            const QString who = a.isGroup() ? a.groupName : a.userName;
            connect(job, &RestJob::finished, this, [this, results, left, who](RestJob *j) {
                *results << (j->error() ? tr("%1: not removed: %2").arg(who, j->error().message)
                                        : tr("%1: removed").arg(who));
                if (--*left == 0) {
                    emit statusMessage(results->join(QStringLiteral("; ")));
                    reload();
                }
            });
            job->start();
        }
    });
    box->open();
}

void ProjectDetails::createUser()
{
    if (!m_session)
        return;
    auto *users = OpenStack::Identity::listUsers(m_session, this);
    connect(users, &RestJob::finished, this, [this](RestJob *j) {
        QStringList taken;
        for (const auto &u : static_cast<OpenStack::Identity::ListUsersJob *>(j)->items())
            taken << u.name;
        auto *dialog = new CreateUserDialog({{m_projectId, m_projectName}}, m_projectId, taken, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog]() {
            OpenStack::Identity::UserSpec spec;
            spec.name = dialog->name();
            spec.email = dialog->email();
            spec.password = dialog->password();
            spec.defaultProjectId = dialog->projectId();
            auto *job = OpenStack::Identity::createUser(m_session, spec);
            const QString name = spec.name;
            connect(job, &RestJob::finished, this, [this, name](RestJob *cj) {
                if (cj->error())
                    QMessageBox::warning(this, tr("Create User"), tr("Keystone refused: %1").arg(cj->error().message));
                else
                    emit statusMessage(tr("User %1 created").arg(name));
            });
            job->start();
        });
        dialog->open();
    });
    users->start();
}

void ProjectDetails::applyQuotas()
{
    if (!m_session || !m_quotas->hasPendingChanges())
        return;
    const QStringList warnings = m_quotas->pendingWarnings();
    if (warnings.isEmpty()) {
        m_quotas->apply(m_session);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Lower Quotas Below Usage?"),
                                warnings.join(QStringLiteral("\n\n")), QMessageBox::Cancel, this);
    box->addButton(tr("Apply Anyway"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *b) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            m_quotas->apply(m_session);
    });
    box->open();
}

} // namespace Ui
