// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/ruledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using OpenStack::Network::RuleSpec;

namespace {
QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *l = new QVBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(2);
    l->addWidget(field);
    l->addWidget(error);
    return box;
}
} // namespace

RuleDialog::RuleDialog(const QString &title, const QVector<std::pair<QString, QString>> &groups,
                       const RuleSpec &initial, QWidget *parent)
    : QDialog(parent)
    , m_groupId(initial.securityGroupId)
    , m_template(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_ethertype(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_remoteKind(new QComboBox(this))
    , m_cidr(new QLineEdit(this))
    , m_remoteGroup(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("ruleDialog"));
    m_template->setObjectName(QStringLiteral("templateCombo"));
    for (const auto &t : OpenStack::Network::ruleTemplates())
        m_template->addItem(t.name, t.key);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->addItem(tr("Ingress"), QStringLiteral("ingress"));
    m_direction->addItem(tr("Egress"), QStringLiteral("egress"));
    m_ethertype->setObjectName(QStringLiteral("ethertypeCombo"));
    m_ethertype->addItem(QStringLiteral("IPv4"), QStringLiteral("IPv4"));
    m_ethertype->addItem(QStringLiteral("IPv6"), QStringLiteral("IPv6"));
    m_protocol->setObjectName(QStringLiteral("protocolCombo"));
    m_protocol->setEditable(true);
    m_protocol->addItem(tr("Any"), QString());
    for (const char *p : {"tcp", "udp", "icmp", "ipv6-icmp", "sctp", "gre", "esp", "ah", "vrrp"})
        m_protocol->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
    m_protocol->setToolTip(tr("A protocol name or an IP protocol number 0–255"));
    m_from->setObjectName(QStringLiteral("portFromEdit"));
    m_to->setObjectName(QStringLiteral("portToEdit"));
    m_remoteKind->setObjectName(QStringLiteral("remoteKindCombo"));
    m_remoteKind->addItem(tr("CIDR"));
    m_remoteKind->addItem(tr("Security Group"));
    m_cidr->setObjectName(QStringLiteral("cidrEdit"));
    m_cidr->setPlaceholderText(tr("0.0.0.0/0 when empty"));
    m_remoteGroup->setObjectName(QStringLiteral("remoteGroupCombo"));
    for (const auto &[id, name] : groups)
        m_remoteGroup->addItem(id == m_groupId ? tr("%1 (this group)").arg(name) : name, id);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));

    for (const char *key : {RuleSpec::kDirection, RuleSpec::kEthertype, RuleSpec::kProtocol, RuleSpec::kPortFrom,
                            RuleSpec::kPortTo, RuleSpec::kRemote}) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(key) + QStringLiteral("Error"));
        label->setStyleSheet(QStringLiteral("color: #b01c1c;"));
        label->setWordWrap(true);
        label->hide();
        m_errors.insert(QString::fromLatin1(key), label);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Rule"), m_template);
    form->addRow(tr("Direction"), withError(m_direction, errorLabel(RuleSpec::kDirection)));
    form->addRow(tr("EtherType"), withError(m_ethertype, errorLabel(RuleSpec::kEthertype)));
    form->addRow(tr("IP Protocol"), withError(m_protocol, errorLabel(RuleSpec::kProtocol)));
    form->addRow(m_fromLabel, withError(m_from, errorLabel(RuleSpec::kPortFrom)));
    form->addRow(m_toLabel, withError(m_to, errorLabel(RuleSpec::kPortTo)));
    form->addRow(tr("Remote"), m_remoteKind);
    auto *remoteBox = new QWidget(this);
    auto *remoteLayout = new QVBoxLayout(remoteBox);
    remoteLayout->setContentsMargins(0, 0, 0, 0);
    remoteLayout->addWidget(m_cidr);
    remoteLayout->addWidget(m_remoteGroup);
    remoteLayout->addWidget(errorLabel(RuleSpec::kRemote));
    form->addRow(tr("Remote IP Prefix / Group"), remoteBox);
    form->addRow(tr("Description"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RuleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Initial values.
    m_template->setCurrentIndex(0);
    m_direction->setCurrentIndex(initial.direction == QLatin1String("egress") ? 1 : 0);
    m_ethertype->setCurrentIndex(initial.ethertype == QLatin1String("IPv6") ? 1 : 0);
    const int pi = m_protocol->findData(initial.protocol.toLower());
    if (pi >= 0)
        m_protocol->setCurrentIndex(pi);
    else
        m_protocol->setEditText(initial.protocol);
    m_from->setText(initial.portFrom);
    m_to->setText(initial.portTo);
    m_remoteKind->setCurrentIndex(initial.remoteGroupId.isEmpty() ? 0 : 1);
    m_cidr->setText(initial.remoteIpPrefix);
    const int gi = m_remoteGroup->findData(initial.remoteGroupId.isEmpty() ? m_groupId : initial.remoteGroupId);
    m_remoteGroup->setCurrentIndex(gi < 0 ? 0 : gi);
    m_description->setText(initial.description);

    const auto showRemote = [this]() {
        m_cidr->setVisible(m_remoteKind->currentIndex() == 0);
        m_remoteGroup->setVisible(m_remoteKind->currentIndex() == 1);
    };
    showRemote();
    connect(m_remoteKind, &QComboBox::currentIndexChanged, this, [this, showRemote]() {
        showRemote();
        revalidate();
    });
    connect(m_template, &QComboBox::activated, this, &RuleDialog::applyTemplate);
    connect(m_protocol, &QComboBox::currentTextChanged, this, [this]() {
        updatePortLabels();
        revalidate();
    });
    for (QLineEdit *e : {m_from, m_to, m_cidr})
        connect(e, &QLineEdit::textChanged, this, &RuleDialog::revalidate);
    for (QComboBox *c : {m_direction, m_ethertype, m_remoteGroup})
        connect(c, &QComboBox::currentIndexChanged, this, &RuleDialog::revalidate);
    updatePortLabels();
}

QLabel *RuleDialog::errorLabel(const char *key)
{
    return m_errors.value(QString::fromLatin1(key));
}

void RuleDialog::applyTemplate(int index)
{
    const auto templates = OpenStack::Network::ruleTemplates();
    if (index < 0 || index >= templates.size())
        return;
    const auto &t = templates.at(index);
    if (t.key == QLatin1String("custom"))
        return;
    const int pi = m_protocol->findData(t.protocol);
    m_protocol->setCurrentIndex(pi);
    m_from->setText(t.portFrom < 0 ? QString() : QString::number(t.portFrom));
    m_to->setText(t.portTo < 0 ? QString() : QString::number(t.portTo));
    if (t.protocol == QLatin1String("icmp") && m_ethertype->currentIndex() == 1)
        m_protocol->setCurrentIndex(m_protocol->findData(QStringLiteral("ipv6-icmp")));
}

void RuleDialog::updatePortLabels()
{
    const int proto = OpenStack::Network::protocolNumber(spec().protocol);
    const bool icmp = OpenStack::Network::protocolIsIcmp(proto);
    const bool ports = OpenStack::Network::protocolHasPorts(proto);
    m_fromLabel->setText(icmp ? tr("ICMP type") : tr("From port"));
    m_toLabel->setText(icmp ? tr("ICMP code") : tr("To port"));
    m_from->setEnabled(icmp || ports);
    m_to->setEnabled(icmp || ports);
    m_from->setPlaceholderText(icmp ? tr("any type") : (ports ? tr("1–65535; empty for all") : tr("not used")));
    m_to->setPlaceholderText(icmp ? tr("any code") : (ports ? tr("the same as From for one port") : tr("not used")));
}

RuleSpec RuleDialog::spec() const
{
    RuleSpec s;
    s.securityGroupId = m_groupId;
    s.direction = m_direction->currentData().toString();
    s.ethertype = m_ethertype->currentData().toString();
    const int pi = m_protocol->findText(m_protocol->currentText());
    s.protocol = pi >= 0 ? m_protocol->itemData(pi).toString() : m_protocol->currentText().trimmed();
    const int proto = OpenStack::Network::protocolNumber(s.protocol);
    if (OpenStack::Network::protocolHasPorts(proto) || OpenStack::Network::protocolIsIcmp(proto)
        || !m_from->text().trimmed().isEmpty() || !m_to->text().trimmed().isEmpty()) {
        s.portFrom = m_from->text().trimmed();
        s.portTo = m_to->text().trimmed();
        // One port: the maximum is the minimum.
        if (OpenStack::Network::protocolHasPorts(proto) && s.portTo.isEmpty())
            s.portTo = s.portFrom;
    }
    if (m_remoteKind->currentIndex() == 0)
        s.remoteIpPrefix = m_cidr->text().trimmed();
    else
        s.remoteGroupId = m_remoteGroup->currentData().toString();
    s.description = m_description->text();
    return s;
}

void RuleDialog::revalidate()
{
    if (!m_tried)
        return;
    m_shown = spec().validate();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        it.value()->setText(m_shown.value(it.key()));
        it.value()->setVisible(m_shown.contains(it.key()));
    }
}

void RuleDialog::accept()
{
    m_tried = true;
    revalidate();
    if (!m_shown.isEmpty())
        return;
    QDialog::accept();
}

} // namespace Ui
