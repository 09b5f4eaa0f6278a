// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Ui {

// Create or edit a security group: name (required) and description.
class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    GroupDialog(const QString &title, const QString &name, const QString &description, QWidget *parent = nullptr);
    QString name() const;
    QString description() const;
    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_nameError;
};

} // namespace Ui
