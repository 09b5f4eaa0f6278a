// SPDX-License-Identifier: GPL-3.0-or-later
// Libvirt::Connection on a real QEMU/KVM domain under qemu:///session: a tiny transient domain
// (64 MiB, no disk, no kernel: SeaBIOS finds nothing to boot and idles, which is enough to run)
// is listed running, its CPU time grows between two stats ticks, a graceful shutdown is accepted,
// forcing it off ends it, and — transient — it is gone.
//
// The session daemon is our own: libvirtd in session mode with private XDG directories, reached
// through qemu:///session?socket=…, killed at the end. As root, libvirt maps qemu:///session to
// the system daemon's socket and a root libvirtd always runs privileged (system mode, needing the
// libvirt-qemu user of a full libvirt-daemon-system install and /etc/libvirt), so the daemon is
// started as `nobody` (with the kvm group when there is one) — a genuine session daemon, no
// system configuration touched. Skips when qemu-system-x86_64 or libvirtd is missing.
#include "libvirt/connection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <grp.h>
#include <unistd.h>

using Libvirt::Connection;
using Libvirt::Domain;

class TestLibvirtQemuFunctional : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/stackdeck-qemu-XXXXXX")};
    QProcess m_daemon;
    QString m_uri;
    QString m_name;
    QString m_uuid;
    QString m_virsh;
    QString m_domainType = QStringLiteral("kvm");
    QElapsedTimer m_clock;

    static QString find(const QString &program)
    {
        return QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                                        QStringLiteral("/sbin"), QStringLiteral("/bin")});
    }

    QProcess::ExitStatus virsh(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(m_virsh, QStringList{QStringLiteral("-c"), m_uri} + args);
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode() == 0 ? QProcess::NormalExit : QProcess::CrashExit;
    }

    template<typename R, typename Call>
    R wait(Call call, Core::Error *error)
    {
        R out{};
        bool done = false;
        call([&](const R &r, const Core::Error &e) {
            out = r;
            *error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&]() { return done; }, 60000))
            *error = Core::Error::make(Core::Error::Kind::Timeout, QStringLiteral("the test waited too long"));
        return out;
    }

    QVector<Domain> list(Connection &c, Core::Error *error)
    {
        return wait<QVector<Domain>>([&](auto done) { c.listDomains(this, done); }, error);
    }

    Core::Error act(Connection &c, Connection::DomainAction action)
    {
        Core::Error error;
        wait<bool>([&](auto done) { c.domainAction(m_uuid, action, this, [done](const Core::Error &e) { done(!e, e); }); }, &error);
        return error;
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        const QString qemu = find(QStringLiteral("qemu-system-x86_64"));
        const QString libvirtd = find(QStringLiteral("libvirtd"));
        m_virsh = find(QStringLiteral("virsh"));
        if (qemu.isEmpty() || libvirtd.isEmpty() || m_virsh.isEmpty())
            QSKIP("needs qemu-system-x86_64, libvirtd and virsh (Debian: qemu-system-x86 libvirt-daemon "
                  "libvirt-daemon-driver-qemu libvirt-clients)");
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.path();
        for (const char *sub : {"run", "config", "cache", "data"})
            QVERIFY(QDir(root).mkpath(QLatin1String(sub)));
        QFile::setPermissions(root + QStringLiteral("/run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QStringList program{libvirtd, QStringLiteral("--timeout"), QStringLiteral("300")};
        if (geteuid() == 0) {
            const QString setpriv = find(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root needs setpriv to start the session daemon as an ordinary user");
            // The directory tree becomes nobody's; /tmp itself is world-traversable.
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("65534:65534"), root});
            QStringList drop{setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--inh-caps=-all")};
            const struct group *kvm = getgrnam("kvm");
            drop << (kvm ? QStringLiteral("--groups=%1").arg(kvm->gr_gid) : QStringLiteral("--clear-groups"));
            if (!kvm)
                m_domainType = QStringLiteral("qemu");
            program = drop + program;
        }
        if (!QFileInfo(QStringLiteral("/dev/kvm")).exists())
            m_domainType = QStringLiteral("qemu"); // TCG: slower, still a real QEMU process

        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
        env.insert(QStringLiteral("HOME"), root);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/run"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
        m_daemon.setProcessEnvironment(env);
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.setStandardOutputFile(root + QStringLiteral("/libvirtd.log"));
        m_daemon.start(program.takeFirst(), program);
        QVERIFY2(m_daemon.waitForStarted(10000), qPrintable(m_daemon.errorString()));
        const QString socket = root + QStringLiteral("/run/libvirt/libvirt-sock");
        QVERIFY2(QTest::qWaitFor([&]() { return QFileInfo::exists(socket) || m_daemon.state() == QProcess::NotRunning; }, 20000),
                 "the session daemon made no socket");
        QVERIFY2(m_daemon.state() == QProcess::Running, "the session daemon exited; see libvirtd.log in its directory");
        m_uri = QStringLiteral("qemu:///session?socket=") + socket;
        m_name = QStringLiteral("stackdeck-func-%1").arg(QRandomGenerator::global()->generate() % 1000000);
        m_uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        qInfo("session daemon up after %lld ms: %s", static_cast<long long>(m_clock.elapsed()), qPrintable(m_uri));
    }

    void cleanupTestCase()
    {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        if (!m_uuid.isEmpty())
            virsh({QStringLiteral("destroy"), m_uuid}); // when a check failed half-way; harmless otherwise
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(10000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
        qInfo("whole run %lld ms", static_cast<long long>(m_clock.elapsed()));
    }

    void realDomainRunsReportsAndGoes()
    {
        Connection c(QStringLiteral("localhost"), m_uri);
        c.setTimeoutMs(45000); // the daemon's first answer probes QEMU's capabilities
        c.setRefreshDelayMs(50);
        Core::Error e;
        const Libvirt::HostInfo host = wait<Libvirt::HostInfo>([&](auto done) { c.hostInfo(this, done); }, &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(host.driver, QStringLiteral("QEMU"));
        QVERIFY(list(c, &e).isEmpty() || !e);

        QFile xml(m_dir.path() + QStringLiteral("/domain.xml"));
        QVERIFY(xml.open(QIODevice::WriteOnly));
        xml.write(QStringLiteral("<domain type='%1'><name>%2</name><uuid>%3</uuid><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                                 "<os><type arch='x86_64' machine='pc'>hvm</type></os>"
                                 "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator><memballoon model='none'/></devices>"
                                 "</domain>")
                      .arg(m_domainType, m_name, m_uuid)
                      .toUtf8());
        xml.close();
        QFile::setPermissions(xml.fileName(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::WriteOwner);
        QSignalSpy events(&c, &Connection::domainEvent);
        QByteArray out;
        QVERIFY2(virsh({QStringLiteral("create"), xml.fileName()}, &out) == QProcess::NormalExit, out.constData());

        // Listed, running, with the XML's facts.
        QVector<Domain> domains = list(c, &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        auto it = std::find_if(domains.cbegin(), domains.cend(), [this](const Domain &d) { return d.uuid == m_uuid; });
        QVERIFY(it != domains.cend());
        QCOMPARE(it->name, m_name);
        QCOMPARE(it->state, Domain::State::Running);
        QCOMPARE(it->vcpus, 1);
        QCOMPARE(it->maxMemoryKiB, 64 * 1024);
        QVERIFY(it->nova.isEmpty());

        // Statistics: CPU time grows while it runs.
        auto cpuTime = [&]() -> qint64 {
            const auto samples = wait<QVector<Libvirt::DomainStatsSample>>([&](auto done) { c.collectStats(this, done); }, &e);
            for (const Libvirt::DomainStatsSample &s : samples)
                if (s.uuid == m_uuid)
                    return s.cpuTimeNs;
            return -1;
        };
        const qint64 first = cpuTime();
        QVERIFY2(!e, qPrintable(e.toString()));
        QTest::qWait(1000);
        const qint64 second = cpuTime();
        qInfo("cpu time %lld ns -> %lld ns over ~1 s (%s)", static_cast<long long>(first), static_cast<long long>(second),
              qPrintable(m_domainType));
        QVERIFY(first >= 0);
        QVERIFY2(second > first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(second)));

        // A graceful shutdown is only a request (ACPI); a guest without an OS ignores it, so
        // forcing it off is what ends this one. Transient: after that it is gone.
        e = act(c, Connection::DomainAction::Shutdown);
        QVERIFY2(!e, qPrintable(e.toString()));
        e = act(c, Connection::DomainAction::Destroy);
        QVERIFY2(!e, qPrintable(e.toString()));
        QVERIFY(QTest::qWaitFor([&]() {
            for (const QList<QVariant> &ev : std::as_const(events))
                if (ev.at(0).toString() == m_uuid && ev.at(1).toInt() == 5) // VIR_DOMAIN_EVENT_STOPPED
                    return true;
            return false;
        }, 10000));
        domains = list(c, &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QVERIFY(std::none_of(domains.cbegin(), domains.cend(), [this](const Domain &d) { return d.uuid == m_uuid; }));
        // A request on the vanished domain fails in libvirt's words.
        e = act(c, Connection::DomainAction::Start);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(QLatin1String("omain")), qPrintable(e.message));
        m_uuid.clear();
    }
};

QTEST_GUILESS_MAIN(TestLibvirtQemuFunctional)
#include "tst_libvirtqemu_functional.moc"
