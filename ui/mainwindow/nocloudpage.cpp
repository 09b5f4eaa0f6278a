// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/nocloudpage.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

NoCloudPage::NoCloudPage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("noCloudPage"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setMaximumWidth(760);
    auto *reload = new QPushButton(tr("Look Again"), this);
    reload->setObjectName(QStringLiteral("reloadConfigButton"));
    connect(reload, &QPushButton::clicked, this, &NoCloudPage::reloadRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addWidget(reload, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void NoCloudPage::setDetails(const QStringList &searchedFiles, const QString &detail)
{
    QString files;
    for (const QString &f : searchedFiles) {
        if (!QFileInfo(f).fileName().startsWith(QLatin1String("clouds.")) && !f.contains(QLatin1String("OS_")))
            continue; // secure.* is only read beside a clouds file
        files += QStringLiteral("<li><code>") + f.toHtmlEscaped() + QStringLiteral("</code></li>");
    }
    m_text->setText(
        tr("<h2>No cloud configured</h2>"
           "<p>StackDeck reads the same <code>clouds.yaml</code> as the <code>openstack</code> command. "
           "Add your cloud to <code>~/.config/openstack/clouds.yaml</code>, for example:</p>"
           "<pre>clouds:\n  mycloud:\n    auth:\n      auth_url: https://keystone.example.com:5000/v3\n"
           "      username: admin\n      project_name: admin\n      user_domain_name: Default\n"
           "      project_domain_name: Default\n    region_name: RegionOne</pre>"
           "<p>Keep the password out of that file: StackDeck asks for it and can keep it in the system "
           "keychain, or reads it from <code>secure.yaml</code> or <code>OS_PASSWORD</code>. Setting "
           "<code>OS_AUTH_URL</code> and the other <code>OS_*</code> variables works too. To try StackDeck "
           "on a demo cloud started on this machine, run <code>tests/cloud/localcloud up</code> from the "
           "source tree.</p><p>%1</p><p>Looked in:</p><ul>%2</ul>")
            .arg(detail.toHtmlEscaped(), files));
}

} // namespace Ui
