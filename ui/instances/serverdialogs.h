// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/session.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QDialogButtonBox;

namespace OpenStack {
class Session;
}

namespace Ui {

// Pick one of a list that is loaded after the dialog opens (a flavor to resize to, a floating IP,
// a network, a port). OK stays disabled until there is something to pick. Shown with open().
class ChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    ChoiceDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    void setChoices(const QList<std::pair<QString, QString>> &labelsAndValues);
    void setProblem(const QString &text);
    QString value() const;
    QString label() const;

private:
    QComboBox *m_combo;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Tick the entries that should apply (the security groups of an instance). Shown with open().
class CheckListDialog : public QDialog
{
    Q_OBJECT
public:
    CheckListDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    void setItems(const QStringList &items, const QStringList &checked);
    void setProblem(const QString &text);
    QStringList checked() const;

private:
    QListWidget *m_list;
    QLabel *m_problem;
};

// The last N lines of an instance's console log, refreshable. Not modal.
class ConsoleLogDialog : public QDialog
{
    Q_OBJECT
public:
    ConsoleLogDialog(OpenStack::Session *session, const QString &serverId, const QString &serverName,
                     QWidget *parent = nullptr);
    void reload();

private:
    QPointer<OpenStack::Session> m_session;
    QString m_serverId;
    QSpinBox *m_lines;
    QPlainTextEdit *m_text;
};

// The instance's action log (os-instance-actions). Not modal.
class ActionLogDialog : public QDialog
{
    Q_OBJECT
public:
    ActionLogDialog(OpenStack::Session *session, const QString &serverId, const QString &serverName,
                    QWidget *parent = nullptr);
    void reload();

private:
    QPointer<OpenStack::Session> m_session;
    QString m_serverId;
    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace Ui
