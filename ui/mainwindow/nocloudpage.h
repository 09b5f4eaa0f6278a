// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Ui {

// Shown when no cloud is configured: where StackDeck looked and how to add one.
class NoCloudPage : public QWidget
{
    Q_OBJECT
public:
    explicit NoCloudPage(QWidget *parent = nullptr);
    void setDetails(const QStringList &searchedFiles, const QString &detail);

signals:
    void reloadRequested();

private:
    QLabel *m_text;
};

} // namespace Ui
