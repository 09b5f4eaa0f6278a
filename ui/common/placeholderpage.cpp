// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Ui {

PlaceholderPage::PlaceholderPage(const QString &what, QWidget *parent)
    : Page(parent)
    , m_label(new QLabel(this))
    , m_what(what)
{
    auto *layout = new QVBoxLayout(this);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("notBuiltLabel"));
    m_label->setText(tr("<h3>%1</h3><p>This tab is not built yet. It will show live data from the cloud once "
                        "it is; until then it shows nothing rather than invented data.</p>")
                         .arg(what.toHtmlEscaped()));
    layout->addWidget(m_label);
}

void PlaceholderPage::setSession(OpenStack::Session *)
{
}

} // namespace Ui
