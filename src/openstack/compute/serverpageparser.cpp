// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/compute/serverpageparser.h"

#include "openstack/client/jsonfields.h"
#include "openstack/compute/jsonscanner.h"

#include <QCoreApplication>
#include <algorithm>

namespace OpenStack::Compute {

namespace {

// The members of a server StackDeck reads; the rest are skipped.
enum class Field {
    Other, Id, Name, Status, TaskState, VmState, PowerState, TenantId, UserId, HostId, Host, HypervisorHostname,
    InstanceName, Zone, Image, KeyName, Description, AccessIPv4, AccessIPv6, LockedReason, HostStatus, Progress,
    Locked, ConfigDrive, Flavor, Addresses, SecurityGroups, Volumes, Metadata, Tags, Fault, Created, Updated,
    LaunchedAt
};

Field fieldOf(QByteArrayView k)
{
    switch (k.size()) {
    case 2: return keyIs(k, "id") ? Field::Id : Field::Other;
    case 4: return keyIs(k, "name") ? Field::Name : keyIs(k, "tags") ? Field::Tags : Field::Other;
    case 5: return keyIs(k, "image") ? Field::Image : keyIs(k, "fault") ? Field::Fault : Field::Other;
    case 6:
        return keyIs(k, "status") ? Field::Status : keyIs(k, "hostId") ? Field::HostId : keyIs(k, "flavor") ? Field::Flavor
             : keyIs(k, "locked") ? Field::Locked : Field::Other;
    case 7:
        return keyIs(k, "user_id") ? Field::UserId : keyIs(k, "created") ? Field::Created : keyIs(k, "updated") ? Field::Updated
                                                                                               : Field::Other;
    case 8:
        return keyIs(k, "metadata") ? Field::Metadata : keyIs(k, "progress") ? Field::Progress
             : keyIs(k, "key_name") ? Field::KeyName : Field::Other;
    case 9: return keyIs(k, "tenant_id") ? Field::TenantId : keyIs(k, "addresses") ? Field::Addresses : Field::Other;
    case 10: return keyIs(k, "accessIPv4") ? Field::AccessIPv4 : keyIs(k, "accessIPv6") ? Field::AccessIPv6 : Field::Other;
    case 11: return keyIs(k, "description") ? Field::Description : keyIs(k, "host_status") ? Field::HostStatus : Field::Other;
    case 12: return keyIs(k, "config_drive") ? Field::ConfigDrive : Field::Other;
    case 13: return keyIs(k, "locked_reason") ? Field::LockedReason : Field::Other;
    case 15: return keyIs(k, "security_groups") ? Field::SecurityGroups : Field::Other;
    case 19: return keyIs(k, "OS-EXT-STS:vm_state") ? Field::VmState : Field::Other;
    case 20: return keyIs(k, "OS-EXT-SRV-ATTR:host") ? Field::Host : Field::Other;
    case 21: return keyIs(k, "OS-EXT-STS:task_state") ? Field::TaskState : Field::Other;
    case 22:
        return keyIs(k, "OS-EXT-STS:power_state") ? Field::PowerState
             : keyIs(k, "OS-SRV-USG:launched_at") ? Field::LaunchedAt : Field::Other;
    case 27: return keyIs(k, "OS-EXT-AZ:availability_zone") ? Field::Zone : Field::Other;
    case 29: return keyIs(k, "OS-EXT-SRV-ATTR:instance_name") ? Field::InstanceName : Field::Other;
    case 35: return keyIs(k, "OS-EXT-SRV-ATTR:hypervisor_hostname") ? Field::HypervisorHostname : Field::Other;
    case 36: return keyIs(k, "os-extended-volumes:volumes_attached") ? Field::Volumes : Field::Other;
    default: return Field::Other;
    }
}

// Reads values with the same leniency as FieldReader and QJsonValue's conversions, so both paths
// agree on odd input (a number where a string was expected, null, a missing member).
class ServerReader
{
public:
    ServerReader(JsonScanner &sc, ServerPageParser &parser)
        : m_sc(sc)
        , m_parser(parser)
    {
    }

    // FieldReader::string(): a string, a number as text, anything else empty.
    QString text(bool shared)
    {
        const char c = m_sc.peek();
        if (c == '"') {
            QByteArrayView raw;
            bool escaped = false;
            if (!m_sc.string(&raw, &escaped))
                return {};
            return (shared && !escaped) ? m_parser.intern(raw) : decodeJsonString(raw, escaped);
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            double d = 0;
            return m_sc.number(&d) ? QString::number(d) : QString();
        }
        m_sc.skip();
        return {};
    }
    // QJsonValue::toString(): a string, anything else empty.
    QString stringOnly(bool shared)
    {
        if (m_sc.peek() != '"') {
            m_sc.skip();
            return {};
        }
        return text(shared);
    }
    // FieldReader::integer() with fallback 0.
    qint64 integer()
    {
        const char c = m_sc.peek();
        if (c == '-' || (c >= '0' && c <= '9')) {
            double d = 0;
            return m_sc.number(&d) ? qint64(d) : 0;
        }
        if (c == '"') {
            bool ok = false;
            const qint64 n = text(false).toLongLong(&ok);
            return ok ? n : 0;
        }
        m_sc.skip();
        return 0;
    }
    // QJsonValue::toInt(fallback): an integral number that fits, else the fallback.
    int toInt(int fallback)
    {
        const char c = m_sc.peek();
        if (c == '-' || (c >= '0' && c <= '9')) {
            double d = 0;
            if (!m_sc.number(&d))
                return fallback;
            const int i = int(d);
            return (d >= double(INT_MIN) && d <= double(INT_MAX) && double(i) == d) ? i : fallback;
        }
        m_sc.skip();
        return fallback;
    }
    // FieldReader::boolean() with fallback false.
    bool boolean()
    {
        const char c = m_sc.peek();
        if (c == 't')
            return m_sc.literal("true", 4);
        if (c == 'f') {
            m_sc.literal("false", 5);
            return false;
        }
        if (c == '"')
            return text(false).toLower() == QLatin1String("true");
        m_sc.skip();
        return false;
    }
    QDateTime timestamp()
    {
        if (m_sc.peek() != '"') {
            m_sc.skip();
            return {};
        }
        QByteArrayView raw;
        bool escaped = false;
        if (!m_sc.string(&raw, &escaped))
            return {};
        return escaped ? parseTimestamp(decodeJsonString(raw, true)) : parseTimestampFast(raw);
    }
    QString key(QByteArrayView raw) { return m_parser.intern(raw); }

    // Calls onMember(name) for each member of an object value, which reads or skips the member's
    // value. A value of any other kind is skipped; then it returns false.
    template<typename F>
    bool members(F onMember)
    {
        if (m_sc.peek() != '{') {
            m_sc.skip();
            return false;
        }
        m_sc.expect('{');
        bool first = true;
        QByteArrayView k;
        while (m_sc.member(&k, &first))
            onMember(k);
        return true;
    }
    // Calls onElement() for each element of an array value, which reads or skips it. A value of
    // any other kind is skipped.
    template<typename F>
    void elements(F onElement)
    {
        if (m_sc.peek() != '[') {
            m_sc.skip();
            return;
        }
        m_sc.expect('[');
        bool first = true;
        while (m_sc.element(&first))
            onElement();
    }

    void flavor(ServerFlavor *out);
    void addresses(QVector<ServerAddress> *out);
    void fault(ServerFault *out);
    // Server::fromJson() of one object; `missing` gets the required members that were not there.
    void server(Server *s, QStringList *missing);

    JsonScanner &m_sc;
    ServerPageParser &m_parser;
};

void ServerReader::flavor(ServerFlavor *out)
{
    ServerFlavor f;
    const bool object = members([&](QByteArrayView k) {
        if (keyIs(k, "original_name")) {
            f.embedded = true;
            f.name = text(true);
        } else if (keyIs(k, "id")) {
            f.id = stringOnly(true);
        } else if (keyIs(k, "vcpus")) {
            f.vcpus = int(integer());
        } else if (keyIs(k, "ram")) {
            f.ramMib = integer();
        } else if (keyIs(k, "disk")) {
            f.diskGb = int(integer());
        } else if (keyIs(k, "ephemeral")) {
            f.ephemeralGb = int(integer());
        } else if (keyIs(k, "swap")) {
            f.swapMib = integer();
        } else {
            m_sc.skip();
        }
    });
    if (!object)
        return;
    // As flavorFromJson(): the embedded copy (2.47+) or only the id, never a mix.
    if (f.embedded)
        f.id.clear();
    else {
        ServerFlavor idOnly;
        idOnly.id = f.id;
        f = idOnly;
    }
    *out = f;
}

void ServerReader::addresses(QVector<ServerAddress> *out)
{
    members([&](QByteArrayView k) {
        const QString network = key(k);
        elements([&]() {
            ServerAddress a;
            a.network = network;
            const bool object = members([&](QByteArrayView ak) {
                if (keyIs(ak, "addr"))
                    a.address = stringOnly(false);
                else if (keyIs(ak, "version"))
                    a.version = toInt(4);
                else if (keyIs(ak, "OS-EXT-IPS:type"))
                    a.type = stringOnly(true);
                else if (keyIs(ak, "OS-EXT-IPS-MAC:mac_addr"))
                    a.mac = stringOnly(false);
                else
                    m_sc.skip();
            });
            if (object && !a.address.isEmpty())
                out->append(std::move(a));
        });
    });
    // A QJsonObject iterates its keys in order: networks come sorted by name, as fromJson() has them.
    std::stable_sort(out->begin(), out->end(),
                     [](const ServerAddress &x, const ServerAddress &y) { return x.network < y.network; });
}

void ServerReader::fault(ServerFault *out)
{
    members([&](QByteArrayView k) {
        if (keyIs(k, "code"))
            out->code = toInt(0);
        else if (keyIs(k, "message"))
            out->message = stringOnly(false);
        else if (keyIs(k, "details"))
            out->details = stringOnly(false);
        else if (keyIs(k, "created"))
            out->created = timestamp();
        else
            m_sc.skip();
    });
}

void ServerReader::server(Server *s, QStringList *missing)
{
    m_sc.expect('{');
    bool first = true;
    QByteArrayView k;
    while (m_sc.member(&k, &first)) {
        switch (fieldOf(k)) {
        case Field::Id: s->id = stringOnly(false); break;
        case Field::Status: s->status = stringOnly(true); break; // required: a non-empty string
        case Field::Name: s->name = text(false); break;
        case Field::TaskState: s->taskState = text(true); break;
        case Field::VmState: s->vmState = text(true); break;
        case Field::PowerState: s->powerState = int(integer()); break;
        case Field::TenantId: s->projectId = text(true); break;
        case Field::UserId: s->userId = text(true); break;
        case Field::HostId: s->hostId = text(true); break;
        case Field::Host: s->host = text(true); break;
        case Field::HypervisorHostname: s->hypervisorHostname = text(true); break;
        case Field::InstanceName: s->instanceName = text(false); break;
        case Field::Zone: s->availabilityZone = text(true); break;
        case Field::KeyName: s->keyName = text(true); break;
        case Field::Description: s->description = text(false); break;
        case Field::AccessIPv4: s->accessIPv4 = text(false); break;
        case Field::AccessIPv6: s->accessIPv6 = text(false); break;
        case Field::LockedReason: s->lockedReason = text(false); break;
        case Field::HostStatus: s->hostStatus = text(true); break;
        case Field::Progress: s->progress = int(integer()); break;
        case Field::Locked: s->locked = boolean(); break;
        case Field::ConfigDrive: {
            const QString v = text(true);
            s->configDrive = v == QLatin1String("True") || v == QLatin1String("true");
            break;
        }
        case Field::Image:
            // "" (boot from volume) or {"id": …}.
            s->imageId.clear();
            members([&](QByteArrayView ik) {
                if (keyIs(ik, "id"))
                    s->imageId = stringOnly(true);
                else
                    m_sc.skip();
            });
            break;
        case Field::Flavor: flavor(&s->flavor); break;
        case Field::Addresses: s->addresses.clear(); addresses(&s->addresses); break;
        case Field::SecurityGroups:
            s->securityGroups.clear();
            elements([&]() {
                members([&](QByteArrayView gk) {
                    if (!keyIs(gk, "name")) {
                        m_sc.skip();
                        return;
                    }
                    const QString name = stringOnly(true);
                    if (!name.isEmpty() && !s->securityGroups.contains(name))
                        s->securityGroups << name;
                });
            });
            break;
        case Field::Volumes:
            s->attachedVolumeIds.clear();
            elements([&]() {
                QString id;
                members([&](QByteArrayView vk) {
                    if (keyIs(vk, "id"))
                        id = stringOnly(false);
                    else
                        m_sc.skip();
                });
                s->attachedVolumeIds << id;
            });
            break;
        case Field::Metadata:
            s->metadata.clear();
            members([&](QByteArrayView mk) {
                const QString name = key(mk);
                s->metadata.insert(name, stringOnly(true));
            });
            break;
        case Field::Tags:
            s->tags.clear();
            elements([&]() { s->tags << stringOnly(true); });
            break;
        case Field::Fault: s->fault = {}; fault(&s->fault); break;
        case Field::Created: s->created = timestamp(); break;
        case Field::Updated: s->updated = timestamp(); break;
        case Field::LaunchedAt: s->launchedAt = timestamp(); break;
        case Field::Other: m_sc.skip(); break;
        }
        if (m_sc.failed())
            return;
    }
    if (s->id.isEmpty())
        *missing << QStringLiteral("id");
    if (s->status.isEmpty())
        *missing << QStringLiteral("status");
}

int twoDigits(const char *p)
{
    if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
        return -1;
    return (p[0] - '0') * 10 + (p[1] - '0');
}

} // namespace

QString ServerPageParser::intern(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return {};
    // A raw-data key only for the lookup: nothing is copied unless the value is new.
    const auto it = m_interned.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (it != m_interned.constEnd())
        return it.value();
    QString value = QString::fromUtf8(utf8);
    // Long or countless values (a fleet of unique descriptions) are not worth remembering.
    if (utf8.size() <= 128 && m_interned.size() < 100000)
        m_interned.insert(utf8.toByteArray(), value);
    return value;
}

QDateTime parseTimestampFast(QByteArrayView t)
{
    // YYYY-MM-DDTHH:MM:SS, then optionally .fraction, then Z, ±HH:MM or nothing (UTC).
    const char *p = t.data();
    const qsizetype n = t.size();
    if (n >= 19 && p[4] == '-' && p[7] == '-' && (p[10] == 'T' || p[10] == ' ') && p[13] == ':' && p[16] == ':') {
        const int y1 = twoDigits(p), y2 = twoDigits(p + 2), mo = twoDigits(p + 5), d = twoDigits(p + 8),
                  h = twoDigits(p + 11), mi = twoDigits(p + 14), s = twoDigits(p + 17);
        qsizetype i = 19;
        int ms = 0;
        bool ok = y1 >= 0 && y2 >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && s >= 0;
        if (ok && i < n && p[i] == '.') {
            ++i;
            double fraction = 0, scale = 0.1;
            const qsizetype start = i;
            while (i < n && p[i] >= '0' && p[i] <= '9') {
                fraction += (p[i] - '0') * scale;
                scale /= 10;
                ++i;
            }
            ok = i > start;
            ms = qMin(qRound(fraction * 1000.0), 999);
        }
        int offset = 0;
        if (ok && i < n && p[i] == 'Z') {
            ++i;
        } else if (ok && i + 6 == n && (p[i] == '+' || p[i] == '-') && p[i + 3] == ':') {
            const int oh = twoDigits(p + i + 1), om = twoDigits(p + i + 4);
            ok = oh >= 0 && om >= 0;
            offset = (p[i] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            i += 6;
        }
        if (ok && i == n) {
            const QDate date(y1 * 100 + y2, mo, d);
            const QTime time(h, mi, s, ms);
            if (date.isValid() && time.isValid()) {
                QDateTime dt(date, time, Qt::UTC);
                return offset ? dt.addSecs(-offset) : dt;
            }
        }
    }
    return parseTimestamp(QString::fromUtf8(t));
}

ServerPageParser::Page ServerPageParser::parse(QByteArrayView body, Core::Error *error)
{
    Page page;
    JsonScanner sc(body);
    ServerReader reader(sc, *this);
    bool sawServers = false;
    Core::Error fieldError;
    if (sc.peek() != '{') {
        sc.fail(body.trimmed().isEmpty() ? QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "unexpected end")
                                         : QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser",
                                                             "the response is not an object"));
    } else {
        sc.expect('{');
    }
    bool first = true;
    QByteArrayView k;
    while (!fieldError && sc.member(&k, &first)) {
        if (keyIs(k, "servers") && sc.peek() == '[') {
            sawServers = true;
            sc.expect('[');
            bool firstServer = true;
            while (sc.element(&firstServer)) {
                if (sc.peek() != '{') {
                    fieldError = Core::Error::make(
                        Core::Error::Kind::BadResponse,
                        QCoreApplication::translate("OpenStack::Compute::Server", "a server entry is not an object"));
                    break;
                }
                Server s;
                QStringList missing;
                reader.server(&s, &missing);
                if (sc.failed())
                    break;
                if (!missing.isEmpty()) {
                    fieldError = Core::Error::make(
                        Core::Error::Kind::BadResponse,
                        QCoreApplication::translate("OpenStack::FieldReader", "%1%2 lacks required field(s): %3")
                            .arg(QStringLiteral("server"), s.id.isEmpty() ? QString() : QStringLiteral(" ") + s.id,
                                 missing.join(QStringLiteral(", "))));
                    break;
                }
                page.servers.append(std::move(s));
            }
        } else if (keyIs(k, "servers_links") && sc.peek() == '[') {
            reader.elements([&]() {
                reader.members([&](QByteArrayView lk) {
                    if (keyIs(lk, "rel") && reader.stringOnly(false) == QLatin1String("next"))
                        page.hasNext = true;
                    else if (!keyIs(lk, "rel"))
                        sc.skip();
                });
            });
        } else {
            sc.skip();
        }
    }
    if (!fieldError && !sc.failed() && !sc.atEnd())
        sc.fail(QT_TRANSLATE_NOOP("OpenStack::Compute::ServerPageParser", "unexpected data after the response"));
    if (sc.failed()) {
        if (error)
            *error = Core::Error::make(
                Core::Error::Kind::BadResponse,
                QCoreApplication::translate("OpenStack::Compute::ServerPageParser",
                                            "the response is not valid JSON (%1 at byte %2 of %3)")
                    .arg(QCoreApplication::translate("OpenStack::Compute::ServerPageParser", sc.problem()))
                    .arg(sc.failOffset())
                    .arg(body.size()));
        return {};
    }
    if (fieldError) {
        if (error)
            *error = fieldError;
        return {};
    }
    if (!sawServers) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::FieldReader",
                                                                   "The response has no \"%1\" list")
                                           .arg(QStringLiteral("servers")));
        return {};
    }
    return page;
}

} // namespace OpenStack::Compute
