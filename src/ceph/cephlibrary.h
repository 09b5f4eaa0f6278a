// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/sharedlibrary.h"

#include <QByteArray>

#include <rados/librados.h>
#include <rbd/librbd.h>

namespace Ceph {

// Every librados/librbd function the Ceph layer calls. The headers stay the source of the types
// (decltype below); adding a call means adding its name here.
#define STACKDECK_RADOS_FUNCTIONS(X)                                                                         \
    X(rados_create)                                                                                          \
    X(rados_conf_read_file)                                                                                  \
    X(rados_conf_parse_env)                                                                                  \
    X(rados_conf_set)                                                                                        \
    X(rados_connect)                                                                                         \
    X(rados_shutdown)                                                                                        \
    X(rados_mon_command)                                                                                     \
    X(rados_buffer_free)                                                                                     \
    X(rados_cluster_fsid)                                                                                    \
    X(rados_get_instance_id)                                                                                 \
    X(rados_ioctx_create)                                                                                    \
    X(rados_ioctx_destroy)                                                                                   \
    X(rados_application_list)                                                                                \
    X(rados_create_read_op)                                                                                  \
    X(rados_read_op_exec)                                                                                    \
    X(rados_release_read_op)                                                                                 \
    X(rados_aio_create_completion2)                                                                          \
    X(rados_aio_read_op_operate)                                                                             \
    X(rados_aio_wait_for_complete)                                                                           \
    X(rados_aio_get_return_value)                                                                            \
    X(rados_aio_release)

#define STACKDECK_RBD_FUNCTIONS(X)                                                                           \
    X(rbd_list2)                                                                                             \
    X(rbd_image_spec_list_cleanup)                                                                           \
    X(rbd_open)                                                                                              \
    X(rbd_open_read_only)                                                                                    \
    X(rbd_aio_open_read_only)                                                                                \
    X(rbd_close)                                                                                             \
    X(rbd_aio_close)                                                                                         \
    X(rbd_aio_create_completion)                                                                             \
    X(rbd_aio_wait_for_complete)                                                                             \
    X(rbd_aio_get_return_value)                                                                              \
    X(rbd_aio_release)                                                                                       \
    X(rbd_stat)                                                                                              \
    X(rbd_get_id)                                                                                            \
    X(rbd_get_features)                                                                                      \
    X(rbd_get_flags)                                                                                         \
    X(rbd_get_old_format)                                                                                    \
    X(rbd_get_parent)                                                                                        \
    X(rbd_linked_image_spec_cleanup)                                                                         \
    X(rbd_snap_spec_cleanup)                                                                                 \
    X(rbd_get_create_timestamp)                                                                              \
    X(rbd_watchers_list)                                                                                     \
    X(rbd_watchers_list_cleanup)                                                                             \
    X(rbd_diff_iterate2)                                                                                     \
    X(rbd_snap_list)                                                                                         \
    X(rbd_snap_list_end)                                                                                     \
    X(rbd_snap_is_protected)                                                                                 \
    X(rbd_snap_create)                                                                                       \
    X(rbd_snap_rollback)                                                                                     \
    X(rbd_snap_protect)                                                                                      \
    X(rbd_snap_unprotect)                                                                                    \
    X(rbd_snap_remove)                                                                                       \
    X(rbd_image_options_create)                                                                              \
    X(rbd_image_options_destroy)                                                                             \
    X(rbd_create4)                                                                                           \
    X(rbd_clone3)                                                                                            \
    X(rbd_resize2)                                                                                           \
    X(rbd_flatten)                                                                                           \
    X(rbd_remove)                                                                                            \
    X(rbd_trash_list)                                                                                        \
    X(rbd_trash_list_cleanup)                                                                                \
    X(rbd_trash_move)                                                                                        \
    X(rbd_trash_restore)                                                                                     \
    X(rbd_trash_remove)

// librados and librbd as function pointers. They are opened with dlopen the first time the Ceph
// layer needs them instead of being linked: they and their dependencies are about half of the
// libraries the process would otherwise load at start-up, for a tab many sessions never open.
struct CephLibrary
{
#define STACKDECK_CEPH_POINTER(name) decltype(&::name) name = nullptr;
    STACKDECK_RADOS_FUNCTIONS(STACKDECK_CEPH_POINTER)
    STACKDECK_RBD_FUNCTIONS(STACKDECK_CEPH_POINTER)
#undef STACKDECK_CEPH_POINTER
};

// The process's copy, loaded from librados.so.2 and librbd.so.1 on the first call and kept until
// the process ends. Thread-safe; call it on the worker thread that is about to use librados (the
// load itself takes tens of milliseconds, never to be spent on the GUI thread). Returns nullptr and
// sets *error (naming the library or function and the packages to install) when the load failed;
// every later call returns the same error.
const CephLibrary *cephLibrary(Core::Error *error);

// One load from the given sonames, at most once however many threads ask at the same time.
// cephLibrary() owns the process's instance; tests make their own to name other libraries.
class CephLibraryLoader
{
public:
    CephLibraryLoader(QByteArray radosSoname, QByteArray rbdSoname);
    CephLibraryLoader(const CephLibraryLoader &) = delete;
    CephLibraryLoader &operator=(const CephLibraryLoader &) = delete;

    const CephLibrary *get(Core::Error *error);
    // How many times the load ran (0 or 1): the tests' proof that concurrent first use loads once.
    int loadCount() const { return m_once.loadCount(); }

private:
    Core::Error load(CephLibrary *lib) const;

    const QByteArray m_radosSoname;
    const QByteArray m_rbdSoname;
    Core::LoadOnce<CephLibrary> m_once;
};

} // namespace Ceph
