#include "ElidedLabel.h"

#include "PlainText.h"

#include <QEvent>

namespace rapport::ui {

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, QWidget *parent) : QLabel(parent), m_mode(mode)
{
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setFullText(const QString &text)
{
    // The status line is set at every save, mostly to the same text.
    if (text == m_full)
        return;
    m_full = text;
    m_fullWidth = -1;
    updateGeometry();
    elide();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    if (m_fullWidth < 0)
        m_fullWidth = fontMetrics().horizontalAdvance(m_full);
    return {m_fullWidth + m.left() + m.right() + 2, QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(QStringLiteral("MMMM\u2026")) + m.left() + m.right(),
            QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_fullWidth = -1;
        updateGeometry();
        elide();
    }
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_full, m_mode, contentsRect().width());
    setText(shown);
    setToolTip(shown == m_full ? QString() : plainText::toolTip({m_full}));
}

} // namespace rapport::ui
