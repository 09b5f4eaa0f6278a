// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/topology/editdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Ui {

EditDialog::EditDialog(const QString &title, const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_form->addRow(m_problem);
    m_form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit *EditDialog::addText(const QString &key, const QString &label, const QString &value)
{
    auto *w = new QLineEdit(value, this);
    w->setObjectName(key + QStringLiteral("Field"));
    m_fields.insert(key, w);
    m_form->insertRow(m_form->rowCount() - 2, label, w);
    connect(w, &QLineEdit::textChanged, this, &EditDialog::revalidate);
    return w;
}

QCheckBox *EditDialog::addCheck(const QString &key, const QString &label, bool value)
{
    auto *w = new QCheckBox(label, this);
    w->setObjectName(key + QStringLiteral("Field"));
    w->setChecked(value);
    m_fields.insert(key, w);
    m_form->insertRow(m_form->rowCount() - 2, QString(), w);
    connect(w, &QCheckBox::toggled, this, &EditDialog::revalidate);
    return w;
}

QPlainTextEdit *EditDialog::addLines(const QString &key, const QString &label, const QStringList &value, const QString &hint)
{
    auto *w = new QPlainTextEdit(value.join(QLatin1Char('\n')), this);
    w->setObjectName(key + QStringLiteral("Field"));
    w->setPlaceholderText(hint);
    w->setMaximumHeight(90);
    m_fields.insert(key, w);
    m_form->insertRow(m_form->rowCount() - 2, label, w);
    connect(w, &QPlainTextEdit::textChanged, this, &EditDialog::revalidate);
    return w;
}

QComboBox *EditDialog::addChoice(const QString &key, const QString &label, const Choices &choices, const QString &current)
{
    auto *w = new QComboBox(this);
    w->setObjectName(key + QStringLiteral("Field"));
    for (const auto &[text, value] : choices)
        w->addItem(text, value);
    w->setCurrentIndex(std::max(0, w->findData(current)));
    m_fields.insert(key, w);
    m_form->insertRow(m_form->rowCount() - 2, label, w);
    connect(w, &QComboBox::currentIndexChanged, this, &EditDialog::revalidate);
    return w;
}

QListWidget *EditDialog::addChecklist(const QString &key, const QString &label, const Choices &choices,
                                      const QStringList &checked)
{
    auto *w = new QListWidget(this);
    w->setObjectName(key + QStringLiteral("Field"));
    w->setMaximumHeight(120);
    m_fields.insert(key, w);
    m_form->insertRow(m_form->rowCount() - 2, label, w);
    for (const auto &[text, value] : choices) {
        auto *item = new QListWidgetItem(text, w);
        item->setData(Qt::UserRole, value);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    connect(w, &QListWidget::itemChanged, this, &EditDialog::revalidate);
    return w;
}

void EditDialog::setChecklist(const QString &key, const Choices &choices)
{
    auto *w = field<QListWidget>(key);
    if (!w)
        return;
    const QStringList checked = checkedValues(key);
    const QSignalBlocker block(w);
    w->clear();
    for (const auto &[text, value] : choices) {
        auto *item = new QListWidgetItem(text, w);
        item->setData(Qt::UserRole, value);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    revalidate();
}

QString EditDialog::text(const QString &key) const
{
    const auto *w = field<QLineEdit>(key);
    return w ? w->text().trimmed() : QString();
}

bool EditDialog::isChecked(const QString &key) const
{
    const auto *w = field<QCheckBox>(key);
    return w && w->isChecked();
}

QStringList EditDialog::lines(const QString &key) const
{
    const auto *w = field<QPlainTextEdit>(key);
    QStringList out;
    if (!w)
        return out;
    for (const QString &line : w->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QString EditDialog::choice(const QString &key) const
{
    const auto *w = field<QComboBox>(key);
    return w ? w->currentData().toString() : QString();
}

QStringList EditDialog::checkedValues(const QString &key) const
{
    const auto *w = field<QListWidget>(key);
    QStringList out;
    for (int i = 0; w && i < w->count(); ++i) {
        if (w->item(i)->checkState() == Qt::Checked)
            out << w->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void EditDialog::setCheck(Check check)
{
    m_check = std::move(check);
    revalidate();
}

QString EditDialog::problem() const
{
    return m_problem->text();
}

void EditDialog::revalidate()
{
    const QString problem = m_check ? m_check(*this) : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Ui
