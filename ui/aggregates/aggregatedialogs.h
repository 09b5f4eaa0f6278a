// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Ui {

// Create an aggregate, rename it, or set its zone: the fields not asked for are hidden. Names
// and zones are checked as they are typed (empty, taken, ':' in a zone) and OK stays disabled
// with the reason shown until they pass.
class AggregateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Rename, SetZone };
    AggregateDialog(Mode mode, const QStringList &takenNames, const QStringList &knownZones, QWidget *parent = nullptr);
    void setValues(const QString &name, const QString &zone);
    QString name() const;
    QString zone() const;
    QString problem() const;

private:
    void validate();

    Mode m_mode;
    QLineEdit *m_name;
    QComboBox *m_zone;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QStringList m_taken;
    QString m_originalName;
};

// Pick a compute host to add to an aggregate; hosts already in it are left out.
class AddHostDialog : public QDialog
{
    Q_OBJECT
public:
    AddHostDialog(const QString &aggregate, const QStringList &hosts, QWidget *parent = nullptr);
    QString host() const;

private:
    QComboBox *m_host;
};

// Edit an aggregate's metadata as key/value rows. Keys are checked with Nova's rules as they are
// typed; the changes (set and removed keys) are what changes() returns.
class MetadataDialog : public QDialog
{
    Q_OBJECT
public:
    MetadataDialog(const QString &aggregate, const QMap<QString, QString> &metadata, QWidget *parent = nullptr);
    QMap<QString, QString> metadata() const;
    QMap<QString, QString> changes() const;
    QString problem() const;
    QTableWidget *table() const { return m_table; }
    void addRow(const QString &key = {}, const QString &value = {});

private:
    void validate();

    QMap<QString, QString> m_original;
    QTableWidget *m_table;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Ui
