#include "TerminalText.h"

namespace rapport::cli {
namespace {

constexpr unsigned char kEsc = 0x1B;
constexpr unsigned char kBel = 0x07;
constexpr unsigned char kLead = 0xC2; // UTF-8 lead byte of U+0080..U+00BF

bool isStringIntroducer(unsigned char c)
{
    // OSC, DCS, SOS, PM, APC after ESC
    return c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_';
}

} // namespace

void ControlFilter::control(unsigned char c1)
{
    if (c1 == 0x9B)
        m_state = State::Csi;
    else if (c1 == 0x9D || c1 == 0x90 || c1 == 0x98 || c1 == 0x9E || c1 == 0x9F)
        m_state = State::String;
    else
        m_state = State::Text;
}

void ControlFilter::feed(unsigned char byte, QByteArray &out)
{
    switch (m_state) {
    case State::Text:
        if (byte == kEsc)
            m_state = State::Escape;
        else if (byte == kLead)
            m_state = State::Lead;
        else if ((byte >= 0x20 && byte != 0x7F) || byte == '\t' || byte == '\n')
            out.append(char(byte));
        return;
    case State::Lead:
        if (byte >= 0x80 && byte <= 0x9F) {
            control(byte);
            return;
        }
        out.append(char(kLead));
        m_state = State::Text;
        feed(byte, out);
        return;
    case State::Escape:
        if (byte == '[')
            m_state = State::Csi;
        else if (isStringIntroducer(byte))
            m_state = State::String;
        else if (byte >= 0x20 && byte <= 0x2F)
            m_state = State::Intermediate;
        else if (byte >= 0x30 && byte <= 0x7E)
            m_state = State::Text;
        else {
            m_state = State::Text;
            feed(byte, out);
        }
        return;
    case State::Intermediate:
    case State::Csi: {
        const unsigned char last = m_state == State::Csi ? 0x3F : 0x2F;
        if (byte >= 0x20 && byte <= last)
            return;
        m_state = State::Text;
        if (byte > last && byte <= 0x7E)
            return;      // the final byte
        feed(byte, out); // a broken sequence ends; the byte is text again
        return;
    }
    case State::String:
        if (byte == kBel)
            m_state = State::Text;
        else if (byte == kEsc)
            m_state = State::StringEscape;
        else if (byte == kLead)
            m_state = State::StringLead;
        else if (byte == '\n') {
            // Unterminated: the string ends with its line, not the output.
            m_state = State::Text;
            out.append('\n');
        }
        return;
    case State::StringEscape:
        m_state = State::Escape;
        if (byte == '\\')
            m_state = State::Text;
        else
            feed(byte, out);
        return;
    case State::StringLead: m_state = byte == 0x9C ? State::Text : State::String; return;
    }
}

QByteArray ControlFilter::filter(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(size);
    for (qint64 i = 0; i < size; ++i)
        feed(static_cast<unsigned char>(data[i]), out);
    return out;
}

QString withoutControls(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return QString::fromUtf8(ControlFilter().filter(utf8.constData(), utf8.size()));
}

QString escapeRawControls(const QString &json)
{
    QString out;
    out.reserve(json.size());
    for (const QChar c : json) {
        if (c.unicode() >= 0x7F && c.unicode() <= 0x9F)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

TerminalOutput::TerminalOutput(std::FILE *target) : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    const QByteArray text = m_filter.filter(data, size);
    if (std::fwrite(text.constData(), 1, size_t(text.size()), m_target) != size_t(text.size()) ||
        std::fflush(m_target) != 0)
        return -1;
    return size;
}

} // namespace rapport::cli
