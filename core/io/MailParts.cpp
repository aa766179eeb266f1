// GMime first; see MailParts.h.
#include "MailParts.h"

#include "HtmlText.h"
#include "TextDecoding.h"

#include <QRegularExpression>

namespace rapport::core::mailparts {
namespace {

struct Walk
{
    bool unescapeFrom = false;
    bool havePlain = false;
    bool haveHtml = false;
    QString plain;
    QString html;
    QStringList attachments;
    QStringList notes;
};

QByteArray decodedBytes(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeStream *memory = g_mime_stream_mem_new();
    // Writing the wrapper undoes quoted-printable or base64.
    g_mime_data_wrapper_write_to_stream(content, memory);
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory));
    QByteArray out(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
    g_object_unref(memory);
    return out;
}

// RFC 3676: a line ending in a space continues on the next one.
QString unflow(const QString &text, bool delsp)
{
    QStringList out;
    QString current;
    bool continuing = false;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char(' ')))
            line.remove(0, 1); // space stuffing
        current = continuing ? current + line : line;
        continuing = line.endsWith(QLatin1Char(' ')) && line != QLatin1String("-- ");
        if (continuing && delsp)
            current.chop(1);
        if (!continuing)
            out << current;
    }
    if (continuing)
        out << current;
    return out.join(QLatin1Char('\n'));
}

QString partText(GMimePart *part, Walk &w)
{
    GMimeObject *object = GMIME_OBJECT(part);
    const char *charset = g_mime_object_get_content_type_parameter(object, "charset");
    QString text = decodeCharset(decodedBytes(part), charset, &w.notes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const char *format = g_mime_object_get_content_type_parameter(object, "format");
    if (format && g_ascii_strcasecmp(format, "flowed") == 0) {
        const char *delsp = g_mime_object_get_content_type_parameter(object, "delsp");
        text = unflow(text, delsp && g_ascii_strcasecmp(delsp, "yes") == 0);
    }
    if (w.unescapeFrom) {
        static const QRegularExpression quoted(QStringLiteral("^>(>*From )"),
                                               QRegularExpression::MultilineOption);
        text.replace(quoted, QStringLiteral("\\1"));
    }
    return text;
}

QString attachmentName(GMimeObject *object)
{
    if (GMIME_IS_PART(object)) {
        if (const char *name = g_mime_part_get_filename(GMIME_PART(object)))
            return QString::fromUtf8(name);
    }
    GMimeContentType *type = g_mime_object_get_content_type(object);
    char *mime = type ? g_mime_content_type_get_mime_type(type) : nullptr;
    QString name = QStringLiteral("unnamed %1 part")
                       .arg(mime ? QString::fromUtf8(mime) : QStringLiteral("binary"));
    g_free(mime);
    return name;
}

void walk(GMimeObject *object, Walk &w)
{
    if (!object)
        return;
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        const char *subject = inner ? g_mime_message_get_subject(inner) : nullptr;
        w.attachments
            << (subject ? QStringLiteral("forwarded message \"%1\"").arg(QString::fromUtf8(subject))
                        : QStringLiteral("forwarded message"));
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            walk(g_mime_multipart_get_part(multipart, i), w);
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart *part = GMIME_PART(object);
    GMimeContentType *type = g_mime_object_get_content_type(object);
    const bool inlineText =
        !g_mime_part_is_attachment(part) && type && g_mime_content_type_is_type(type, "text", "*");
    if (inlineText && g_mime_content_type_is_type(type, "text", "plain")) {
        if (!w.havePlain) {
            w.plain = partText(part, w);
            w.havePlain = true;
        }
        return;
    }
    if (inlineText && g_mime_content_type_is_type(type, "text", "html")) {
        if (!w.haveHtml) {
            w.html = partText(part, w);
            w.haveHtml = true;
        }
        return;
    }
    w.attachments << attachmentName(object);
}

} // namespace

QString decodeCharset(const QByteArray &bytes, const char *charset, QStringList *notes)
{
    const QByteArray declared = QByteArray(charset ? charset : "").trimmed().toLower();
    const bool latinLike = declared.isEmpty() || declared == "us-ascii" || declared == "ascii" ||
                           declared == "iso-8859-1" || declared == "latin1" ||
                           declared == "windows-1252" || declared == "cp1252";
    if (latinLike || declared == "utf-8" || declared == "utf8")
        return decodeText(bytes);

    const char *iconvName = g_mime_charset_iconv_name(charset);
    gsize written = 0;
    GError *error = nullptr;
    gchar *utf8 = g_convert(bytes.constData(), gssize(bytes.size()), "UTF-8", iconvName, nullptr,
                            &written, &error);
    if (utf8) {
        QString text = QString::fromUtf8(utf8, qsizetype(written));
        g_free(utf8);
        return text;
    }
    if (notes)
        notes->append(QStringLiteral("the text is not valid %1 (%2); it was read as %3")
                          .arg(QString::fromLatin1(declared),
                               error ? QString::fromUtf8(error->message) : QString(),
                               isValidUtf8(bytes) ? QStringLiteral("UTF-8")
                                                  : QStringLiteral("windows-1252")));
    if (error)
        g_error_free(error);
    return decodeText(bytes);
}

Body extractBody(GMimeMessage *message, bool unescapeFrom)
{
    Walk w;
    w.unescapeFrom = unescapeFrom;
    walk(g_mime_message_get_mime_part(message), w);
    Body body;
    if (w.havePlain) {
        body.text = w.plain;
    } else if (w.haveHtml) {
        body.text = htmlToText(w.html);
        body.fromHtml = true;
    }
    // Trailing blank lines are the transport's, not the writer's.
    while (body.text.endsWith(QLatin1Char('\n')))
        body.text.chop(1);
    if (w.haveHtml)
        body.html = w.html;
    body.attachments = w.attachments;
    body.notes = w.notes;
    return body;
}

} // namespace rapport::core::mailparts
