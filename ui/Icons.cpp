#include "Icons.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace rapport::ui {

QIcon themeIcon(const QString &name)
{
    // Views ask for an icon per cell and paint: a new QIcon each time would
    // render its SVG again on every paint. A theme icon follows a change of
    // theme by itself, so keeping it is safe.
    static QHash<QString, QIcon> cache;
    // Icons must go before the application does.
    static const bool cleared = [] {
        qAddPostRoutine([] { cache.clear(); });
        return true;
    }();
    Q_UNUSED(cleared)
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
    // Without a desktop icon theme Qt names hicolor, which holds
    // applications' own icons, not these: reading its large index only
    // delayed the window's first paint.
    const bool desktopTheme = QIcon::themeName() != QLatin1String("hicolor");
    QIcon icon;
    if (desktopTheme && QIcon::hasThemeIcon(name))
        icon = QIcon::fromTheme(name);
    else if (QFile::exists(bundled))
        icon = QIcon(bundled);
    cache.insert(name, icon);
    return icon;
}

QIcon channelIcon(core::Channel channel)
{
    switch (channel) {
    case core::Channel::Email: return themeIcon(QStringLiteral("mail-receive"));
    case core::Channel::Phone: return themeIcon(QStringLiteral("call-start"));
    case core::Channel::VideoCall: return themeIcon(QStringLiteral("camera-video"));
    case core::Channel::InPerson: return themeIcon(QStringLiteral("user-identity"));
    case core::Channel::Conference: return themeIcon(QStringLiteral("x-office-presentation"));
    case core::Channel::SecondLook: return themeIcon(QStringLiteral("find-location"));
    case core::Channel::SocialMedia: return themeIcon(QStringLiteral("internet-chat"));
    case core::Channel::Letter: return themeIcon(QStringLiteral("text-x-generic"));
    }
    return {};
}

QIcon directionIcon(core::Direction direction)
{
    return themeIcon(direction == core::Direction::Outgoing ? QStringLiteral("mail-send")
                                                            : QStringLiteral("mail-receive"));
}

QIcon severityIcon(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Info: return themeIcon(QStringLiteral("dialog-information"));
    case core::Severity::Warning: return themeIcon(QStringLiteral("dialog-warning"));
    case core::Severity::Violation: return themeIcon(QStringLiteral("dialog-error"));
    }
    return {};
}

} // namespace rapport::ui
