// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirt/domainstats.h"

#include <QSet>

namespace Libvirt {

DomainRates StatsHistory::rates(const DomainStatsSample &before, const DomainStatsSample &after)
{
    DomainRates r;
    r.timestampMs = after.timestampMs;
    r.memoryKiB = double(after.rssKiB > 0 ? after.rssKiB : after.balloonKiB);
    const double seconds = double(after.timestampMs - before.timestampMs) / 1000.0;
    if (seconds <= 0)
        return r;
    auto perSec = [seconds](qint64 a, qint64 b) { return b >= a ? double(b - a) / seconds : 0.0; };
    const int vcpus = after.vcpus > 0 ? after.vcpus : 1;
    if (after.cpuTimeNs >= before.cpuTimeNs)
        r.cpuPercent = double(after.cpuTimeNs - before.cpuTimeNs) / (seconds * 1e9 * vcpus) * 100.0;
    r.readBytesPerSec = perSec(before.readBytes, after.readBytes);
    r.writeBytesPerSec = perSec(before.writeBytes, after.writeBytes);
    r.rxBytesPerSec = perSec(before.rxBytes, after.rxBytes);
    r.txBytesPerSec = perSec(before.txBytes, after.txBytes);
    return r;
}

void StatsHistory::addTick(const QVector<DomainStatsSample> &samples)
{
    QSet<QString> seen;
    seen.reserve(samples.size());
    for (const DomainStatsSample &s : samples) {
        seen.insert(s.uuid);
        auto last = m_last.find(s.uuid);
        if (last != m_last.end()) {
            std::deque<DomainRates> &h = m_history[s.uuid];
            h.push_back(rates(*last, s));
            while (int(h.size()) > m_capacity)
                h.pop_front();
            *last = s;
        } else {
            m_last.insert(s.uuid, s);
        }
    }
    for (auto it = m_last.begin(); it != m_last.end();) {
        if (seen.contains(it.key())) {
            ++it;
        } else {
            m_history.remove(it.key());
            it = m_last.erase(it);
        }
    }
}

const std::deque<DomainRates> &StatsHistory::history(const QString &uuid) const
{
    static const std::deque<DomainRates> empty;
    const auto it = m_history.constFind(uuid);
    return it == m_history.constEnd() ? empty : it.value();
}

DomainRates StatsHistory::latest(const QString &uuid) const
{
    const std::deque<DomainRates> &h = history(uuid);
    return h.empty() ? DomainRates{} : h.back();
}

void StatsHistory::clear()
{
    m_last.clear();
    m_history.clear();
}

} // namespace Libvirt
