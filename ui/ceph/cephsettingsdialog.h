// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ceph/clustersettingsstore.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Ceph {
class Cluster;
}
namespace Secrets {
class CredentialStore;
}

namespace Ui {

// How the Ceph tab reaches the cluster of one cloud: ceph.conf, a keyring file OR a pasted secret
// key, and the client name; a bounded connection test that shows Ceph's own error text; saved per
// cloud (paths and client name in QSettings, a pasted key only in the keychain). Shows which source
// is in force now (these settings, clouds.yaml's stackdeck: key, or librados's defaults).
//
// Open with open(), never exec(). The test connection runs on its own Ceph::Cluster (librados on
// its worker thread), owned by the dialog; nothing here blocks.
class CephSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    CephSettingsDialog(Ceph::ClusterSettingsStore store, Secrets::CredentialStore *keychain, QWidget *parent = nullptr);
    ~CephSettingsDialog() override;

    // The connection test's bound: librados's mount and monitor timeouts; the watchdog a bit more.
    void setTestTimeoutSecs(int secs) { m_testTimeoutSecs = secs; }
    int testTimeoutSecs() const { return m_testTimeoutSecs; }
    // What the fields say now (with the pasted key, when one was typed).
    Ceph::ClusterSettings fieldSettings() const;
    Ceph::ClusterSettingsStore::UserSettings fieldUserSettings() const;
    bool isTesting() const { return m_testing; }

    void testConnection();
    void save();
    void useCloudSettings();

signals:
    void testFinished(bool ok, const QString &message);
    // The settings changed (saved or reset to clouds.yaml): the tab reconnects.
    void settingsChanged();

private:
    void fill();
    void updateFields();
    void runTest(Ceph::ClusterSettings settings);
    void setResult(const QString &text, bool ok);
    void finishSave(const Ceph::ClusterSettingsStore::UserSettings &u, const std::optional<Ceph::ClusterSettingsStore::UserSettings> &old);

    Ceph::ClusterSettingsStore m_store;
    QPointer<Secrets::CredentialStore> m_keychain;
    QLabel *m_source;
    QLineEdit *m_conf;
    QLineEdit *m_keyring;
    QLineEdit *m_key;
    QLineEdit *m_client;
    QRadioButton *m_useKeyring;
    QRadioButton *m_useKey;
    QPushButton *m_test;
    QPushButton *m_reset;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    Ceph::Cluster *m_testCluster = nullptr;
    int m_testTimeoutSecs = 10;
    bool m_testing = false;
    bool m_keyStored = false; // a key for this cloud is in the keychain already
    quint64 m_testGeneration = 0;
};

} // namespace Ui
