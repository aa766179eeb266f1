#include "FirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>
#include <QWindow>

#include <chrono>
#include <cstdio>
#include <functional>

namespace rapport::gui {
namespace {

// Set while the program is loaded, before main(): only the dynamic linker's
// work comes earlier.
const auto kLoaded = std::chrono::steady_clock::now();

QByteArray peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().chopped(3).trimmed(); // without " kB"
    }
    return "?";
}

// A widget window paints while it handles its first expose: what is posted
// then comes after the paint.
class FirstPaintFilter final : public QObject
{
public:
    FirstPaintFilter(QWindow *window, std::function<void()> then, int priority)
        : QObject(window), m_then(std::move(then)), m_priority(priority)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            QCoreApplication::postEvent(this, new QEvent(QEvent::User), m_priority);
        }
        return false;
    }

    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        m_then();
        deleteLater();
        return true;
    }

private:
    std::function<void()> m_then;
    int m_priority;
};

QWindow *handleOf(QWidget &window)
{
    window.winId(); // creates the window handle, so its first expose is seen
    return window.windowHandle();
}

} // namespace

void exitAfterFirstPaint(QWidget &window)
{
    new FirstPaintFilter(
        handleOf(window),
        [] {
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::steady_clock::now() - kLoaded)
                                .count();
            std::printf("first paint after %lld ms, VmHWM %s kB\n", static_cast<long long>(ms),
                        peakResidentKb().constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::NormalEventPriority);
}

void afterFirstPaint(QWidget &window, std::function<void()> then)
{
    new FirstPaintFilter(handleOf(window), std::move(then), Qt::LowEventPriority);
}

} // namespace rapport::gui
