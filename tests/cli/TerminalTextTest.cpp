#include "TerminalText.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using rapport::cli::ControlFilter;
using rapport::cli::escapeRawControls;

namespace {

QByteArray filtered(const QByteArray &text)
{
    return ControlFilter().filter(text.constData(), text.size());
}

struct Case
{
    const char *input;
    const char *expected;
};

TEST(TerminalText, DropsControlSequencesAndKeepsTheText)
{
    const Case cases[] = {
        {"plain\ttext\n", "plain\ttext\n"},
        {"\x1b]0;title\x07Subject", "Subject"},                     // OSC ended by BEL
        {"\x1b]8;;https://x.test\x1b\\link\x1b]8;;\x1b\\", "link"}, // OSC ended by ST
        {"\x1b[2JClear", "Clear"},                                  // CSI
        {"\x1b[1;31mred\x1b[0m", "red"},
        {"\x1b[?1049hscreen", "screen"},
        {"\x1b"
         "creset",
         "reset"},                        // ESC and a final byte
        {"\x1b(Bcharset", "charset"},     // with an intermediate
        {"\x1bPdcs\x1b\\after", "after"}, // DCS
        {"\xc2\x9b"
         "2Jc1",
         "c1"}, // C1 CSI
        {"\xc2\x9d"
         "0;t\xc2\x9c"
         "c1 osc",
         "c1 osc"}, // C1 OSC ended by C1 ST
        {"\xc2\x85"
         "nel",
         "nel"}, // a lone C1 control
        {"bell\x07 cr\r back\b del\x7f nul", "bell cr back del nul"},
        {"open \x1b]0;title\nnext", "open \nnext"}, // an unterminated string ends with its line
        {"caf\xc3\xa9 \xc2\xa0 \xc2\xbf \xe2\x80\x94",
         "caf\xc3\xa9 \xc2\xa0 \xc2\xbf \xe2\x80\x94"},
    };
    for (const Case &c : cases)
        EXPECT_EQ(filtered(c.input), QByteArray(c.expected)) << c.input;
}

TEST(TerminalText, ASequenceSplitAcrossWritesIsDroppedWhole)
{
    ControlFilter filter;
    QByteArray out = filter.filter("a\x1b]0;ti", 7);
    out += filter.filter("tle\x07"
                         "b\x1b[",
                         7);
    out += filter.filter("2Jc\xc2", 4);
    out += filter.filter("\x9b"
                         "1md\xc2",
                         5);
    out += filter.filter("\xa0", 1);
    EXPECT_EQ(out, QByteArray("abcd\xc2\xa0"));
}

TEST(TerminalText, JsonKeepsTheControlsAsEscapes)
{
    const QString subject = QStringLiteral("a\u001b]0;t\u0007b\u009b2Jc\u007f");
    const QString json = escapeRawControls(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("s"), subject}}).toJson()));
    const QByteArray bytes = json.toUtf8();
    EXPECT_EQ(filtered(bytes), bytes) << "nothing left for the filter to drop";
    EXPECT_EQ(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("s")).toString(),
              subject);
}

} // namespace
