// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Ui {

// Asks for the password (or application-credential secret) of one cloud. "Remember" keeps it in
// the system keychain; it is disabled with a reason when the keychain is unavailable.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const QString &cloud, const QString &user, const QString &authUrl, const QString &reason,
                QWidget *parent = nullptr);

    QString secret() const;
    bool remember() const;
    void setKeychainAvailable(bool available, const QString &why = {});

private:
    QLineEdit *m_secret;
    QCheckBox *m_remember;
};

} // namespace Ui
