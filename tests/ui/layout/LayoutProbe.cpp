#include "LayoutProbe.h"

#include <QAbstractScrollArea>
#include <QLayout>
#include <QScrollBar>
#include <QTabBar>
#include <QWidget>

namespace rapport::test {
namespace {

QString nameOf(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
}

void walk(QWidget &window, QWidget *parent, bool scrolled, QStringList &out)
{
    const auto *area = qobject_cast<QAbstractScrollArea *>(parent->parentWidget());
    const bool viewport = area && area->viewport() == parent;
    scrolled = scrolled || viewport;
    for (QObject *object : parent->children()) {
        auto *child = qobject_cast<QWidget *>(object);
        if (!child || child->isWindow() || !child->isVisible())
            continue;
        const QString name = nameOf(child);
        if (!viewport && !parent->rect().contains(child->geometry()))
            out << name + QStringLiteral(" overflows ") + nameOf(parent);
        const QRect inWindow(child->mapTo(&window, QPoint(0, 0)), child->size());
        if (!scrolled && !window.rect().contains(inWindow))
            out << name + QStringLiteral(" is outside the window");
        // Only a layout squeezes a widget; some place theirs by hand.
        const QSize least = child->minimumSizeHint();
        const bool laidOut = parent->layout() && parent->layout()->indexOf(child) >= 0;
        if (laidOut && child->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored &&
            least.isValid() && child->width() < least.width())
            out << name + QStringLiteral(" is narrower than its minimum");
        if (auto *tabs = qobject_cast<QTabBar *>(child)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->rect().contains(tabs->tabRect(i)))
                    out << name + QStringLiteral(" cuts off tab ") + tabs->tabText(i);
            }
        }
        if (auto *scroll = qobject_cast<QAbstractScrollArea *>(child);
            scroll && scroll->horizontalScrollBar()->isVisible())
            out << name + QStringLiteral(" scrolls sideways");
        walk(window, child, scrolled, out);
    }
}

} // namespace

QString cutOff(QWidget &window)
{
    QStringList out;
    walk(window, &window, false, out);
    return out.join(QLatin1Char('\n'));
}

} // namespace rapport::test
