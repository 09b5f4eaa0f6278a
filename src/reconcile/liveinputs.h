// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "reconcile/inputs.h"

#include <QObject>
#include <QPointer>

namespace OpenStack {
class PagedJob;
class Session;
} // namespace OpenStack

namespace Reconcile {

// Reads what the cross-layer view needs from OpenStack, for every project (admin):
//   GET block-storage /volumes/detail?all_tenants=1
//   GET image /v2/images
//   GET compute /servers/detail?all_tenants=1
// The three lists are fetched at once, every page. A list that fails leaves its layer out
// (Inputs::haveVolumes etc. stay false) and its error is reported; the others still count.
// GUI thread; emits finished() once.
class LiveInputsLoader : public QObject
{
    Q_OBJECT
public:
    explicit LiveInputsLoader(OpenStack::Session *session, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_pending > 0; }
    const Inputs &inputs() const { return m_inputs; }
    const QVector<Core::Error> &errors() const { return m_errors; }

    // Parsers, exposed for tests: a member missing from an item is an error naming it.
    static CinderVolume volumeFromJson(const QJsonObject &o, Core::Error *error);
    static GlanceImage imageFromJson(const QJsonObject &o, Core::Error *error);
    static NovaServer serverFromJson(const QJsonObject &o, Core::Error *error);

signals:
    void finished();

private:
    void onFinished(OpenStack::PagedJob *job);

    QPointer<OpenStack::Session> m_session;
    Inputs m_inputs;
    QVector<Core::Error> m_errors;
    int m_pending = 0;
};

} // namespace Reconcile
