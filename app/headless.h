// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/options.h"

#include <QObject>

class QNetworkAccessManager;

namespace Core {
class RequestLog;
}
namespace Secrets {
class CredentialStore;
}

namespace App {

// `stackdeck export …`: connects with the same Connector and loads the same model the tab uses,
// prints it to stdout, and quits with 0, 1 (the cloud failed) or 2 (usage or configuration).
class Headless : public QObject
{
    Q_OBJECT
public:
    Headless(Options options, QObject *parent = nullptr);
    void start();

    // `stackdeck clouds`: one line per configured cloud ("name<TAB>source file"); exit status 0,
    // 2 when the configuration is broken, 3 when no cloud is configured.
    static int listClouds();

private:
    void finish(int code, const QString &message = {});

    Options m_options;
    QNetworkAccessManager *m_network;
    Core::RequestLog *m_log;
    Secrets::CredentialStore *m_store;
    int m_flagged = 0; // `audit`: findings, for the exit status
};

} // namespace App
