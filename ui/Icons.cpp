#include "Icons.h"

#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

namespace rapport::ui {
namespace {

// The bundled icons draw their outlines in this grey; the engine swaps it
// for the palette's text colour, so they read on a dark palette too. Parts
// with their own colour (a gold star, an amber warning) keep it.
constexpr QLatin1String kOutline("#4a5568");

QColor outlineColour(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active: break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

// Renders the SVG for the application's palette at paint time: a palette
// change (QEvent::PaletteChange repaints every widget) draws it anew in
// the new colours, with no icon to set again.
class PaletteIconEngine final : public QIconEngine
{
public:
    PaletteIconEngine(QString name, QByteArray svg) : m_name(std::move(name)), m_svg(std::move(svg))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = scaledPixmap(rect.size(), mode, state, ratio);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize device = size * scale;
        if (device.isEmpty())
            return {};
        const QColor colour = outlineColour(mode);
        const QString key = QStringLiteral("rapport-icon:%1:%2x%3:%4")
                                .arg(m_name)
                                .arg(device.width())
                                .arg(device.height())
                                .arg(colour.rgba(), 0, 16);
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        QByteArray svg = m_svg;
        svg.replace(QByteArray(kOutline.data(), kOutline.size()),
                    colour.name(QColor::HexRgb).toLatin1());
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(device);
        pm = QPixmap::fromImage(reader.read());
        if (mode == QIcon::Disabled && !pm.isNull()) {
            // Coloured parts fade with the outline.
            QPainter faded(&pm);
            faded.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            faded.fillRect(pm.rect(), QColor(0, 0, 0, 140));
        }
        pm.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaletteIconEngine(m_name, m_svg); }
    QString key() const override { return QStringLiteral("rapport-palette"); }
    QString iconName() override { return m_name; }

private:
    QString m_name;
    QByteArray m_svg;
};

} // namespace

QIcon themeIcon(const QString &name)
{
    // Views ask for an icon per cell and paint: a new QIcon each time would
    // read its SVG again on every paint. Both kinds follow a change of
    // theme or palette by themselves, so keeping them is safe.
    static QHash<QString, QIcon> cache;
    // Icons must go before the application does.
    static const bool cleared = [] {
        qAddPostRoutine([] { cache.clear(); });
        return true;
    }();
    Q_UNUSED(cleared)
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    // Without a desktop icon theme Qt names hicolor, which holds
    // applications' own icons, not these: reading its large index only
    // delayed the window's first paint.
    const bool desktopTheme = QIcon::themeName() != QLatin1String("hicolor");
    QIcon icon;
    if (desktopTheme && QIcon::hasThemeIcon(name)) {
        icon = QIcon::fromTheme(name);
    } else if (QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
               file.open(QIODevice::ReadOnly)) {
        icon = QIcon(new PaletteIconEngine(name, file.readAll()));
    }
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
