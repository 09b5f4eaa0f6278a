// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDialogButtonBox;

namespace Ui {

// Create or edit a project: name (checked before sending), description, enabled.
class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectDialog(const QString &title, const QStringList &takenNames, QWidget *parent = nullptr);
    void setValues(const QString &name, const QString &description, bool enabled);
    QString name() const;
    QString description() const;
    bool isEnabled() const;

private:
    void validate();

    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QCheckBox *m_enabled;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QStringList m_taken;
};

// Deleting a project that still owns resources asks for its name to be typed.
class DeleteProjectDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteProjectDialog(const QString &name, const QStringList &owned, QWidget *parent = nullptr);

private:
    QLineEdit *m_confirm;
};

// Grant a role on a project to a user or a group.
class RoleAssignmentDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString id;
        QString name;
    };
    RoleAssignmentDialog(const QString &project, const QVector<Choice> &users, const QVector<Choice> &groups,
                         const QVector<Choice> &roles, QWidget *parent = nullptr);
    bool isGroup() const;
    QString actorId() const;
    QString roleId() const;

private:
    void fillActors();

    QComboBox *m_kind;
    QComboBox *m_actor;
    QComboBox *m_role;
    QVector<Choice> m_users;
    QVector<Choice> m_groups;
};

// Create a user (admin): name, email, password twice, primary project.
class CreateUserDialog : public QDialog
{
    Q_OBJECT
public:
    CreateUserDialog(const QVector<RoleAssignmentDialog::Choice> &projects, const QString &currentProjectId,
                     const QStringList &takenNames, QWidget *parent = nullptr);
    QString name() const;
    QString email() const;
    QString password() const;
    QString projectId() const;

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QComboBox *m_project;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QStringList m_taken;
};

} // namespace Ui
