// GMime first (through MailParts.h); see there.
#include "MailParts.h"

#include "MailParser.h"

#include "domain/TextLimits.h"
#include "domain/Validation.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <fcntl.h>

#include <memory>
#include <mutex>

namespace rapport::core {
namespace {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// What GMime said while reading one message.
struct Warnings
{
    QStringList broken;
    QStringList notes;
};

void onWarning(gint64 /*offset*/, GMimeParserWarning code, const gchar *item, gpointer data)
{
    auto *w = static_cast<Warnings *>(data);
    const QString what = item ? QString::fromUtf8(item).simplified() : QString();
    switch (code) {
    case GMIME_WARN_TRUNCATED_MESSAGE:
        w->broken << QStringLiteral("the message is cut off before its end");
        break;
    case GMIME_WARN_MALFORMED_MESSAGE:
        w->broken << QStringLiteral("the message is malformed");
        break;
    case GMIME_CRIT_INVALID_HEADER_NAME:
    case GMIME_CRIT_CONFLICTING_HEADER:
    case GMIME_CRIT_CONFLICTING_PARAMETER:
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
    case GMIME_CRIT_NESTING_OVERFLOW:
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        w->broken << QStringLiteral("its MIME structure cannot be read safely (GMime issue %1%2)")
                         .arg(int(code))
                         .arg(what.isEmpty() ? QString() : QStringLiteral(": ") + what);
        break;
    case GMIME_WARN_INVALID_ADDRESS_LIST:
        w->notes << QStringLiteral("an address list cannot be read: %1").arg(what);
        break;
    case GMIME_WARN_MALFORMED_MULTIPART:
    case GMIME_WARN_PART_WITHOUT_CONTENT:
        w->notes << QStringLiteral("a part of the message is empty or malformed");
        break;
    default: break; // duplicated headers, 8-bit headers: GMime copes and so do we
    }
}

// Counts lines up to byte offsets that only grow, reading the source once.
class LineCounter
{
public:
    explicit LineCounter(std::unique_ptr<QIODevice> source) : m_source(std::move(source))
    {
        m_ok = m_source->open(QIODevice::ReadOnly);
    }

    int lineAt(qint64 offset)
    {
        while (m_ok && m_pos < offset) {
            const QByteArray chunk = m_source->read(qMin<qint64>(offset - m_pos, 1 << 16));
            if (chunk.isEmpty())
                break;
            m_line += int(chunk.count('\n'));
            m_pos += chunk.size();
        }
        return m_line;
    }

private:
    std::unique_ptr<QIODevice> m_source;
    bool m_ok = false;
    qint64 m_pos = 0;
    int m_line = 1;
};

QDateTime fromGDateTime(GDateTime *d)
{
    const QDate date(g_date_time_get_year(d), g_date_time_get_month(d),
                     g_date_time_get_day_of_month(d));
    const QTime time(g_date_time_get_hour(d), g_date_time_get_minute(d), g_date_time_get_second(d));
    const int offset = int(g_date_time_get_utc_offset(d) / G_TIME_SPAN_SECOND);
    return QDateTime(date, time, QTimeZone(offset));
}

// GMime reads any year below 100 as 19xx or 20xx, which is right for the
// obsolete two-digit form but turns "5 Jan 0001" into 2001: a year written
// with more digits must be the year read.
bool yearAsWritten(const QString &header, int year)
{
    static const QRegularExpression re(QStringLiteral(R"(\b\d{1,2}\s+[A-Za-z]{3,}\s+(\d+)\b)"));
    const auto m = re.match(header);
    return !m.hasMatch() || m.captured(1).size() <= 2 || m.captured(1).toInt() == year;
}

// "From sender@host Tue Oct 13 14:15:00 2026": asctime, conventionally UTC.
QDateTime envelopeDate(const QString &marker)
{
    static const QRegularExpression re(QStringLiteral(
        R"(\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:[A-Z]{3,4}\s+|[+-]\d{4}\s+)?(\d{4}))"));
    static const QStringList months = {
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const auto m = re.match(marker);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(6).toInt(), int(months.indexOf(m.captured(1))) + 1,
                     m.captured(2).toInt());
    const QTime time(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
    return QDateTime(date, time, QTimeZone::utc());
}

QList<MailAddress> addresses(InternetAddressList *list)
{
    QList<MailAddress> out;
    const int count = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < count; ++i) {
        InternetAddress *a = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(a)) {
            out << addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)));
            continue;
        }
        const char *name = internet_address_get_name(a);
        const char *email = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a));
        out << MailAddress{QString::fromUtf8(name ? name : "").trimmed(),
                           QString::fromUtf8(email ? email : "").trimmed()};
    }
    return out;
}

QString decodedHeader(GMimeObject *object, const char *name)
{
    const char *raw = g_mime_object_get_header(object, name);
    if (!raw)
        return {};
    char *text = g_mime_utils_header_decode_text(nullptr, raw);
    QString out = QString::fromUtf8(text ? text : raw).simplified();
    g_free(text);
    return out;
}

void readHeaders(GMimeMessage *message, MailMessage &m)
{
    GMimeObject *object = GMIME_OBJECT(message);
    if (const char *id = g_mime_message_get_message_id(message))
        m.messageId = QString::fromUtf8(id).trimmed();
    if (const char *subject = g_mime_message_get_subject(message))
        m.subject = QString::fromUtf8(subject).simplified();
    const QList<MailAddress> from = addresses(g_mime_message_get_from(message));
    m.fromHeader = decodedHeader(object, "From");
    if (!from.isEmpty() && isEmailAddress(from.first().email))
        m.from = from.first();
    else if (m.fromHeader.isEmpty())
        m.notes << QStringLiteral("there is no From header");
    else
        m.notes
            << QStringLiteral("the From header \"%1\" holds no email address").arg(m.fromHeader);
    m.to = addresses(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_TO));
    m.cc = addresses(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_CC));
    if (GDateTime *date = g_mime_message_get_date(message)) {
        m.date = fromGDateTime(date);
        if (!isPlausibleDate(m.date.date()) ||
            !yearAsWritten(decodedHeader(object, "Date"), m.date.date().year())) {
            m.notes << QStringLiteral("the Date header \"%1\" is not a date from 1990 to 2100")
                           .arg(decodedHeader(object, "Date"));
            m.date = {};
        }
    } else if (!decodedHeader(object, "Date").isEmpty()) {
        m.notes << QStringLiteral("the Date header \"%1\" cannot be read")
                       .arg(decodedHeader(object, "Date"));
    }
    const bool anyHeader = !m.messageId.isEmpty() || !m.subject.isEmpty() ||
                           !m.fromHeader.isEmpty() || m.date.isValid() || !m.to.isEmpty();
    if (!anyHeader)
        m.broken = QStringLiteral("no mail headers were found");
}

// Re-importing a message without a Message-ID must find it again: an id
// from what the message says.
QString madeMessageId(const MailMessage &m)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part :
         {m.date.toString(Qt::ISODate), m.from.email.toLower(), m.subject, m.body})
        hash.addData((part + QLatin1Char('\x1f')).toUtf8());
    return QStringLiteral("rapport-%1@imported.invalid")
        .arg(QString::fromLatin1(hash.result().toHex()));
}

// Every message of stream (taken over), named name in positions.
QList<MailMessage> parse(GMimeStream *stream, bool mbox, qint64 size, const QString &name,
                         LineCounter &lines)
{
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_object_unref(stream);
    g_mime_parser_set_format(parser, mbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    GMimeParserOptions *options = g_mime_parser_options_new();
    const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    Warnings warnings;
    g_mime_parser_options_set_warning_callback(options, onWarning, &warnings);

    QList<MailMessage> out;
    while (!g_mime_parser_eos(parser)) {
        warnings = {};
        const gint64 before = g_mime_parser_tell(parser);
        GMimeMessage *message = g_mime_parser_construct_message(parser, options);
        MailMessage m;
        m.position.file = name;
        m.position.index = int(out.size()) + 1;
        if (!message) {
            // Nothing GMime recognises from here on: report it and stop.
            if (out.isEmpty() || before < size) {
                m.position.byteOffset = before;
                m.position.line = lines.lineAt(before);
                m.broken = mbox ? QStringLiteral("no \"From \" line starts a message here")
                                : QStringLiteral("this is not an email message");
                out << m;
            }
            break;
        }
        m.position.byteOffset = mbox ? g_mime_parser_get_mbox_marker_offset(parser) : 0;
        const qint64 length = g_mime_parser_tell(parser) - before;
        m.position.line = lines.lineAt(m.position.byteOffset);
        readHeaders(message, m);
        if (!m.date.isValid() && mbox) {
            char *marker = g_mime_parser_get_mbox_marker(parser);
            m.date = envelopeDate(QString::fromUtf8(marker ? marker : ""));
            g_free(marker);
            m.dateFromEnvelope = m.date.isValid();
        }
        const mailparts::Body body = mailparts::extractBody(message, mbox);
        m.body = body.text;
        m.bodyFromHtml = body.fromHtml;
        m.attachments = body.attachments;
        m.notes << warnings.notes << body.notes;
        if (m.broken.isEmpty() && !warnings.broken.isEmpty())
            m.broken = warnings.broken.join(QStringLiteral("; "));
        if (m.broken.isEmpty() && length > limits::kMailMessageBytes)
            m.broken = QStringLiteral("the message is %1 bytes; messages are imported up to %2 "
                                      "bytes")
                           .arg(length)
                           .arg(limits::kMailMessageBytes);
        if (m.messageId.isEmpty()) {
            m.messageId = madeMessageId(m);
            m.messageIdMade = true;
        }
        out << m;
        g_object_unref(message);
        if (!mbox)
            break;
    }
    g_mime_parser_options_free(options);
    g_object_unref(parser);
    return out;
}

} // namespace

QString MailPosition::describe() const
{
    return QStringLiteral("%1, message %2 (byte %3, line %4)")
        .arg(file)
        .arg(index)
        .arg(byteOffset)
        .arg(line);
}

Result<QList<MailMessage>> MailParser::readFile(const QString &path)
{
    ensureGMime();
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1 cannot be read: %2").arg(path, probe.errorString()));
    const bool mbox = probe.peek(5) == "From ";
    const qint64 fileSize = probe.size();
    if (fileSize == 0)
        return fail(QStringLiteral("%1 is empty: no message to import").arg(path));
    probe.close();

    GError *error = nullptr;
    GMimeStream *stream =
        g_mime_stream_fs_open(QFile::encodeName(path).constData(), O_RDONLY, 0, &error);
    if (!stream) {
        const QString why = error ? QString::fromUtf8(error->message) : QString();
        g_clear_error(&error);
        return fail(QStringLiteral("%1 cannot be read: %2").arg(path, why));
    }
    LineCounter lines(std::make_unique<QFile>(path));
    const QList<MailMessage> out = parse(stream, mbox, fileSize, QFileInfo(path).fileName(), lines);
    if (out.isEmpty())
        return fail(QStringLiteral("%1 holds no email message").arg(path));
    return out;
}

Result<QList<MailMessage>> MailParser::readBytes(const QByteArray &data, const QString &name)
{
    ensureGMime();
    if (data.isEmpty())
        return fail(QStringLiteral("%1 is empty: no message to read").arg(name));
    const bool mbox = data.startsWith("From ");
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size()));
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    LineCounter lines(std::move(buffer));
    const QList<MailMessage> out = parse(stream, mbox, data.size(), name, lines);
    if (out.isEmpty())
        return fail(QStringLiteral("%1 holds no email message").arg(name));
    return out;
}

} // namespace rapport::core
