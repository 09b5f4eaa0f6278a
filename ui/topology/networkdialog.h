// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Ui {

// Create Network (创建网络) with its first subnet: name, CIDR (IPv4 or IPv6) and an optional
// gateway, each validated with the message next to it before anything is sent.
class NetworkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NetworkDialog(QWidget *parent = nullptr);
    QString name() const;
    QString cidr() const;
    QString gateway() const;
    int ipVersion() const { return m_ipVersion; }
    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_cidr;
    QLineEdit *m_gateway;
    QLabel *m_nameError;
    QLabel *m_cidrError;
    QLabel *m_gatewayError;
    int m_ipVersion = 4;
};

} // namespace Ui
