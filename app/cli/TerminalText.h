#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <cstdio>

namespace rapport::cli {

// Drops terminal control sequences from UTF-8 text: ESC sequences (CSI,
// OSC, DCS and the rest), the C1 controls and every other C0 control but tab
// and newline. Imported subjects and names reach the terminal through here,
// so they can neither retitle nor clear it. A sequence may span chunks.
class ControlFilter
{
public:
    QByteArray filter(const char *data, qint64 size);

private:
    enum class State
    {
        Text,
        Lead,         // 0xC2, the first byte of a C1 control or of U+00A0..U+00BF
        Escape,       // after ESC
        Intermediate, // ESC and 0x20..0x2F, waiting for the final byte
        Csi,          // parameters until the final byte
        String,       // OSC, DCS, SOS, PM or APC until BEL or ST
        StringEscape, // ESC inside a string: "\\" ends it
        StringLead,   // 0xC2 inside a string: 0x9C (ST) ends it
    };
    void feed(unsigned char byte, QByteArray &out);
    void control(unsigned char c1);

    State m_state = State::Text;
};

QString withoutControls(const QString &text);

// JSON keeps the data exact: the controls it leaves raw (DEL and C1) are
// written as \u escapes, so the filter finds nothing to drop in it.
QString escapeRawControls(const QString &json);

// Standard output, filtered on the way.
class TerminalOutput final : public QIODevice
{
public:
    explicit TerminalOutput(std::FILE *target);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_target;
    ControlFilter m_filter;
};

} // namespace rapport::cli
