// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVector>

namespace Core {

struct RequestRecord
{
    QDateTime when;
    QString service;
    QString method;
    QString path;  // URL path (and query) without host and never with a token
    int httpStatus = 0;
    QString message;
    QString requestId;
    qint64 elapsedMs = 0;
};

// The record of failed requests the window shows in its request log panel. Lives on the GUI
// thread; every backend reports here through a queued or direct call from that thread.
// Bounded: keeps the newest `capacity` records.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    explicit RequestLog(int capacity = 500, QObject *parent = nullptr);

    void addFailure(RequestRecord record);
    const QVector<RequestRecord> &records() const { return m_records; }
    void clear();

signals:
    void recordAdded(const Core::RequestRecord &record);
    void recordRemovedFromFront();
    void cleared();

private:
    int m_capacity;
    QVector<RequestRecord> m_records;
};

} // namespace Core
