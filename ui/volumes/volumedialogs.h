// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/blockstorage/blockstoragetypes.h"
#include "openstack/blockstorage/volumejobs.h"
#include "openstack/compute/server.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace OpenStack {
class Session;
}

namespace Ui {

// Create Volume (创建云硬盘): blank, from an image, a snapshot or another volume; type, size,
// availability zone. Types, zones, images and the project's quota are fetched when it opens; the
// size is checked as typed (a positive whole number, at least the source's size, within the quota)
// and OK stays disabled with the reason shown. Deletes itself when closed; callers open() it.
class CreateVolumeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Source { Blank, Image, Snapshot, Volume };
    struct Choice
    {
        QString id;
        QString name;
        qint64 sizeGb = 0; // the least a volume made from it may be
    };

    CreateVolumeDialog(OpenStack::Session *session, QVector<Choice> snapshots, QVector<Choice> volumes,
                       QWidget *parent = nullptr);

    // Opens with this source chosen ("from snapshot" in the snapshots table).
    void preselect(Source source, const QString &id);
    OpenStack::BlockStorage::VolumeSpec spec() const;
    QString problem() const;
    // Filled when the fetches answer; tests wait on it.
    bool isReady() const { return m_pendingLoads == 0; }

signals:
    void ready();

private:
    void load();
    void loaded();
    void fillSources();
    void revalidate();
    Source source() const;
    qint64 minimumSize() const;

    QPointer<OpenStack::Session> m_session;
    QVector<Choice> m_images;
    QVector<Choice> m_snapshots;
    QVector<Choice> m_volumes;
    OpenStack::BlockStorage::VolumeLimits m_limits;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_source;
    QComboBox *m_sourceItem;
    QComboBox *m_type;
    QLineEdit *m_size;
    QComboBox *m_zone;
    QLabel *m_quota;
    QLabel *m_problem;
    QPushButton *m_ok;
    QString m_preselectId;
    int m_pendingLoads = 0;
};

// Attach Volume (挂载云硬盘): pick an instance from a list filtered as you type (name, id, status,
// project), optionally a device name such as /dev/vdd. Instances come from the tab's last server
// list. Deletes itself when closed; callers open() it.
class AttachVolumeDialog : public QDialog
{
    Q_OBJECT
public:
    AttachVolumeDialog(const QString &volumeName, const QVector<OpenStack::Compute::Server> &servers,
                       QWidget *parent = nullptr);

    QString serverId() const;
    QString device() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    // An instance offered by the list (names and ids match the filter).
    int visibleCount() const;

private:
    void applyFilter();
    void revalidate();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLineEdit *m_device;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace Ui
