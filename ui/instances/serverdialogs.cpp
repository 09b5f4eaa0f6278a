// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/instances/serverdialogs.h"

#include "openstack/client/session.h"
#include "openstack/compute/computejobs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {
QLabel *problemLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("problemLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b71c1c"));
    l->hide();
    return l;
}
} // namespace

ChoiceDialog::ChoiceDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
    , m_problem(problemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_combo->setObjectName(QStringLiteral("choiceCombo"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(prompt, this));
    layout->addWidget(m_combo);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_combo->addItem(tr("Loading…"));
    m_combo->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChoiceDialog::setChoices(const QList<std::pair<QString, QString>> &labelsAndValues)
{
    m_combo->clear();
    for (const auto &[label, value] : labelsAndValues)
        m_combo->addItem(label, value);
    m_combo->setEnabled(!labelsAndValues.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!labelsAndValues.isEmpty());
    if (labelsAndValues.isEmpty())
        setProblem(tr("There is nothing to choose from."));
}

void ChoiceDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ChoiceDialog::value() const
{
    return m_combo->currentData().toString();
}

QString ChoiceDialog::label() const
{
    return m_combo->currentText();
}

CheckListDialog::CheckListDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_problem(problemLabel(this))
{
    setWindowTitle(title);
    m_list->setObjectName(QStringLiteral("checkList"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(prompt, this));
    layout->addWidget(m_list);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CheckListDialog::setItems(const QStringList &items, const QStringList &checked)
{
    m_list->clear();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(text) ? Qt::Checked : Qt::Unchecked);
    }
}

void CheckListDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QStringList CheckListDialog::checked() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->text();
    }
    return out;
}

ConsoleLogDialog::ConsoleLogDialog(OpenStack::Session *session, const QString &serverId, const QString &serverName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_serverId(serverId)
    , m_lines(new QSpinBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Console Log: %1").arg(serverName));
    setObjectName(QStringLiteral("consoleLogDialog"));
    m_lines->setObjectName(QStringLiteral("linesSpin"));
    m_lines->setRange(0, 100000);
    m_lines->setValue(200);
    m_lines->setSpecialValueText(tr("all"));
    m_text->setObjectName(QStringLiteral("consoleLogText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshLogButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Last lines:"), this));
    top->addWidget(m_lines);
    top->addStretch();
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text);
    resize(800, 500);
    connect(refresh, &QPushButton::clicked, this, &ConsoleLogDialog::reload);
    reload();
}

void ConsoleLogDialog::reload()
{
    auto *job = new OpenStack::Compute::ConsoleOutputJob(m_session, m_serverId, m_lines->value(), this);
    connect(job, &OpenStack::RestJob::finished, this, [this](OpenStack::RestJob *j) {
        if (j->error()) {
            m_text->setPlainText(tr("Could not read the console log: %1").arg(j->error().toString()));
            return;
        }
        m_text->setPlainText(static_cast<OpenStack::Compute::ConsoleOutputJob *>(j)->output());
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    });
    job->start();
}

ActionLogDialog::ActionLogDialog(OpenStack::Session *session, const QString &serverId, const QString &serverName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_serverId(serverId)
    , m_table(new QTableWidget(this))
    , m_problem(problemLabel(this))
{
    setWindowTitle(tr("Action Log: %1").arg(serverName));
    setObjectName(QStringLiteral("actionLogDialog"));
    m_table->setObjectName(QStringLiteral("actionLogTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Request ID"), tr("Action"), tr("Start Time"), tr("User ID"), tr("Message")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_table);
    layout->addWidget(refresh, 0, Qt::AlignRight);
    resize(800, 400);
    connect(refresh, &QPushButton::clicked, this, &ActionLogDialog::reload);
    reload();
}

void ActionLogDialog::reload()
{
    auto *job = new OpenStack::Compute::ListInstanceActionsJob(m_session, m_serverId, this);
    connect(job, &OpenStack::RestJob::finished, this, [this](OpenStack::RestJob *j) {
        m_problem->setVisible(bool(j->error()));
        if (j->error()) {
            m_problem->setText(tr("Could not read the action log: %1").arg(j->error().toString()));
            return;
        }
        const auto &items = static_cast<OpenStack::Compute::ListInstanceActionsJob *>(j)->items();
        m_table->setRowCount(int(items.size()));
        for (int r = 0; r < items.size(); ++r) {
            const auto &a = items.at(r);
            m_table->setItem(r, 0, new QTableWidgetItem(a.id));
            m_table->setItem(r, 1, new QTableWidgetItem(a.action));
            m_table->setItem(r, 2, new QTableWidgetItem(QLocale().toString(a.started.toLocalTime(), QLocale::ShortFormat)));
            m_table->setItem(r, 3, new QTableWidgetItem(a.userId));
            m_table->setItem(r, 4, new QTableWidgetItem(a.message));
        }
        m_table->resizeColumnsToContents();
    });
    job->start();
}

} // namespace Ui
