// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/compute/launchchoices.h"
#include "openstack/compute/serverjobs.h"

#include <QWizard>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace Ui {

// The launch wizard (启动云主机): name and count, source (an image, or one of the project's
// available bootable volumes picked from a list filtered as you type), flavor with its vCPU/
// RAM/disk, networks, key pair, security groups, availability zone, user data. Each page checks
// its input before Next is enabled (name, count against quota, image/flavor fit) and says why in
// words. Accepting emits launchRequested(); the page owning the wizard sends it. Opened with
// open(), never exec().
class LaunchWizard : public QWizard
{
    Q_OBJECT
public:
    explicit LaunchWizard(QWidget *parent = nullptr);

    void setChoices(const Models::LaunchChoices &choices);
    // Networks to check when the choices arrive (or now, if they are here): "launch on this network".
    void preselectNetworks(const QStringList &networkIds);
    OpenStack::Compute::LaunchSpec spec() const;
    // The first problem with the current input, or empty.
    QString validationError(int page) const;

signals:
    void launchRequested(const OpenStack::Compute::LaunchSpec &spec);

protected:
    void accept() override;

private:
    const OpenStack::Compute::Flavor *selectedFlavor() const;
    const OpenStack::Image::Image *selectedImage() const;
    const OpenStack::BlockStorage::Volume *selectedVolume() const;
    void fillVolumes();
    void filterVolumes(const QString &text);
    void revalidate();

    Models::LaunchChoices m_choices;
    QStringList m_preselectedNetworks;
    QLineEdit *m_name;
    QSpinBox *m_count;
    QComboBox *m_zone;
    QLineEdit *m_description;
    QRadioButton *m_fromImage;
    QRadioButton *m_fromVolume;
    QComboBox *m_image;
    QLineEdit *m_volumeFilter;
    QTableWidget *m_volumes; // rows in m_choices.bootableVolumes order; the filter only hides rows
    QTableWidget *m_flavors;
    QListWidget *m_networks;
    QComboBox *m_keypair;
    QListWidget *m_groups;
    QPlainTextEdit *m_userData;
    QList<QLabel *> m_problems;
};

} // namespace Ui
