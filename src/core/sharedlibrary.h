// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstring>
#include <dlfcn.h>
#include <mutex>

namespace Core {

// C libraries opened at run time: the Ceph and libvirt layers load theirs on first use, so a
// process that never touches them (an export of servers, the window until those tabs connect)
// neither pays their start-up nor needs them installed.

// Opens a library by soname for the rest of the process (never closed: these libraries keep
// threads and static state). RTLD_LOCAL keeps its symbols out of the global namespace, so nothing
// else binds to them by accident. On failure returns nullptr and `why` gets the loader's reason.
inline void *openLibrary(const QByteArray &soname, QString *why)
{
    void *handle = dlopen(soname.constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *reason = dlerror();
        *why = QString::fromLocal8Bit(reason ? reason : "not found");
    }
    return handle;
}

// Looks a function up and stores it as the pointer type of `out` (memcpy: ISO C++ has no cast
// from an object pointer to a function pointer).
template<typename F>
bool resolveFunction(void *handle, const char *name, F *out)
{
    void *symbol = dlsym(handle, name);
    if (!symbol)
        return false;
    static_assert(sizeof(F) == sizeof(void *));
    std::memcpy(out, &symbol, sizeof symbol);
    return true;
}

// A table of functions filled at most once however many threads ask at the same time; a failed
// load is kept and given to every later caller.
template<typename Table>
class LoadOnce
{
public:
    // `load` fills a Table and returns the error that stopped it; called once, on the first get().
    template<typename Load>
    const Table *get(Load load, Error *error)
    {
        std::call_once(m_once, [&]() {
            m_loads.fetch_add(1);
            // Filled into a copy so a failure half-way leaves no half-usable table behind.
            Table table;
            m_error = load(&table);
            if (!m_error)
                m_table = table;
        });
        if (m_error) {
            if (error)
                *error = m_error;
            return nullptr;
        }
        return &m_table;
    }
    int loadCount() const { return m_loads.load(); }

private:
    std::once_flag m_once;
    // Written only inside m_once, read only after it: call_once orders the two.
    Table m_table;
    Error m_error;
    std::atomic<int> m_loads{0};
};

} // namespace Core
