// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/requestlog.h"

#include "core/logging.h"

namespace Core {

RequestLog::RequestLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
}

void RequestLog::addFailure(RequestRecord record)
{
    record.path = redact(record.path);
    record.message = redact(record.message);
    if (m_records.size() >= m_capacity) {
        m_records.removeFirst();
        emit recordRemovedFromFront();
    }
    m_records.append(record);
    emit recordAdded(m_records.constLast());
}

void RequestLog::clear()
{
    m_records.clear();
    emit cleared();
}

} // namespace Core
