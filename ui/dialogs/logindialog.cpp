// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/logindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

LoginDialog::LoginDialog(const QString &cloud, const QString &user, const QString &authUrl, const QString &reason,
                         QWidget *parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to %1").arg(cloud));
    auto *layout = new QVBoxLayout(this);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, this);
        why->setObjectName(QStringLiteral("loginReason"));
        why->setWordWrap(true);
        why->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
        layout->addWidget(why);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Cloud:"), new QLabel(cloud, this));
    form->addRow(tr("Keystone:"), new QLabel(authUrl, this));
    form->addRow(tr("User:"), new QLabel(user, this));
    m_secret->setObjectName(QStringLiteral("passwordEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_secret);
    layout->addLayout(form);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log In"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_secret->setFocus();
}

QString LoginDialog::secret() const
{
    return m_secret->text();
}

bool LoginDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void LoginDialog::setKeychainAvailable(bool available, const QString &why)
{
    m_remember->setEnabled(available);
    if (!available) {
        m_remember->setChecked(false);
        m_remember->setToolTip(tr("The system keychain is unavailable: %1").arg(why));
    }
}

} // namespace Ui
