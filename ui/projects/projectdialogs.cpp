// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/projects/projectdialogs.h"

#include "openstack/identity/identityjobs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Ui {

namespace {
QLabel *problemLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("problemLabel"));
    l->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    l->setWordWrap(true);
    return l;
}

// A combo box the user can type into to search a long list.
void makeSearchable(QComboBox *box)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}
} // namespace

ProjectDialog::ProjectDialog(const QString &title, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
    , m_problem(problemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_taken(takenNames)
{
    setObjectName(QStringLiteral("projectDialog"));
    setWindowTitle(title);
    m_name->setObjectName(QStringLiteral("projectNameEdit"));
    m_description->setObjectName(QStringLiteral("projectDescriptionEdit"));
    m_description->setMaximumHeight(80);
    m_enabled->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProjectDialog::validate);
    validate();
}

void ProjectDialog::setValues(const QString &name, const QString &description, bool enabled)
{
    m_taken.removeAll(name); // keeping its own name is fine
    m_name->setText(name);
    m_description->setPlainText(description);
    m_enabled->setChecked(enabled);
}

QString ProjectDialog::name() const
{
    return m_name->text().trimmed();
}

QString ProjectDialog::description() const
{
    return m_description->toPlainText();
}

bool ProjectDialog::isEnabled() const
{
    return m_enabled->isChecked();
}

void ProjectDialog::validate()
{
    QString problem = OpenStack::Identity::validateName(m_name->text());
    if (problem.isEmpty() && m_taken.contains(name(), Qt::CaseInsensitive))
        problem = tr("A project named \"%1\" already exists in this domain.").arg(name());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

DeleteProjectDialog::DeleteProjectDialog(const QString &name, const QStringList &owned, QWidget *parent)
    : QDialog(parent)
    , m_confirm(new QLineEdit(this))
{
    setObjectName(QStringLiteral("deleteProjectDialog"));
    setWindowTitle(tr("Delete Project %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    QString list;
    for (const QString &o : owned)
        list += QStringLiteral("<li>") + o.toHtmlEscaped() + QStringLiteral("</li>");
    text->setText(tr("<p>Project <b>%1</b> still owns:</p><ul>%2</ul><p>Keystone deletes the project only; "
                     "these resources stay behind, owned by a project that no longer exists. Type the "
                     "project's name to delete it anyway.</p>")
                      .arg(name.toHtmlEscaped(), list));
    layout->addWidget(text);
    m_confirm->setObjectName(QStringLiteral("confirmNameEdit"));
    m_confirm->setPlaceholderText(name);
    layout->addWidget(m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *remove = buttons->addButton(tr("Delete Project"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    remove->setEnabled(false);
    connect(m_confirm, &QLineEdit::textChanged, remove, [remove, name](const QString &t) { remove->setEnabled(t == name); });
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

RoleAssignmentDialog::RoleAssignmentDialog(const QString &project, const QVector<Choice> &users,
                                           const QVector<Choice> &groups, const QVector<Choice> &roles,
                                           QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_users(users)
    , m_groups(groups)
{
    setObjectName(QStringLiteral("roleAssignmentDialog"));
    setWindowTitle(tr("Add Member to %1").arg(project));
    m_kind->setObjectName(QStringLiteral("actorKindCombo"));
    m_actor->setObjectName(QStringLiteral("actorCombo"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_kind->addItem(tr("User"));
    m_kind->addItem(tr("Group"));
    makeSearchable(m_actor);
    for (const Choice &r : roles)
        m_role->addItem(r.name, r.id);
    const int member = m_role->findText(QStringLiteral("member"));
    if (member >= 0)
        m_role->setCurrentIndex(member);
    auto *form = new QFormLayout;
    form->addRow(tr("Type:"), m_kind);
    form->addRow(tr("User or group:"), m_actor);
    form->addRow(tr("Role:"), m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RoleAssignmentDialog::fillActors);
    auto updateOk = [this, buttons]() {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!actorId().isEmpty() && !roleId().isEmpty());
    };
    connect(m_actor, &QComboBox::currentIndexChanged, this, updateOk);
    connect(m_actor, &QComboBox::editTextChanged, this, updateOk);
    fillActors();
    updateOk();
}

void RoleAssignmentDialog::fillActors()
{
    m_actor->clear();
    for (const Choice &c : isGroup() ? m_groups : m_users)
        m_actor->addItem(c.name, c.id);
}

bool RoleAssignmentDialog::isGroup() const
{
    return m_kind->currentIndex() == 1;
}

QString RoleAssignmentDialog::actorId() const
{
    // Only a name that is in the list counts; free text typed into the search does not.
    const int i = m_actor->findText(m_actor->currentText());
    return i < 0 ? QString() : m_actor->itemData(i).toString();
}

QString RoleAssignmentDialog::roleId() const
{
    return m_role->currentData().toString();
}

CreateUserDialog::CreateUserDialog(const QVector<RoleAssignmentDialog::Choice> &projects,
                                   const QString &currentProjectId, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_project(new QComboBox(this))
    , m_problem(problemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_taken(takenNames)
{
    setObjectName(QStringLiteral("createUserDialog"));
    setWindowTitle(tr("Create User"));
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_password->setObjectName(QStringLiteral("userPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("userPasswordRepeatEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    makeSearchable(m_project);
    for (const auto &p : projects)
        m_project->addItem(p.name, p.id);
    m_project->setCurrentIndex(m_project->findData(currentProjectId));
    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_name);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Confirm password:"), m_repeat);
    form->addRow(tr("Primary project:"), m_project);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_name, m_email, m_password, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    validate();
}

QString CreateUserDialog::name() const
{
    return m_name->text().trimmed();
}

QString CreateUserDialog::email() const
{
    return m_email->text().trimmed();
}

QString CreateUserDialog::password() const
{
    return m_password->text();
}

QString CreateUserDialog::projectId() const
{
    return m_project->currentData().toString();
}

void CreateUserDialog::validate()
{
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QString problem = OpenStack::Identity::validateName(m_name->text());
    if (problem.isEmpty() && m_taken.contains(name(), Qt::CaseInsensitive))
        problem = tr("A user named \"%1\" already exists.").arg(name());
    else if (problem.isEmpty() && !email().isEmpty() && !emailShape.match(email()).hasMatch())
        problem = tr("\"%1\" is not an email address.").arg(email());
    else if (problem.isEmpty() && m_password->text().isEmpty())
        problem = tr("Enter a password.");
    else if (problem.isEmpty() && m_password->text() != m_repeat->text())
        problem = tr("The passwords do not match.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Ui
