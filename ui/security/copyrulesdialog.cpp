// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/copyrulesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

CopyRulesDialog::CopyRulesDialog(int ruleCount, const QVector<std::pair<QString, QString>> &groups, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Copy Rules"));
    setObjectName(QStringLiteral("copyRulesDialog"));
    m_list->setObjectName(QStringLiteral("targetGroupList"));
    for (const auto &[id, label] : groups) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Copy"));
    ok->setEnabled(false);
    connect(m_list, &QListWidget::itemChanged, ok, [this, ok]() { ok->setEnabled(!checkedGroupIds().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Copy %n rule(s) to these security groups:", nullptr, ruleCount), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

QStringList CopyRulesDialog::checkedGroupIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void CopyRulesDialog::setChecked(const QString &groupId, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == groupId)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace Ui
