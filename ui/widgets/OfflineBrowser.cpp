#include "OfflineBrowser.h"

namespace rapport::ui {

OfflineBrowser::OfflineBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                            Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
}

QVariant OfflineBrowser::loadResource(int /*type*/, const QUrl &name)
{
    // Not even QTextBrowser's own file loading: a message names no file of ours.
    m_refused << name;
    return {};
}

} // namespace rapport::ui
