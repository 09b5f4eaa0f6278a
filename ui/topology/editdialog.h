// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Ui {

// A small form for editing or creating one Neutron resource from the list tabs: fields added by
// key (each widget named "<key>Field" for tests), a check run on every change whose answer is
// shown in words under the form and keeps OK disabled until it is empty. Opened with open().
class EditDialog : public QDialog
{
    Q_OBJECT
public:
    using Choices = QList<std::pair<QString, QString>>; // label, value
    using Check = std::function<QString(const EditDialog &)>;

    EditDialog(const QString &title, const QString &objectName, QWidget *parent);

    QLineEdit *addText(const QString &key, const QString &label, const QString &value);
    QCheckBox *addCheck(const QString &key, const QString &label, bool value);
    // One entry per line (DNS servers, allocation pools).
    QPlainTextEdit *addLines(const QString &key, const QString &label, const QStringList &value, const QString &hint);
    QComboBox *addChoice(const QString &key, const QString &label, const Choices &choices, const QString &current);
    QListWidget *addChecklist(const QString &key, const QString &label, const Choices &choices, const QStringList &checked);
    // Replaces a checklist's entries (when they arrive later), keeping what is checked.
    void setChecklist(const QString &key, const Choices &choices);

    QString text(const QString &key) const;
    bool isChecked(const QString &key) const;
    QStringList lines(const QString &key) const;
    QString choice(const QString &key) const;
    QStringList checkedValues(const QString &key) const;

    void setCheck(Check check);
    QString problem() const;

private:
    void revalidate();
    template<typename W>
    W *field(const QString &key) const
    {
        return qobject_cast<W *>(m_fields.value(key));
    }

    QFormLayout *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_fields;
    Check m_check;
};

} // namespace Ui
