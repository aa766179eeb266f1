#include "IconLabel.h"

#include <QEvent>

namespace rapport::ui {

IconLabel::IconLabel(QIcon icon, int extent, QWidget *parent)
    : QLabel(parent), m_icon(std::move(icon)), m_extent(extent)
{
    draw();
}

void IconLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        draw();
}

void IconLabel::draw()
{
    setPixmap(m_icon.pixmap(m_extent, m_extent));
}

} // namespace rapport::ui
