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

namespace Ui {

// A small form for the Volumes tab's simple actions (edit, extend, snapshot, backup, upload,
// transfer, retype…): labelled fields with behaviour-named object names, a validator that runs on
// every edit and keeps OK disabled with the reason shown, and no nested event loop — callers
// open() it and act on accepted(). Deletes itself when closed.
class VolumeFormDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns an error text for the current field values, or empty when they are fine.
    using Validator = std::function<QString(const VolumeFormDialog &)>;

    VolumeFormDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    QLineEdit *addLine(const QString &key, const QString &label, const QString &value = {});
    QComboBox *addChoice(const QString &key, const QString &label, const QVector<std::pair<QString, QString>> &choices,
                         const QString &current = {});
    QCheckBox *addCheck(const QString &key, const QString &label, bool checked = false);
    void addNote(const QString &text);
    void setValidator(Validator validator);
    void setOkText(const QString &text);

    QString text(const QString &key) const;   // a line's text, or a choice's data
    bool checked(const QString &key) const;
    QString problem() const;                  // what the validator says now
    void revalidate();

private:
    QFormLayout *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_choices;
    QHash<QString, QCheckBox *> m_checks;
    Validator m_validator;
};

} // namespace Ui
