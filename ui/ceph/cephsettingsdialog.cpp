// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ceph/cephsettingsdialog.h"

#include "ceph/cluster.h"
#include "secrets/credentialstore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Ui {

using Store = Ceph::ClusterSettingsStore;

namespace {
// A line edit with a "Browse…" button that opens a file dialog with open() (no nested loop).
QWidget *withBrowse(QLineEdit *edit, const QString &buttonName, const QString &caption, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(QCoreApplication::translate("Ui::CephSettingsDialog", "Browse…"), row);
    browse->setObjectName(buttonName);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, caption]() {
        auto *dialog = new QFileDialog(edit->window(), caption, edit->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        QObject::connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        dialog->open();
    });
    return row;
}
} // namespace

CephSettingsDialog::CephSettingsDialog(Ceph::ClusterSettingsStore store, Secrets::CredentialStore *keychain, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_keychain(keychain)
    , m_source(new QLabel(this))
    , m_conf(new QLineEdit(this))
    , m_keyring(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_client(new QLineEdit(this))
    , m_useKeyring(new QRadioButton(tr("Keyring file"), this))
    , m_useKey(new QRadioButton(tr("Secret key (kept in the system keychain)"), this))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_reset(new QPushButton(tr("Use clouds.yaml"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("cephSettingsDialog"));
    setWindowTitle(tr("Ceph Connection — %1").arg(m_store.cloud()));
    m_source->setObjectName(QStringLiteral("cephSettingsSourceLabel"));
    m_source->setWordWrap(true);
    m_conf->setObjectName(QStringLiteral("cephConfEdit"));
    m_conf->setPlaceholderText(tr("empty: CEPH_CONF or /etc/ceph/ceph.conf"));
    m_keyring->setObjectName(QStringLiteral("cephKeyringEdit"));
    m_keyring->setPlaceholderText(tr("empty: the keyring named in ceph.conf"));
    m_key->setObjectName(QStringLiteral("cephSecretKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setToolTip(tr("The base64 key of the client (the \"key =\" line of its keyring). "
                         "It is stored in the system keychain only, never in a file."));
    m_client->setObjectName(QStringLiteral("cephClientEdit"));
    m_client->setPlaceholderText(QStringLiteral("admin"));
    m_client->setToolTip(tr("The Ceph user without \"client.\", e.g. admin, cinder or docker"));
    m_useKeyring->setObjectName(QStringLiteral("cephUseKeyringRadio"));
    m_useKey->setObjectName(QStringLiteral("cephUseKeyRadio"));
    m_test->setObjectName(QStringLiteral("cephTestConnectionButton"));
    m_reset->setObjectName(QStringLiteral("cephUseCloudsYamlButton"));
    m_reset->setToolTip(tr("Forget these settings for this cloud (and a stored key); use clouds.yaml or librados's defaults"));
    m_result->setObjectName(QStringLiteral("cephTestResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setObjectName(QStringLiteral("cephSettingsButtons"));

    auto *form = new QFormLayout;
    form->addRow(tr("ceph.conf:"), withBrowse(m_conf, QStringLiteral("cephConfBrowseButton"), tr("Choose ceph.conf"), this));
    form->addRow(tr("Client name:"), m_client);
    form->addRow(tr("Authenticate with:"), m_useKeyring);
    form->addRow(QString(), withBrowse(m_keyring, QStringLiteral("cephKeyringBrowseButton"), tr("Choose a keyring"), this));
    form->addRow(QString(), m_useKey);
    form->addRow(QString(), m_key);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);

    m_buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_useKeyring, &QRadioButton::toggled, this, &CephSettingsDialog::updateFields);
    connect(m_test, &QPushButton::clicked, this, &CephSettingsDialog::testConnection);
    connect(m_reset, &QPushButton::clicked, this, &CephSettingsDialog::useCloudSettings);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CephSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
    resize(560, sizeHint().height());
}

CephSettingsDialog::~CephSettingsDialog() = default;

void CephSettingsDialog::fill()
{
    const Store::Source source = m_store.source();
    m_source->setText(tr("In use now: %1.").arg(Store::sourceText(source)));
    const auto user = m_store.userSettings();
    const Ceph::ClusterSettings s = m_store.resolve();
    m_conf->setText(s.confFile);
    m_keyring->setText(s.keyringFile);
    m_client->setText(s.clientName);
    m_keyStored = user && user->useSecretKey;
    (m_keyStored ? m_useKey : m_useKeyring)->setChecked(true);
    m_key->setPlaceholderText(m_keyStored ? tr("a key is stored in the keychain; leave empty to keep it")
                                          : tr("paste the key here"));
    m_reset->setEnabled(source == Store::Source::UserSettings);
    updateFields();
}

void CephSettingsDialog::updateFields()
{
    const bool key = m_useKey->isChecked();
    m_keyring->setEnabled(!key);
    m_key->setEnabled(key);
    if (key && !m_keychain) {
        m_useKey->setToolTip(tr("No keychain is available: use a keyring file"));
    }
}

Store::UserSettings CephSettingsDialog::fieldUserSettings() const
{
    Store::UserSettings u;
    u.confFile = m_conf->text().trimmed();
    u.keyringFile = m_keyring->text().trimmed();
    u.clientName = Store::normalizedClient(m_client->text());
    u.useSecretKey = m_useKey->isChecked();
    return u;
}

Ceph::ClusterSettings CephSettingsDialog::fieldSettings() const
{
    Ceph::ClusterSettings s = Store::toClusterSettings(fieldUserSettings());
    if (m_useKey->isChecked())
        s.secretKey = m_key->text().trimmed();
    return s;
}

void CephSettingsDialog::setResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1e7b34; }") : QStringLiteral("QLabel { color: #8a1c1c; }"));
    m_result->setProperty("ok", ok);
}

void CephSettingsDialog::testConnection()
{
    if (fieldUserSettings().clientName.isEmpty()) {
        setResult(tr("Enter a client name (e.g. admin)."), false);
        emit testFinished(false, m_result->text());
        return;
    }
    Ceph::ClusterSettings s = fieldSettings();
    if (!m_useKey->isChecked() || !s.secretKey.isEmpty()) {
        runTest(s);
        return;
    }
    if (!m_keyStored || !m_keychain) {
        setResult(tr("Paste the client's secret key first."), false);
        emit testFinished(false, m_result->text());
        return;
    }
    // Test with the key saved earlier: read it back from the keychain (asynchronously).
    m_testing = true;
    m_test->setEnabled(false);
    setResult(tr("Reading the stored key from the keychain…"), true);
    const quint64 generation = ++m_testGeneration;
    m_keychain->read(m_store.keychainKey(s.clientName), this, [this, s, generation](const Secrets::CredentialStore::Result &r) mutable {
        if (generation != m_testGeneration)
            return;
        if (r.status != Secrets::CredentialStore::Status::Ok) {
            m_testing = false;
            m_test->setEnabled(true);
            setResult(r.status == Secrets::CredentialStore::Status::Unavailable
                          ? tr("The system keychain is unavailable: %1").arg(r.message)
                          : tr("No key for client.%1 is stored in the keychain: paste it.").arg(s.clientName),
                      false);
            emit testFinished(false, m_result->text());
            return;
        }
        s.secretKey = r.secret;
        runTest(s);
    });
}

void CephSettingsDialog::runTest(Ceph::ClusterSettings s)
{
    s.mountTimeoutSecs = m_testTimeoutSecs;
    s.monOpTimeoutSecs = m_testTimeoutSecs;
    s.osdOpTimeoutSecs = m_testTimeoutSecs;
    s.callTimeoutMs = (m_testTimeoutSecs + 5) * 1000;
    // A test still in flight is abandoned: its cluster finishes on its own worker.
    if (m_testCluster)
        m_testCluster->deleteLater();
    m_testCluster = Ceph::Cluster::create(s, this);
    m_testing = true;
    m_test->setEnabled(false);
    setResult(tr("Connecting as client.%1 (at most %n second(s))…", nullptr, m_testTimeoutSecs).arg(s.clientName), true);
    const quint64 generation = ++m_testGeneration;
    m_testCluster->status(this, [this, generation](const Ceph::ClusterStatus &status, const Core::Error &error) {
        if (generation != m_testGeneration)
            return;
        m_testing = false;
        m_test->setEnabled(true);
        if (error)
            setResult(tr("Could not connect: %1").arg(error.toString()), false);
        else
            setResult(tr("Connected: %1, %n OSD(s), cluster %2", nullptr, status.osds).arg(status.health, status.fsid), true);
        emit testFinished(!error, m_result->text());
    });
}

void CephSettingsDialog::save()
{
    const Store::UserSettings u = fieldUserSettings();
    if (u.clientName.isEmpty()) {
        setResult(tr("Enter a client name (e.g. admin)."), false);
        return;
    }
    const auto old = m_store.userSettings();
    if (!u.useSecretKey) {
        finishSave(u, old);
        return;
    }
    const QString key = m_key->text().trimmed();
    const bool sameClient = old && old->useSecretKey && Store::normalizedClient(old->clientName) == u.clientName;
    if (key.isEmpty() && m_keyStored && sameClient) {
        finishSave(u, old); // keep the stored key
        return;
    }
    if (key.isEmpty()) {
        setResult(tr("Paste the client's secret key, or choose a keyring file."), false);
        return;
    }
    if (!m_keychain) {
        setResult(tr("No keychain is available, and the key is never written to a file: use a keyring file."), false);
        return;
    }
    m_buttons->setEnabled(false);
    setResult(tr("Storing the key in the system keychain…"), true);
    m_keychain->write(m_store.keychainKey(u.clientName), key, this, [this, u, old](const Secrets::CredentialStore::Result &r) {
        m_buttons->setEnabled(true);
        if (r.status != Secrets::CredentialStore::Status::Ok) {
            setResult(r.status == Secrets::CredentialStore::Status::Unavailable
                          ? tr("The system keychain is unavailable (%1). The key was not saved, and it is never written to a "
                               "file: use a keyring file, or try again when the keychain is back.")
                                .arg(r.message)
                          : tr("The keychain did not store the key: %1").arg(r.message),
                      false);
            return;
        }
        m_key->clear();
        finishSave(u, old);
    });
}

void CephSettingsDialog::finishSave(const Store::UserSettings &u, const std::optional<Store::UserSettings> &old)
{
    // A key stored for another client, or no longer used, leaves the keychain.
    if (old && old->useSecretKey && m_keychain
        && (!u.useSecretKey || Store::normalizedClient(old->clientName) != u.clientName))
        m_keychain->remove(m_store.keychainKey(old->clientName), this, [](const Secrets::CredentialStore::Result &) {});
    m_store.saveUserSettings(u);
    emit settingsChanged();
    accept();
}

void CephSettingsDialog::useCloudSettings()
{
    const auto old = m_store.userSettings();
    if (old && old->useSecretKey && m_keychain)
        m_keychain->remove(m_store.keychainKey(old->clientName), this, [](const Secrets::CredentialStore::Result &) {});
    m_store.clearUserSettings();
    emit settingsChanged();
    accept();
}

} // namespace Ui
