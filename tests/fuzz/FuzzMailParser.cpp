// A mail file (one message or an mbox archive) through GMime as the mail
// import reads it, and the same bytes as an HTML body to turn into text.
#include "FuzzSupport.h"

#include "io/HtmlText.h"
#include "io/MailParser.h"

using namespace rapport;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString path = fuzz::writeInput(input, QStringLiteral("input.mbox"));
    const auto messages = core::MailParser::readFile(path);
    if (messages) {
        for (const core::MailMessage &m : *messages)
            (void)core::htmlToText(m.body);
    }
    (void)core::htmlToText(QString::fromUtf8(input));
    return 0;
}
