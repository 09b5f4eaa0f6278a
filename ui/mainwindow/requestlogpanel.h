// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Core {
class RequestLog;
}

namespace Ui {

// Failed requests: service, method, URL path, HTTP status, the service's message, request id.
class RequestLogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestLogPanel(Core::RequestLog *log, QWidget *parent = nullptr);

signals:
    void failureAdded(int total);
};

} // namespace Ui
