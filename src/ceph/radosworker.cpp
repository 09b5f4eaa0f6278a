// SPDX-License-Identifier: GPL-3.0-or-later
#include "ceph/radosworker.h"

#include "ceph/cephlibrary.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <rados/librados.h>
#include <rbd/librbd.h>

#include <cerrno>
#include <cstring>

namespace Ceph {

RadosWorker::RadosWorker(ClusterSettings settings)
    : m_settings(std::move(settings))
{
}

RadosWorker::~RadosWorker()
{
    disconnectCluster();
}

Core::Error RadosWorker::cephError(int rc, const QString &what, const QString &detail)
{
    const int code = rc < 0 ? -rc : rc;
    QString message = QString::fromLocal8Bit(std::strerror(code));
    if (!detail.trimmed().isEmpty())
        message = detail.trimmed() + QStringLiteral(" (") + message + QLatin1Char(')');
    Core::Error e = Core::Error::make(code == ETIMEDOUT ? Core::Error::Kind::Timeout : Core::Error::Kind::Backend, message, what);
    e.service = QStringLiteral("ceph");
    return e;
}

void RadosWorker::disconnectCluster()
{
    if (!m_cluster)
        return;
    m_lib->rados_shutdown(static_cast<rados_t>(m_cluster));
    m_cluster = nullptr;
}

void RadosWorker::forgetIfDead(const Core::Error &error)
{
    // ETIMEDOUT, ENOTCONN, ESHUTDOWN: the monitor or the session went away. A new connection is
    // the reliable way back once it returns.
    if (error.kind == Core::Error::Kind::Timeout || error.message.contains(QString::fromLocal8Bit(std::strerror(ENOTCONN)))
        || error.message.contains(QString::fromLocal8Bit(std::strerror(ESHUTDOWN))))
        disconnectCluster();
}

Core::Error RadosWorker::ensureConnected()
{
    if (m_cluster)
        return {};
    // The first call on this worker's thread loads librados/librbd; a failed load is reported
    // here, for every call, and nothing below runs.
    if (!m_lib) {
        Core::Error loadError;
        m_lib = cephLibrary(&loadError);
        if (!m_lib)
            return loadError;
    }
    const QString what = QStringLiteral("connect to the Ceph cluster as %1").arg(m_settings.describe());
    if (!m_settings.confFile.isEmpty() && !QFileInfo(m_settings.confFile).isReadable())
        return cephError(QFileInfo::exists(m_settings.confFile) ? EACCES : ENOENT, what,
                         QStringLiteral("cannot read %1").arg(m_settings.confFile));
    if (!m_settings.keyringFile.isEmpty() && !QFileInfo(m_settings.keyringFile).isReadable())
        return cephError(QFileInfo::exists(m_settings.keyringFile) ? EACCES : ENOENT, what,
                         QStringLiteral("cannot read keyring %1").arg(m_settings.keyringFile));

    rados_t cluster = nullptr;
    const QByteArray client = m_settings.clientName.toUtf8();
    int rc = m_lib->rados_create(&cluster, client.constData());
    if (rc < 0)
        return cephError(rc, what, QStringLiteral("rados_create"));
    auto set = [this, cluster](const char *key, const QString &value) {
        return m_lib->rados_conf_set(cluster, key, value.toUtf8().constData());
    };
    const QByteArray conf = m_settings.confFile.toLocal8Bit();
    rc = m_lib->rados_conf_read_file(cluster, m_settings.confFile.isEmpty() ? nullptr : conf.constData());
    if (rc < 0) {
        m_lib->rados_shutdown(cluster);
        return cephError(rc, what, QStringLiteral("reading %1").arg(m_settings.confFile.isEmpty() ? QStringLiteral("ceph.conf") : m_settings.confFile));
    }
    m_lib->rados_conf_parse_env(cluster, nullptr);
    if (!m_settings.keyringFile.isEmpty())
        set("keyring", m_settings.keyringFile);
    if (!m_settings.secretKey.isEmpty())
        set("key", m_settings.secretKey);
    set("client_mount_timeout", QString::number(m_settings.mountTimeoutSecs));
    set("rados_mon_op_timeout", QString::number(m_settings.monOpTimeoutSecs));
    set("rados_osd_op_timeout", QString::number(m_settings.osdOpTimeoutSecs));
    // Errors are reported in words by us; librados must not write to the terminal or a log file.
    set("log_to_stderr", QStringLiteral("false"));
    set("err_to_stderr", QStringLiteral("false"));
    set("log_file", QString());
    set("admin_socket", QString());
    rc = m_lib->rados_connect(cluster);
    if (rc < 0) {
        m_lib->rados_shutdown(cluster);
        QString detail;
        if (rc == -ETIMEDOUT)
            detail = QStringLiteral("no monitor answered within %1 s").arg(m_settings.mountTimeoutSecs);
        else if (rc == -EACCES || rc == -EPERM || rc == -ENOENT)
            detail = QStringLiteral("authentication as client.%1 refused").arg(m_settings.clientName);
        return cephError(rc, what, detail);
    }
    m_cluster = cluster;
    return {};
}

QJsonDocument RadosWorker::monCommand(const QString &json, const QString &what, Core::Error *error)
{
    const QByteArray cmd = json.toUtf8();
    const char *cmds[] = {cmd.constData()};
    char *outbuf = nullptr;
    size_t outlen = 0;
    char *outs = nullptr;
    size_t outslen = 0;
    const int rc = m_lib->rados_mon_command(static_cast<rados_t>(m_cluster), cmds, 1, "", 0, &outbuf, &outlen, &outs, &outslen);
    const QByteArray out(outbuf, qsizetype(outlen));
    const QString status = QString::fromUtf8(outs, qsizetype(outslen));
    m_lib->rados_buffer_free(outbuf);
    m_lib->rados_buffer_free(outs);
    if (rc < 0) {
        *error = cephError(rc, what, status);
        forgetIfDead(*error);
        return {};
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (doc.isNull()) {
        *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                   QStringLiteral("the monitor's answer is not JSON: %1").arg(parseError.errorString()), what);
        error->service = QStringLiteral("ceph");
    }
    return doc;
}

ClusterStatus RadosWorker::status(Core::Error *error)
{
    if ((*error = ensureConnected()))
        return {};
    const QJsonDocument health = monCommand(QStringLiteral(R"({"prefix":"health","detail":"detail","format":"json"})"),
                                            QStringLiteral("ceph health detail"), error);
    if (*error)
        return {};
    const QJsonDocument df = monCommand(QStringLiteral(R"({"prefix":"df","format":"json"})"), QStringLiteral("ceph df"), error);
    if (*error)
        return {};
    ClusterStatus s = parseHealthAndDf(health.object(), df.object(), error);
    char fsid[64] = {};
    if (m_lib->rados_cluster_fsid(static_cast<rados_t>(m_cluster), fsid, sizeof fsid) > 0)
        s.fsid = QString::fromLatin1(fsid);
    return s;
}

QVector<Pool> RadosWorker::pools(Core::Error *error)
{
    if ((*error = ensureConnected()))
        return {};
    const QJsonDocument detail = monCommand(QStringLiteral(R"({"prefix":"osd pool ls","detail":"detail","format":"json"})"),
                                            QStringLiteral("ceph osd pool ls detail"), error);
    if (*error)
        return {};
    const QJsonDocument df = monCommand(QStringLiteral(R"({"prefix":"df","detail":"detail","format":"json"})"),
                                        QStringLiteral("ceph df detail"), error);
    if (*error)
        return {};
    return parsePools(detail.array(), df.object(), error);
}

void *RadosWorker::openIoctx(const QString &pool, Core::Error *error)
{
    if ((*error = ensureConnected()))
        return nullptr;
    rados_ioctx_t io = nullptr;
    const int rc = m_lib->rados_ioctx_create(static_cast<rados_t>(m_cluster), pool.toUtf8().constData(), &io);
    if (rc < 0) {
        *error = cephError(rc, QStringLiteral("open pool %1").arg(pool), rc == -ENOENT ? QStringLiteral("no such pool") : QString());
        forgetIfDead(*error);
        return nullptr;
    }
    // librbd would happily write its directory into any pool; a pool not meant for RBD is refused.
    char apps[1024] = {};
    size_t len = sizeof apps;
    if (m_lib->rados_application_list(io, apps, &len) == 0) {
        bool rbd = false;
        for (const char *p = apps; p < apps + len && *p; p += strlen(p) + 1)
            rbd = rbd || strcmp(p, "rbd") == 0;
        if (!rbd) {
            m_lib->rados_ioctx_destroy(io);
            *error = cephError(EOPNOTSUPP, QStringLiteral("use pool %1 for RBD").arg(pool),
                               QStringLiteral("the pool does not have the rbd application enabled"));
            return nullptr;
        }
    }
    return io;
}

QVector<TrashEntry> RadosWorker::trash(const QString &pool, Core::Error *error)
{
    QVector<TrashEntry> out;
    auto io = static_cast<rados_ioctx_t>(openIoctx(pool, error));
    if (!io)
        return out;
    size_t n = 64;
    std::vector<rbd_trash_image_info_t> entries;
    int rc = 0;
    for (;;) {
        entries.resize(n);
        rc = m_lib->rbd_trash_list(io, entries.data(), &n);
        if (rc != -ERANGE)
            break;
    }
    if (rc < 0) {
        *error = cephError(rc, QStringLiteral("list the RBD trash of %1").arg(pool));
    } else {
        for (int i = 0; i < rc; ++i) {
            TrashEntry t;
            t.id = QString::fromUtf8(entries[i].id);
            t.name = QString::fromUtf8(entries[i].name);
            t.pool = pool;
            t.deletedAt = QDateTime::fromSecsSinceEpoch(entries[i].deletion_time);
            t.deferredUntil = QDateTime::fromSecsSinceEpoch(entries[i].deferment_end_time);
            out.append(t);
        }
        m_lib->rbd_trash_list_cleanup(entries.data(), size_t(rc));
    }
    m_lib->rados_ioctx_destroy(io);
    return out;
}

} // namespace Ceph
