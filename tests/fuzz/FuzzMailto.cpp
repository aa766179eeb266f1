// A mailto: link from fuzzed addresses, subject and body: whatever is
// accepted must decode back to exactly the text given, and nothing in the
// text may add a header or a recipient.
#include "FuzzSupport.h"

#include "compose/MailtoUrl.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace rapport;

namespace {

// RFC 6068 line breaks: what the text should decode back to.
QString withCrlf(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return text;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    QStringList to;
    const int count = in.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < count; ++i)
        to << QString::fromStdString(in.ConsumeRandomLengthString(64));
    const QString subject = QString::fromStdString(in.ConsumeRandomLengthString(200));
    const QString body = QString::fromStdString(in.ConsumeRemainingBytesAsString());

    const auto text = core::MailtoUrl::buildText(to, subject, body);
    if (!text)
        return 0;
    const auto url = core::MailtoUrl::build(to, subject, body);
    if (!url)
        fuzz::failInvariant("a link built as text is not a valid URL");

    const QByteArray link = text->toLatin1();
    const qsizetype query = link.indexOf('?');
    const QByteArray recipients = link.mid(7, query < 0 ? -1 : query - 7);
    if (recipients.split(',').size() != qMax<qsizetype>(to.size(), 1))
        fuzz::failInvariant("the number of recipients changed");
    if (query < 0) {
        if (!subject.isEmpty() || !body.isEmpty())
            fuzz::failInvariant("the subject or body was dropped");
        return 0;
    }
    QString decodedSubject;
    QString decodedBody;
    for (const QByteArray &field : link.mid(query + 1).split('&')) {
        if (field.startsWith("subject=") && decodedSubject.isNull())
            decodedSubject = QUrl::fromPercentEncoding(field.mid(8));
        else if (field.startsWith("body=") && decodedBody.isNull())
            decodedBody = QUrl::fromPercentEncoding(field.mid(5));
        else
            fuzz::failInvariant("the text added a field to the link");
    }
    if (decodedSubject != (subject.isEmpty() ? QString() : withCrlf(subject)))
        fuzz::failInvariant("the subject does not decode back to itself");
    if (decodedBody != (body.isEmpty() ? QString() : withCrlf(body)))
        fuzz::failInvariant("the body does not decode back to itself");
    return 0;
}
