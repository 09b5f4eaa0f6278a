// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/network/rulespec.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace Ui {

// Add Rule / Edit Rule (添加规则): a template, then direction, EtherType, protocol by name or
// number, port range or ICMP type/code, and the remote as a CIDR or a security group. Every field
// is validated (RuleSpec::validate) with the message next to it; OK does nothing until the rule
// can be sent. Opened with open(), never exec().
class RuleDialog : public QDialog
{
    Q_OBJECT
public:
    // `groups`: id → name of the groups that may be a remote group.
    RuleDialog(const QString &title, const QVector<std::pair<QString, QString>> &groups,
               const OpenStack::Network::RuleSpec &initial, QWidget *parent = nullptr);

    OpenStack::Network::RuleSpec spec() const;
    // Messages shown now (field key → message); empty when the rule is valid.
    QMap<QString, QString> shownErrors() const { return m_shown; }

    void accept() override;

private:
    void applyTemplate(int index);
    void updatePortLabels();
    void revalidate();
    QLabel *errorLabel(const char *key);

    QString m_groupId;
    QComboBox *m_template;
    QComboBox *m_direction;
    QComboBox *m_ethertype;
    QComboBox *m_protocol;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_remoteKind;
    QLineEdit *m_cidr;
    QComboBox *m_remoteGroup;
    QLineEdit *m_description;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errors;
    QMap<QString, QString> m_shown;
    bool m_tried = false;
};

} // namespace Ui
