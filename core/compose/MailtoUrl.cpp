#include "MailtoUrl.h"

#include "domain/Validation.h"

namespace rapport::core {
namespace {

// Characters that would end the address part, start a header or a second
// address, or smuggle in an encoded one (RFC 6068 section 2).
constexpr QStringView kForbidden = u"?&,%\r\n \t";

QByteArray encodeText(QString text)
{
    // RFC 6068: line breaks in a body are CRLF, percent-encoded.
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QByteArray encoded = QUrl::toPercentEncoding(text);
    encoded.replace("%0A", "%0D%0A");
    return encoded;
}

} // namespace

Status MailtoUrl::checkAddress(const QString &address)
{
    if (address.trimmed().isEmpty())
        return fail(QStringLiteral("an empty address cannot go into a mailto: link"));
    for (const QChar c : address) {
        if (kForbidden.contains(c)) {
            QString shown = c == QLatin1Char('\r')   ? QStringLiteral("a line break (CR)")
                            : c == QLatin1Char('\n') ? QStringLiteral("a line break (LF)")
                            : c.isSpace()            ? QStringLiteral("a space")
                                                     : QStringLiteral("\"%1\"").arg(c);
            return fail(QStringLiteral("the address \"%1\" contains %2, which a mailto: link "
                                       "cannot carry safely")
                            .arg(address.simplified(), shown));
        }
    }
    if (!isEmailAddress(address))
        return fail(QStringLiteral("\"%1\" is not an email address").arg(address));
    return {};
}

Result<QString> MailtoUrl::buildText(const QStringList &to, const QString &subject,
                                     const QString &body)
{
    QByteArray out = "mailto:";
    for (qsizetype i = 0; i < to.size(); ++i) {
        if (auto s = checkAddress(to.at(i)); !s)
            return s.error();
        if (i > 0)
            out += ',';
        out += QUrl::toPercentEncoding(to.at(i), "@");
    }
    QList<QByteArray> fields;
    if (!subject.isEmpty())
        fields << "subject=" + encodeText(subject);
    if (!body.isEmpty())
        fields << "body=" + encodeText(body);
    if (!fields.isEmpty())
        out += '?' + fields.join('&');
    return QString::fromLatin1(out);
}

Result<QUrl> MailtoUrl::build(const QStringList &to, const QString &subject, const QString &body)
{
    auto text = buildText(to, subject, body);
    if (!text)
        return text.error();
    const QUrl url = QUrl::fromEncoded(text->toLatin1(), QUrl::StrictMode);
    if (!url.isValid())
        return fail(QStringLiteral("the mailto: link is not valid: %1").arg(url.errorString()));
    return url;
}

} // namespace rapport::core
