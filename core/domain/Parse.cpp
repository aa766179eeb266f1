#include "Parse.h"

#include "Validation.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace rapport::core {

Result<QDate> parseDate(const QString &text, const QString &what)
{
    static const QRegularExpression form(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString t = text.trimmed();
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!form.match(t).hasMatch() || !d.isValid())
        return fail(
            QStringLiteral("%1 \"%2\" is not a date of the form YYYY-MM-DD").arg(what, text));
    if (!isPlausibleDate(d))
        return fail(QStringLiteral("%1 %2 is outside 1990-2100").arg(what, t));
    return d;
}

Result<QTime> parseTime(const QString &text, const QString &what)
{
    static const QRegularExpression form(QStringLiteral(R"(^\d{1,2}:\d{2}$)"));
    const QString t = text.trimmed();
    const QTime time =
        QTime::fromString(t.rightJustified(5, QLatin1Char('0')), QStringLiteral("HH:mm"));
    if (!form.match(t).hasMatch() || !time.isValid())
        return fail(QStringLiteral("%1 \"%2\" is not a time of the form HH:MM").arg(what, text));
    return time;
}

Result<QDateTime> parseMoment(const QString &text, const QString &what)
{
    static const QRegularExpression form(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?$)"));
    const QString t = text.trimmed();
    const auto m = form.match(t);
    const QString expected = QStringLiteral("%1 \"%2\" is not a date and time of the form "
                                            "YYYY-MM-DDTHH:MM (optionally with Z or ±HH:MM)")
                                 .arg(what, text);
    if (!m.hasMatch())
        return fail(expected);
    auto date = parseDate(m.captured(1), what);
    if (!date)
        return date.error();
    QString timeText = m.captured(2);
    const QTime time = QTime::fromString(
        timeText.count(QLatin1Char(':')) == 2 ? timeText.rightJustified(8, QLatin1Char('0'))
                                              : timeText.rightJustified(5, QLatin1Char('0')),
        timeText.count(QLatin1Char(':')) == 2 ? QStringLiteral("HH:mm:ss")
                                              : QStringLiteral("HH:mm"));
    if (!time.isValid())
        return fail(expected);
    const QString zone = m.captured(3);
    int offset = 0;
    if (zone.isEmpty()) {
        offset = QDateTime(*date, time).offsetFromUtc(); // local zone at that moment
    } else if (zone != QLatin1String("Z")) {
        const QString digits = QString(zone).remove(QLatin1Char(':'));
        const int hours = digits.mid(1, 2).toInt();
        const int minutes = digits.mid(3, 2).toInt();
        if (hours > 14 || minutes > 59)
            return fail(QStringLiteral("%1 \"%2\" has an impossible UTC offset").arg(what, text));
        offset = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(*date, time, QTimeZone(offset));
}

} // namespace rapport::core
