// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace Ui {

// Preferences: the interface language (system, English, Simplified Chinese). Stored in QSettings
// under ui/language; it takes effect at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QString language() const; // "" (system), "en", "zh_CN"
    void save() const;

private:
    QComboBox *m_language;
};

} // namespace Ui
