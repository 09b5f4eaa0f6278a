// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ceph/settings.h"
#include "ceph/types.h"
#include "ui/common/page.h"

#include <QPointer>

class QAction;
class QToolButton;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace Ceph {
class Cluster;
}
namespace Secrets {
class CredentialStore;
}
namespace Charts {
class ComparisonChart;
class UsageChart;
}
namespace Models {
class PoolListModel;
class RbdImageModel;
}

namespace Ui {

class CrossLayerView;
class TablePanel;

// The Ceph tab: cluster health with its checks, raw capacity, pools (table and usage chart), the
// RBD images of a pool with their snapshots and watchers and every image action, the trash, and
// the cross-layer view. Talks to Ceph only through Ceph::Cluster (librados/librbd on its own
// thread); health is re-read every few seconds so a monitor that comes back is noticed by itself.
class CephPage : public Page
{
    Q_OBJECT
public:
    explicit CephPage(QWidget *parent = nullptr);
    // `keychain` keeps a secret key pasted in the connection settings (not owned; may be null:
    // then only keyring files work).
    explicit CephPage(Secrets::CredentialStore *keychain, QWidget *parent = nullptr);
    ~CephPage() override;

    QString pageId() const override { return QStringLiteral("ceph"); }
    QString title() const override { return tr("Ceph"); }
    void setSession(OpenStack::Session *session) override;
    void refresh() override;
    bool isLoading() const override;

    // For tests and the Volumes tab.
    Ceph::Cluster *cluster() const { return m_cluster; }
    Models::PoolListModel *poolModel() const { return m_pools; }
    Models::RbdImageModel *imageModel() const { return m_images; }
    CrossLayerView *crossLayerView() const { return m_crossLayer; }
    QString currentPool() const;
    void setCurrentPool(const QString &pool);
    void setStatusIntervalMs(int ms);
    void setKeychain(Secrets::CredentialStore *keychain);
    // The connection settings dialog of the current cloud (open(), never exec()).
    void openConnectionSettings();
    QToolButton *settingsButton() const { return m_settingsButton; }

signals:
    // The cluster the tab now uses, or null when it has none (the Volumes tab reads through it).
    void clusterChanged(Ceph::Cluster *cluster);

private:
    void buildHeader(QWidget *header);
    // Resolves the cloud's Ceph settings (reading a pasted key from the keychain) and connects.
    void connectCluster();
    void useCluster(const Ceph::ClusterSettings &settings);
    void showSettingsProblem(const Core::Error &error);
    QWidget *buildPoolsTab();
    QWidget *buildImagesTab();
    void buildImageActions();
    void refreshStatus();
    void refreshImages();
    void refreshTrash();
    void showStatus(const Ceph::ClusterStatus &status, const Core::Error &error);
    void onPoolsLoaded(const Core::Error &error);
    void onImageSelectionChanged();
    void showDetails(const Ceph::ImageDetails &details);
    void updateActions();
    QStringList selectedImages() const;
    QString selectedSnapshot() const;
    void run(const Ceph::ImageOp &op, const QString &doneText);
    void runBatch(QVector<Ceph::ImageOp> ops, const QString &title);

    // imageactions.cpp
    void createImage();
    void resizeImage();
    void confirmShrink(const QString &image, qint64 bytes);
    void createSnapshot();
    void snapshotAction(Ceph::ImageOp::Kind kind);
    void cloneImage();
    void flattenImage();
    void trashImages();
    void deleteImages();
    void restoreFromTrash();

    QPointer<OpenStack::Session> m_session;
    QPointer<Secrets::CredentialStore> m_keychain;
    Ceph::Cluster *m_cluster = nullptr;
    quint64 m_clusterGeneration = 0; // a keychain answer for an older session is dropped
    QLabel *m_source = nullptr;
    QToolButton *m_settingsButton = nullptr;
    Models::PoolListModel *m_pools;
    Models::RbdImageModel *m_images;
    QTabWidget *m_tabs;
    QLabel *m_health;
    QListWidget *m_checks;
    Charts::UsageChart *m_capacity;
    Charts::ComparisonChart *m_poolChart;
    TablePanel *m_poolPanel;
    TablePanel *m_imagePanel;
    QComboBox *m_poolCombo;
    QLabel *m_detailsLabel;
    QTableWidget *m_snapshots;
    QTableWidget *m_trash;
    CrossLayerView *m_crossLayer;
    QTimer *m_statusTimer;
    Ceph::ImageDetails m_details;
    bool m_statusInFlight = false;
    int m_busyOps = 0;

    QAction *m_createAction = nullptr;
    QAction *m_resizeAction = nullptr;
    QAction *m_snapAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    QAction *m_protectAction = nullptr;
    QAction *m_unprotectAction = nullptr;
    QAction *m_removeSnapAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_flattenAction = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_restoreAction = nullptr;
};

} // namespace Ui
