// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;

namespace Ui {

// Pick the groups to copy the selected rules to (a checkable list).
class CopyRulesDialog : public QDialog
{
    Q_OBJECT
public:
    // `groups`: id → label ("web (FormalTenant)"), the source group left out by the caller.
    CopyRulesDialog(int ruleCount, const QVector<std::pair<QString, QString>> &groups, QWidget *parent = nullptr);
    QStringList checkedGroupIds() const;
    void setChecked(const QString &groupId, bool checked);

private:
    QListWidget *m_list;
};

} // namespace Ui
