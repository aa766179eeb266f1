#include "FirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <chrono>
#include <cstdio>

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

class FirstPaintFilter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            // A widget window paints while it handles the expose: quit after it.
            QTimer::singleShot(0, qApp, [] {
                const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                    std::chrono::steady_clock::now() - kLoaded)
                                    .count();
                std::printf("first paint after %lld ms, VmHWM %s kB\n", static_cast<long long>(ms),
                            peakResidentKb().constData());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
            watched->removeEventFilter(this);
        }
        return false;
    }
};

} // namespace

void exitAfterFirstPaint(QWidget &window)
{
    window.winId(); // creates the window handle, so its first expose is seen
    QWindow *handle = window.windowHandle();
    handle->installEventFilter(new FirstPaintFilter(handle));
}

} // namespace rapport::gui
