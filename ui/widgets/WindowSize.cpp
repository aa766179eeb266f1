#include "WindowSize.h"

#include <QScreen>
#include <QWidget>

namespace rapport::ui {

void resizeWithinScreen(QWidget *window, QSize preferred)
{
    QSize size = preferred;
    if (const QScreen *screen = window->screen()) {
        // The title bar and borders are not known before the window shows.
        const QSize room = screen->availableGeometry().size() * 0.94;
        size = size.boundedTo(room);
    }
    window->resize(size.expandedTo(window->minimumSizeHint()));
}

} // namespace rapport::ui
