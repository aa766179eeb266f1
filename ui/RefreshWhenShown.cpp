#include "RefreshWhenShown.h"

#include "Session.h"

#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace rapport::ui {
namespace {

class ShowWatcher final : public QObject
{
public:
    ShowWatcher(QWidget *widget, std::function<void()> refresh)
        : QObject(widget), m_widget(widget), m_refresh(std::move(refresh))
    {
        widget->installEventFilter(this);
    }

    void changed()
    {
        if (m_widget->isVisible())
            m_refresh();
        else
            m_stale = true;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Show && m_stale) {
            m_stale = false;
            m_refresh();
        }
        return false;
    }

private:
    QWidget *m_widget;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace

std::function<void()> refreshWhenShown(QWidget *widget, Session &session,
                                       std::function<void()> refresh)
{
    auto *watcher = new ShowWatcher(widget, std::move(refresh));
    QObject::connect(&session, &Session::changed, watcher, [watcher] { watcher->changed(); });
    return [watcher = QPointer<ShowWatcher>(watcher)] {
        if (watcher)
            watcher->changed();
    };
}

} // namespace rapport::ui
