// GMime first (through MailParts.h); see there.
#include "MailParts.h"

#include "MailOriginal.h"

#include <mutex>

namespace rapport::core {
namespace {

QString headerValue(GMimeHeader *header)
{
    // GMime decodes RFC 2047 words and unfolds; the raw value is the fallback.
    const char *value = g_mime_header_get_value(header);
    if (!value)
        value = g_mime_header_get_raw_value(header);
    return QString::fromUtf8(value ? value : "").simplified();
}

} // namespace

QString MailOriginal::header(const QString &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Result<MailOriginal> MailOriginalReader::read(const QByteArray &raw)
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
    if (raw.isEmpty())
        return fail(QStringLiteral("the message is empty"));
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_object_unref(stream);
    g_mime_parser_set_format(parser,
                             raw.startsWith("From ") ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    GMimeParserOptions *options = g_mime_parser_options_new();
    const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    GMimeMessage *message = g_mime_parser_construct_message(parser, options);
    g_mime_parser_options_free(options);
    g_object_unref(parser);
    if (!message)
        return fail(QStringLiteral("this is not an email message"));

    MailOriginal out;
    GMimeHeaderList *list = g_mime_object_get_header_list(GMIME_OBJECT(message));
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
        const char *name = g_mime_header_get_name(header);
        out.headers.append({QString::fromUtf8(name ? name : ""), headerValue(header)});
    }
    const mailparts::Body body = mailparts::extractBody(message, false);
    out.text = body.text;
    out.textFromHtml = body.fromHtml;
    out.html = body.html;
    out.attachments = body.attachments;
    g_object_unref(message);
    return out;
}

} // namespace rapport::core
