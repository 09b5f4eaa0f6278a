// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/groupdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Ui {

GroupDialog::GroupDialog(const QString &title, const QString &name, const QString &description, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_description(new QLineEdit(description, this))
    , m_nameError(new QLabel(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("groupDialog"));
    m_name->setObjectName(QStringLiteral("groupNameEdit"));
    m_description->setObjectName(QStringLiteral("groupDescriptionEdit"));
    m_nameError->setObjectName(QStringLiteral("groupNameError"));
    m_nameError->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_nameError->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Description"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString GroupDialog::name() const
{
    return m_name->text().trimmed();
}

QString GroupDialog::description() const
{
    return m_description->text();
}

void GroupDialog::accept()
{
    QString problem;
    if (name().isEmpty())
        problem = tr("A security group needs a name.");
    else if (name().size() > 255)
        problem = tr("At most 255 characters.");
    m_nameError->setText(problem);
    m_nameError->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace Ui
