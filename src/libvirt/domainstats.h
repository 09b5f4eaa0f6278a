// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QVector>
#include <deque>

namespace Libvirt {

// Counters of one domain from virConnectGetAllDomainStats at one instant. Cumulative values
// (cpu time, bytes) become rates only against an earlier sample; see RateCalculator.
struct DomainStatsSample
{
    QString uuid;
    QString name;
    qint64 timestampMs = 0;  // monotonic, taken when the call returned
    int state = 0;           // VIR_DOMAIN_*
    int vcpus = 0;
    qint64 cpuTimeNs = 0;    // cpu.time
    qint64 balloonKiB = 0;   // balloon.current
    qint64 maxMemoryKiB = 0; // balloon.maximum
    qint64 rssKiB = 0;       // balloon.rss (0 when the driver does not say)
    qint64 readBytes = 0;    // sum of block.N.rd.bytes
    qint64 writeBytes = 0;   // sum of block.N.wr.bytes
    qint64 rxBytes = 0;      // sum of net.N.rx.bytes
    qint64 txBytes = 0;      // sum of net.N.tx.bytes
};

// Rates between two samples of the same domain.
struct DomainRates
{
    qint64 timestampMs = 0;
    double cpuPercent = 0;     // of the domain's vCPUs: 100 = all vCPUs busy
    double memoryKiB = 0;      // balloon.current (or rss when that is known)
    double readBytesPerSec = 0;
    double writeBytesPerSec = 0;
    double rxBytesPerSec = 0;
    double txBytesPerSec = 0;
};

// Turns successive samples into rates and keeps a bounded history per domain for charts.
// Plain value object: the facade feeds it on the GUI thread, a chart reads it there.
class StatsHistory
{
public:
    explicit StatsHistory(int capacity = 120)
        : m_capacity(capacity)
    {
    }

    // Adds one tick of samples. A counter that went backwards (domain restarted) gives no rate for
    // that tick rather than a negative one. Domains missing from the tick are forgotten.
    void addTick(const QVector<DomainStatsSample> &samples);

    const std::deque<DomainRates> &history(const QString &uuid) const;
    // The most recent rates, or a zero value when there is no history yet.
    DomainRates latest(const QString &uuid) const;
    QStringList domains() const { return m_history.keys(); }
    int capacity() const { return m_capacity; }
    void clear();

    static DomainRates rates(const DomainStatsSample &before, const DomainStatsSample &after);

private:
    int m_capacity;
    QHash<QString, DomainStatsSample> m_last;
    QHash<QString, std::deque<DomainRates>> m_history;
};

} // namespace Libvirt
