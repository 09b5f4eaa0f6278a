// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/topology/networkdialog.h"

#include "topology/subnetcheck.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Ui {

NetworkDialog::NetworkDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_cidr(new QLineEdit(this))
    , m_gateway(new QLineEdit(this))
    , m_nameError(new QLabel(this))
    , m_cidrError(new QLabel(this))
    , m_gatewayError(new QLabel(this))
{
    setWindowTitle(tr("Create Network"));
    setObjectName(QStringLiteral("networkDialog"));
    m_name->setObjectName(QStringLiteral("networkNameEdit"));
    m_cidr->setObjectName(QStringLiteral("cidrEdit"));
    m_cidr->setPlaceholderText(QStringLiteral("192.168.11.0/24"));
    m_gateway->setObjectName(QStringLiteral("gatewayEdit"));
    m_gateway->setPlaceholderText(tr("the first address when empty"));
    auto *form = new QFormLayout;
    for (auto [label, edit, error, key] :
         {std::tuple{tr("Network name"), m_name, m_nameError, "nameError"}, std::tuple{tr("Subnet CIDR"), m_cidr, m_cidrError, "cidrError"},
          std::tuple{tr("Gateway IP"), m_gateway, m_gatewayError, "gatewayError"}}) {
        error->setObjectName(QString::fromLatin1(key));
        error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
        error->hide();
        form->addRow(label, edit);
        form->addRow(QString(), error);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NetworkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString NetworkDialog::name() const
{
    return m_name->text().trimmed();
}

QString NetworkDialog::cidr() const
{
    return m_cidr->text().trimmed();
}

QString NetworkDialog::gateway() const
{
    return m_gateway->text().trimmed();
}

void NetworkDialog::accept()
{
    const QString nameProblem = name().isEmpty() ? tr("A network needs a name.") : QString();
    const QString cidrProblem = Topology::checkCidr(cidr(), &m_ipVersion);
    const QString gatewayProblem = cidrProblem.isEmpty() ? Topology::checkGateway(cidr(), gateway()) : QString();
    for (auto [label, text] : {std::pair{m_nameError, nameProblem}, std::pair{m_cidrError, cidrProblem},
                               std::pair{m_gatewayError, gatewayProblem}}) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
    if (nameProblem.isEmpty() && cidrProblem.isEmpty() && gatewayProblem.isEmpty())
        QDialog::accept();
}

} // namespace Ui
