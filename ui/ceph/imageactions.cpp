// SPDX-License-Identifier: GPL-3.0-or-later
// The Ceph tab's image actions: toolbar, context menu, shortcuts, dialogs (all opened with open(),
// never exec()), confirmations that name what will be destroyed, and a result per image.
#include "ceph/cluster.h"
#include "core/format.h"
#include "models/ceph/rbdimagemodel.h"
#include "ui/ceph/cephpage.h"
#include "ui/common/tablepanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <memory>

namespace Ui {

using Kind = Ceph::ImageOp::Kind;

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

Ceph::ImageOp makeOp(Kind kind, const QString &pool, const QString &image, const QString &snapshot = {})
{
    Ceph::ImageOp op;
    op.kind = kind;
    op.pool = pool;
    op.image = image;
    op.snapshot = snapshot;
    return op;
}

// A name-and-size dialog for create and resize.
QDialog *sizeDialog(QWidget *parent, const QString &title, const QString &name, bool nameEditable, double gib)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *form = new QFormLayout(dialog);
    auto *nameEdit = new QLineEdit(name, dialog);
    nameEdit->setObjectName(QStringLiteral("imageNameEdit"));
    nameEdit->setReadOnly(!nameEditable);
    auto *size = new QDoubleSpinBox(dialog);
    size->setObjectName(QStringLiteral("imageSizeSpin"));
    size->setRange(0.001, 1024.0 * 1024.0);
    size->setDecimals(3);
    size->setSuffix(QStringLiteral(" GiB"));
    size->setValue(gib);
    form->addRow(QCoreApplication::translate("Ui::CephPage", "Name:"), nameEdit);
    form->addRow(QCoreApplication::translate("Ui::CephPage", "Size:"), size);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
    return dialog;
}

} // namespace

void CephPage::buildImageActions()
{
    QToolBar *bar = m_imagePanel->toolBar();
    auto add = [this, bar](const QString &name, const QString &text, const QString &icon, auto slot, bool onBar = true) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        if (onBar)
            bar->addAction(a);
        m_imagePanel->view()->addAction(a);
        return a;
    };
    m_createAction = add(QStringLiteral("createImageAction"), tr("Create Image…"), QStringLiteral("list-add"), &CephPage::createImage);
    m_createAction->setShortcut(QKeySequence::New);
    m_resizeAction = add(QStringLiteral("resizeImageAction"), tr("Resize…"), QStringLiteral("transform-scale"), &CephPage::resizeImage);
    m_snapAction = add(QStringLiteral("createSnapshotAction"), tr("Snapshot…"), QStringLiteral("camera-photo"), &CephPage::createSnapshot);
    m_cloneAction = add(QStringLiteral("cloneImageAction"), tr("Clone…"), QStringLiteral("edit-copy"), &CephPage::cloneImage);
    m_flattenAction = add(QStringLiteral("flattenImageAction"), tr("Flatten"), {}, &CephPage::flattenImage, false);
    m_rollbackAction = add(QStringLiteral("rollbackSnapshotAction"), tr("Roll Back to Snapshot"), {},
                           [this]() { snapshotAction(Kind::SnapRollback); }, false);
    m_protectAction = add(QStringLiteral("protectSnapshotAction"), tr("Protect Snapshot"), {},
                          [this]() { snapshotAction(Kind::SnapProtect); }, false);
    m_unprotectAction = add(QStringLiteral("unprotectSnapshotAction"), tr("Unprotect Snapshot"), {},
                            [this]() { snapshotAction(Kind::SnapUnprotect); }, false);
    m_removeSnapAction = add(QStringLiteral("removeSnapshotAction"), tr("Remove Snapshot"), {},
                             [this]() { snapshotAction(Kind::SnapRemove); }, false);
    m_trashAction = add(QStringLiteral("trashImageAction"), tr("Move to Trash"), QStringLiteral("user-trash"), &CephPage::trashImages);
    m_deleteAction = add(QStringLiteral("deleteImageAction"), tr("Delete"), QStringLiteral("edit-delete"), &CephPage::deleteImages);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_restoreAction = add(QStringLiteral("restoreImageAction"), tr("Restore from Trash"), QStringLiteral("edit-undo"),
                          &CephPage::restoreFromTrash, false);
    for (QAction *a : {m_rollbackAction, m_protectAction, m_unprotectAction, m_removeSnapAction})
        m_snapshots->addAction(a);
    m_snapshots->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_trash->addAction(m_restoreAction);
    m_trash->setContextMenuPolicy(Qt::ActionsContextMenu);

    QTableView *view = m_imagePanel->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        // popup(), not exec(): no nested event loop; the menu deletes itself once it is closed.
        auto *menu = new QMenu(this);
        connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
        for (QAction *a : {m_createAction, m_resizeAction, m_snapAction, m_cloneAction, m_flattenAction})
            menu->addAction(a);
        menu->addSeparator();
        menu->addAction(m_trashAction);
        menu->addAction(m_deleteAction);
        menu->popup(view->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

void CephPage::updateActions()
{
    if (!m_createAction)
        return;
    const QStringList names = selectedImages();
    const bool connected = m_cluster != nullptr && !currentPool().isEmpty();
    const bool one = names.size() == 1;
    const bool haveDetails = one && m_details.image.name == names.constFirst();
    const QString snap = selectedSnapshot();
    int watched = 0;
    for (int row : m_imagePanel->selectedSourceRows())
        watched += m_images->record(row).watchers.isEmpty() ? 0 : 1;

    auto set = [](QAction *a, bool enabled, const QString &why, const QString &normal) {
        a->setEnabled(enabled);
        a->setToolTip(enabled ? normal : why);
    };
    set(m_createAction, connected, tr("No pool with the rbd application is selected"), tr("Create an RBD image in this pool (e.g. a volume for Docker)"));
    set(m_resizeAction, connected && one, tr("Select one image"), tr("Grow or shrink the image"));
    set(m_snapAction, connected && one, tr("Select one image"), tr("Take a snapshot of the image"));
    set(m_cloneAction, connected && haveDetails && !snap.isEmpty(), tr("Select one image and one of its snapshots"),
        tr("Clone the selected snapshot into a new image"));
    set(m_flattenAction, connected && haveDetails && !m_details.image.parent.isEmpty(), tr("Only a clone (an image with a parent) can be flattened"),
        tr("Copy the parent's data into the clone and detach it"));
    for (QAction *a : {m_rollbackAction, m_protectAction, m_unprotectAction, m_removeSnapAction})
        set(a, connected && haveDetails && !snap.isEmpty(), tr("Select a snapshot"), a->text());
    const QString watchedWhy = tr("%n selected image(s) are open by a client (see Watchers); close them first", nullptr, watched);
    set(m_trashAction, connected && !names.isEmpty() && watched == 0, names.isEmpty() ? tr("Select images") : watchedWhy,
        tr("Move the selected images to the pool's trash (they can be restored)"));
    set(m_deleteAction, connected && !names.isEmpty() && watched == 0, names.isEmpty() ? tr("Select images") : watchedWhy,
        tr("Delete the selected images for good"));
    set(m_restoreAction, connected && !m_trash->selectedItems().isEmpty(), tr("Select an image in the trash"),
        tr("Restore the image from the trash"));
}

void CephPage::run(const Ceph::ImageOp &op, const QString &doneText)
{
    runBatch({op}, doneText);
}

// Runs the operations one after another and reports each one's result; refreshes at the end.
void CephPage::runBatch(QVector<Ceph::ImageOp> ops, const QString &title)
{
    if (!m_cluster || ops.isEmpty())
        return;
    auto results = std::make_shared<QStringList>();
    auto failures = std::make_shared<int>(0);
    auto remaining = std::make_shared<int>(int(ops.size()));
    ++m_busyOps;
    m_imagePanel->setBusy(true);
    emit statusMessage(tr("%1: %n operation(s) running…", nullptr, int(ops.size())).arg(title));
    for (const Ceph::ImageOp &op : ops) {
        m_cluster->apply(op, this, [this, op, results, failures, remaining, title](const Core::Error &error) {
            if (error) {
                ++*failures;
                results->append(tr("%1: failed: %2").arg(op.describe(), error.message));
            } else {
                results->append(tr("%1: done").arg(op.describe()));
            }
            if (--*remaining > 0)
                return;
            --m_busyOps;
            m_imagePanel->setBusy(m_busyOps > 0 || m_images->isLoading());
            emit statusMessage(results->join(QStringLiteral("; ")));
            if (*failures > 0) {
                auto *box = new QMessageBox(QMessageBox::Warning, title, results->join(QLatin1Char('\n')), QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("cephResultBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            refreshImages();
            onImageSelectionChanged();
        });
    }
}

void CephPage::createImage()
{
    const QString pool = currentPool();
    QDialog *dialog = sizeDialog(this, tr("Create an RBD image in %1").arg(pool), QString(), true, 10);
    dialog->setObjectName(QStringLiteral("createImageDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, pool]() {
        const QString name = dialog->findChild<QLineEdit *>(QStringLiteral("imageNameEdit"))->text().trimmed();
        const double gib = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("imageSizeSpin"))->value();
        if (name.isEmpty()) {
            emit statusMessage(tr("An image needs a name"));
            return;
        }
        Ceph::ImageOp op = makeOp(Kind::Create, pool, name);
        op.sizeBytes = qint64(gib * kGiB);
        run(op, tr("Create image"));
    });
    dialog->open();
}

void CephPage::resizeImage()
{
    const QStringList names = selectedImages();
    if (names.size() != 1)
        return;
    const QString name = names.constFirst();
    const int row = m_images->rowOf(currentPool() + QLatin1Char('/') + name);
    const qint64 current = row >= 0 ? m_images->record(row).sizeBytes : 0;
    QDialog *dialog = sizeDialog(this, tr("Resize %1").arg(name), name, false, double(current) / kGiB);
    dialog->setObjectName(QStringLiteral("resizeImageDialog"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, name, current]() {
        const qint64 bytes = qint64(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("imageSizeSpin"))->value() * kGiB);
        if (bytes < current) {
            confirmShrink(name, bytes);
            return;
        }
        Ceph::ImageOp op = makeOp(Kind::Resize, currentPool(), name);
        op.sizeBytes = bytes;
        run(op, tr("Resize image"));
    });
    dialog->open();
}

// Shrinking throws data away: the image's name must be typed.
void CephPage::confirmShrink(const QString &image, qint64 bytes)
{
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("confirmShrinkDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Shrink %1?").arg(image));
    ask->setLabelText(tr("Shrinking %1 to %2 destroys the data past the new end.\nType the image's name to confirm:")
                          .arg(image, Core::formatBytes(bytes)));
    connect(ask, &QInputDialog::textValueSelected, this, [this, image, bytes](const QString &typed) {
        if (typed.trimmed() != image) {
            emit statusMessage(tr("Not shrunk: the name typed does not match %1").arg(image));
            return;
        }
        Ceph::ImageOp op = makeOp(Kind::Resize, currentPool(), image);
        op.sizeBytes = bytes;
        op.allowShrink = true;
        run(op, tr("Shrink image"));
    });
    ask->open();
}

void CephPage::createSnapshot()
{
    const QStringList names = selectedImages();
    if (names.size() != 1)
        return;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("snapshotNameDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Snapshot %1").arg(names.constFirst()));
    ask->setLabelText(tr("Snapshot name:"));
    ask->setTextValue(QDateTime::currentDateTimeUtc().toString(QStringLiteral("'snap-'yyyyMMdd-HHmmss")));
    const QString image = names.constFirst();
    connect(ask, &QInputDialog::textValueSelected, this, [this, image](const QString &name) {
        if (!name.trimmed().isEmpty())
            run(makeOp(Kind::SnapCreate, currentPool(), image, name.trimmed()), tr("Create snapshot"));
    });
    ask->open();
}

void CephPage::snapshotAction(Kind kind)
{
    const QString snap = selectedSnapshot();
    const QString image = m_details.image.name;
    if (snap.isEmpty() || image.isEmpty())
        return;
    const Ceph::ImageOp op = makeOp(kind, currentPool(), image, snap);
    if (kind != Kind::SnapRollback && kind != Kind::SnapRemove) {
        run(op, op.describe());
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Confirm"),
                                kind == Kind::SnapRollback
                                    ? tr("Roll %1 back to snapshot %2? Everything written since the snapshot is lost.").arg(image, snap)
                                    : tr("Remove snapshot %1 of %2?").arg(snap, image),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmSnapshotBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, op](int result) {
        if (result == QMessageBox::Yes)
            run(op, op.describe());
    });
    box->open();
}

void CephPage::cloneImage()
{
    const QString snap = selectedSnapshot();
    const QString image = m_details.image.name;
    if (snap.isEmpty() || image.isEmpty())
        return;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("cloneNameDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Clone %1@%2").arg(image, snap));
    ask->setLabelText(tr("Name of the new image (in %1):").arg(currentPool()));
    ask->setTextValue(image + QStringLiteral("-clone"));
    connect(ask, &QInputDialog::textValueSelected, this, [this, image, snap](const QString &name) {
        Ceph::ImageOp op = makeOp(Kind::Clone, currentPool(), image, snap);
        op.destImage = name.trimmed();
        run(op, tr("Clone image"));
    });
    ask->open();
}

void CephPage::flattenImage()
{
    if (!m_details.image.name.isEmpty())
        run(makeOp(Kind::Flatten, currentPool(), m_details.image.name), tr("Flatten image"));
}

void CephPage::trashImages()
{
    const QStringList names = selectedImages();
    if (names.isEmpty())
        return;
    QVector<Ceph::ImageOp> ops;
    for (const QString &n : names)
        ops.append(makeOp(Kind::TrashMove, currentPool(), n));
    runBatch(ops, tr("Move to trash"));
}

void CephPage::deleteImages()
{
    const QStringList names = selectedImages();
    if (names.isEmpty() || !m_deleteAction->isEnabled())
        return;
    const QString pool = currentPool();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete RBD images"),
                                tr("Delete %n image(s) from pool %1 for good? Their data cannot be recovered:", nullptr, int(names.size())).arg(pool)
                                    + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteImagesBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, names, pool](int result) {
        if (result != QMessageBox::Yes)
            return;
        QVector<Ceph::ImageOp> ops;
        for (const QString &n : names)
            ops.append(makeOp(Kind::Remove, pool, n));
        runBatch(ops, tr("Delete images"));
    });
    box->open();
}

void CephPage::restoreFromTrash()
{
    const auto items = m_trash->selectedItems();
    if (items.isEmpty())
        return;
    const int row = items.constFirst()->row();
    Ceph::ImageOp op = makeOp(Kind::TrashRestore, currentPool(), m_trash->item(row, 0)->text());
    op.trashId = m_trash->item(row, 1)->text();
    run(op, tr("Restore image"));
}

} // namespace Ui
