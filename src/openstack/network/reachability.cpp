// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/network/reachability.h"

#include "openstack/network/rulematch.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>

namespace OpenStack::Network {

namespace {

// The rules of `groups` in `direction` whose remote matches `peer`; `why` explains the match.
QVector<std::pair<ReachRule, RuleMatch>> matching(const QStringList &groupIds, bool ingress, const Endpoint &peer,
                                                  const QHash<QString, SecurityGroup> &groups)
{
    QVector<std::pair<ReachRule, RuleMatch>> out;
    QVector<QHostAddress> addresses;
    for (const QString &a : peer.addresses)
        addresses.append(QHostAddress(a));
    QSet<QString> seen;
    for (const QString &gid : groupIds) {
        if (seen.contains(gid))
            continue;
        seen.insert(gid);
        const auto it = groups.constFind(gid);
        if (it == groups.constEnd())
            continue;
        for (const SecurityGroupRule &rule : it->rules) {
            const RuleMatch m = RuleMatch::of(rule);
            if (m.ingress != ingress)
                continue;
            QString why;
            if (m.remote == RuleMatch::Remote::Group) {
                if (peer.groupIds.contains(m.remoteId)) {
                    const QString name = groups.value(m.remoteId).name;
                    why = QCoreApplication::translate("OpenStack::Network::Reachability", "%1 is a member of %2")
                              .arg(peer.name, name.isEmpty() ? m.remoteId : name);
                }
            } else {
                for (const QHostAddress &a : std::as_const(addresses)) {
                    const bool v6 = a.protocol() == QAbstractSocket::IPv6Protocol;
                    if (v6 != m.v6 || !m.matchesAddress(a))
                        continue;
                    why = m.remote == RuleMatch::Remote::Any
                              ? QCoreApplication::translate("OpenStack::Network::Reachability",
                                                            "any address (%1 included)")
                                    .arg(a.toString())
                              : QCoreApplication::translate("OpenStack::Network::Reachability", "%1 is in %2")
                                    .arg(a.toString(), rule.remoteIpPrefix);
                    break;
                }
            }
            if (!why.isEmpty())
                out.append({ReachRule{rule, it->name, why}, m});
        }
    }
    return out;
}

} // namespace

Reachability reachability(const Endpoint &from, const Endpoint &to, const QHash<QString, SecurityGroup> &groups)
{
    Reachability r;
    const auto egress = matching(from.groupIds, false, to, groups);
    const auto ingress = matching(to.groupIds, true, from, groups);
    for (const auto &[rule, m] : egress)
        r.egress.append(rule);
    for (const auto &[rule, m] : ingress)
        r.ingress.append(rule);

    const bool egressOpen = !from.portSecurity;
    const bool ingressOpen = !to.portSecurity;
    if (egressOpen && ingressOpen) {
        r.reachable = true;
    } else if (egressOpen) {
        r.reachable = !ingress.isEmpty();
    } else if (ingressOpen) {
        r.reachable = !egress.isEmpty();
    } else {
        for (const auto &e : egress) {
            for (const auto &i : ingress) {
                if (e.second.overlapsTraffic(i.second)) {
                    r.reachable = true;
                    break;
                }
            }
            if (r.reachable)
                break;
        }
    }
    if (r.reachable)
        r.verdict = QCoreApplication::translate("OpenStack::Network::Reachability",
                                                "%1 can reach %2: %n rule(s) allow it on the way in", nullptr,
                                                int(r.ingress.size()))
                        .arg(from.name, to.name);
    else if (r.egress.isEmpty() && !egressOpen)
        r.verdict = QCoreApplication::translate("OpenStack::Network::Reachability",
                                                "%1 cannot reach %2: no egress rule of %1 allows it")
                        .arg(from.name, to.name);
    else if (r.ingress.isEmpty() && !ingressOpen)
        r.verdict = QCoreApplication::translate("OpenStack::Network::Reachability",
                                                "%1 cannot reach %2: no ingress rule of %2 allows it")
                        .arg(from.name, to.name);
    else
        r.verdict = QCoreApplication::translate("OpenStack::Network::Reachability",
                                                "%1 cannot reach %2: the egress and ingress rules share no protocol "
                                                "or port")
                        .arg(from.name, to.name);
    return r;
}

} // namespace OpenStack::Network
