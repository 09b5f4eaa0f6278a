// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirt/domain.h"

#include <QXmlStreamReader>

namespace Libvirt {

namespace {

qint64 toKiB(const QString &value, const QString &unit)
{
    const qint64 n = value.trimmed().toLongLong();
    const QString u = unit.toLower();
    if (u.isEmpty() || u == QLatin1String("kib") || u == QLatin1String("k"))
        return n;
    if (u == QLatin1String("b") || u == QLatin1String("bytes"))
        return n / 1024;
    if (u == QLatin1String("mib") || u == QLatin1String("m"))
        return n * 1024;
    if (u == QLatin1String("gib") || u == QLatin1String("g"))
        return n * 1024 * 1024;
    if (u == QLatin1String("kb"))
        return n * 1000 / 1024;
    if (u == QLatin1String("mb"))
        return n * 1000 * 1000 / 1024;
    if (u == QLatin1String("gb"))
        return n * 1000 * 1000 * 1000 / 1024;
    return n;
}

void readDisk(QXmlStreamReader &xml, Domain *domain)
{
    DomainDisk disk;
    disk.type = xml.attributes().value(QLatin1String("type")).toString();
    disk.device = xml.attributes().value(QLatin1String("device")).toString();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        const auto attrs = xml.attributes();
        if (name == QLatin1String("source")) {
            disk.protocol = attrs.value(QLatin1String("protocol")).toString();
            if (attrs.hasAttribute(QLatin1String("name")))
                disk.source = attrs.value(QLatin1String("name")).toString();
            else if (attrs.hasAttribute(QLatin1String("file")))
                disk.source = attrs.value(QLatin1String("file")).toString();
            else if (attrs.hasAttribute(QLatin1String("dev")))
                disk.source = attrs.value(QLatin1String("dev")).toString();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("target")) {
            disk.target = attrs.value(QLatin1String("dev")).toString();
            disk.bus = attrs.value(QLatin1String("bus")).toString();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("serial")) {
            disk.serial = xml.readElementText().trimmed();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (disk.isRbd()) {
        const qsizetype slash = disk.source.indexOf(QLatin1Char('/'));
        if (slash > 0) {
            disk.pool = disk.source.left(slash);
            disk.image = disk.source.mid(slash + 1);
            // "pool/image@snap" names a snapshot; the image is what owns it.
            const qsizetype at = disk.image.indexOf(QLatin1Char('@'));
            if (at > 0)
                disk.image.truncate(at);
        }
    }
    domain->disks.append(disk);
}

void readInterface(QXmlStreamReader &xml, Domain *domain)
{
    DomainInterface iface;
    iface.type = xml.attributes().value(QLatin1String("type")).toString();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        const auto attrs = xml.attributes();
        if (name == QLatin1String("mac")) {
            iface.mac = attrs.value(QLatin1String("address")).toString();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("source")) {
            iface.source = attrs.hasAttribute(QLatin1String("bridge")) ? attrs.value(QLatin1String("bridge")).toString()
                                                                        : attrs.value(QLatin1String("network")).toString();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("target")) {
            iface.target = attrs.value(QLatin1String("dev")).toString();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("model")) {
            iface.model = attrs.value(QLatin1String("type")).toString();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("virtualport")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("parameters"))
                    iface.portId = xml.attributes().value(QLatin1String("interfaceid")).toString();
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    domain->interfaces.append(iface);
}

// <nova:instance> — matched by local name so any namespace prefix works.
void readNova(QXmlStreamReader &xml, NovaMetadata *nova)
{
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        const auto attrs = xml.attributes();
        if (name == QLatin1String("name")) {
            nova->displayName = xml.readElementText().trimmed();
        } else if (name == QLatin1String("creationTime")) {
            nova->creationTime = xml.readElementText().trimmed();
        } else if (name == QLatin1String("flavor")) {
            nova->flavorName = attrs.value(QLatin1String("name")).toString();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("owner")) {
            while (xml.readNextStartElement()) {
                const QString uuid = xml.attributes().value(QLatin1String("uuid")).toString();
                if (xml.name() == QLatin1String("user")) {
                    nova->userId = uuid;
                    nova->userName = xml.readElementText().trimmed();
                } else if (xml.name() == QLatin1String("project")) {
                    nova->projectId = uuid;
                    nova->projectName = xml.readElementText().trimmed();
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (name == QLatin1String("root")) {
            nova->rootImageId = attrs.value(QLatin1String("uuid")).toString();
            xml.skipCurrentElement();
        } else if (name == QLatin1String("ports")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("port"))
                    nova->portIds.append(xml.attributes().value(QLatin1String("uuid")).toString());
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

} // namespace

Domain Domain::fromXml(const QString &text, Core::Error *error)
{
    Domain domain;
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("domain")) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QStringLiteral("not a domain description (root element <%1>)").arg(xml.name()));
        return domain;
    }
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            domain.name = xml.readElementText().trimmed();
        } else if (name == QLatin1String("uuid")) {
            domain.uuid = xml.readElementText().trimmed().toLower();
        } else if (name == QLatin1String("memory")) {
            const QString unit = xml.attributes().value(QLatin1String("unit")).toString();
            domain.maxMemoryKiB = toKiB(xml.readElementText(), unit);
        } else if (name == QLatin1String("currentMemory")) {
            const QString unit = xml.attributes().value(QLatin1String("unit")).toString();
            domain.memoryKiB = toKiB(xml.readElementText(), unit);
        } else if (name == QLatin1String("vcpu")) {
            const QString current = xml.attributes().value(QLatin1String("current")).toString();
            const int max = xml.readElementText().trimmed().toInt();
            domain.vcpus = current.isEmpty() ? max : current.toInt();
        } else if (name == QLatin1String("metadata")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("instance"))
                    readNova(xml, &domain.nova);
                else
                    xml.skipCurrentElement();
            }
        } else if (name == QLatin1String("devices")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("disk"))
                    readDisk(xml, &domain);
                else if (xml.name() == QLatin1String("interface"))
                    readInterface(xml, &domain);
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError() && error) {
        *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                   QStringLiteral("domain XML, line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    } else if ((domain.name.isEmpty() || domain.uuid.isEmpty()) && error) {
        *error = Core::Error::make(Core::Error::Kind::BadResponse, QStringLiteral("domain XML without <name> or <uuid>"));
    }
    if (domain.memoryKiB == 0)
        domain.memoryKiB = domain.maxMemoryKiB;
    return domain;
}

Domain::State Domain::stateFromLibvirt(int state)
{
    // VIR_DOMAIN_NOSTATE … VIR_DOMAIN_PMSUSPENDED (0 … 7), stable ABI values.
    switch (state) {
    case 0: return State::NoState;
    case 1: return State::Running;
    case 2: return State::Blocked;
    case 3: return State::Paused;
    case 4: return State::ShuttingDown;
    case 5: return State::Shutoff;
    case 6: return State::Crashed;
    case 7: return State::Suspended;
    default: return State::Unknown;
    }
}

QString Domain::stateKey(State state)
{
    switch (state) {
    case State::NoState: return QStringLiteral("nostate");
    case State::Running: return QStringLiteral("running");
    case State::Blocked: return QStringLiteral("blocked");
    case State::Paused: return QStringLiteral("paused");
    case State::ShuttingDown: return QStringLiteral("shutdown");
    case State::Shutoff: return QStringLiteral("shutoff");
    case State::Crashed: return QStringLiteral("crashed");
    case State::Suspended: return QStringLiteral("pmsuspended");
    case State::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool Domain::matchesNovaStatus(State state, const QString &novaStatus)
{
    const QString s = novaStatus.toUpper();
    switch (state) {
    case State::Running:
    case State::Blocked:
        return s == QLatin1String("ACTIVE") || s == QLatin1String("VERIFY_RESIZE") || s == QLatin1String("REBOOT")
               || s == QLatin1String("MIGRATING");
    case State::Paused:
        return s == QLatin1String("PAUSED") || s == QLatin1String("MIGRATING");
    case State::Shutoff:
    case State::ShuttingDown:
    case State::Crashed:
        return s == QLatin1String("SHUTOFF") || s == QLatin1String("STOPPED");
    case State::Suspended:
        return s == QLatin1String("SUSPENDED");
    case State::NoState:
    case State::Unknown:
        break;
    }
    return false;
}

} // namespace Libvirt
