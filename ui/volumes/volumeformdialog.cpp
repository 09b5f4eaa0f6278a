// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/volumes/volumeformdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

VolumeFormDialog::VolumeFormDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro, this);
        label->setWordWrap(true);
        label->setObjectName(QStringLiteral("introLabel"));
        layout->addWidget(label);
    }
    layout->addLayout(m_form);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit *VolumeFormDialog::addLine(const QString &key, const QString &label, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(key + QStringLiteral("Edit"));
    m_form->addRow(label, edit);
    m_lines.insert(key, edit);
    connect(edit, &QLineEdit::textChanged, this, &VolumeFormDialog::revalidate);
    return edit;
}

QComboBox *VolumeFormDialog::addChoice(const QString &key, const QString &label,
                                       const QVector<std::pair<QString, QString>> &choices, const QString &current)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(key + QStringLiteral("Combo"));
    for (const auto &[data, text] : choices)
        combo->addItem(text, data);
    const int at = combo->findData(current);
    if (at >= 0)
        combo->setCurrentIndex(at);
    m_form->addRow(label, combo);
    m_choices.insert(key, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &VolumeFormDialog::revalidate);
    return combo;
}

QCheckBox *VolumeFormDialog::addCheck(const QString &key, const QString &label, bool checked)
{
    auto *box = new QCheckBox(label, this);
    box->setObjectName(key + QStringLiteral("Check"));
    box->setChecked(checked);
    m_form->addRow(QString(), box);
    m_checks.insert(key, box);
    connect(box, &QCheckBox::toggled, this, &VolumeFormDialog::revalidate);
    return box;
}

void VolumeFormDialog::addNote(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    m_form->addRow(label);
}

void VolumeFormDialog::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void VolumeFormDialog::setOkText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

QString VolumeFormDialog::text(const QString &key) const
{
    if (const QLineEdit *e = m_lines.value(key))
        return e->text().trimmed();
    if (const QComboBox *c = m_choices.value(key))
        return c->currentData().toString();
    return {};
}

bool VolumeFormDialog::checked(const QString &key) const
{
    const QCheckBox *b = m_checks.value(key);
    return b && b->isChecked();
}

QString VolumeFormDialog::problem() const
{
    return m_validator ? m_validator(*this) : QString();
}

void VolumeFormDialog::revalidate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace Ui
