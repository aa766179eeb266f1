#pragma once

#include <QByteArray>
#include <QString>

namespace rapport::core {

// Text files from spreadsheets and mail clients: UTF-16 (little or big
// endian) when a byte order mark says so; UTF-8 when the bytes are valid
// UTF-8 (a byte order mark is dropped), else windows-1252, which is
// what "ANSI" exports on Windows are and a superset of ISO-8859-1's
// printable range. Qt Core alone has no windows-1252 codec.
QString decodeText(const QByteArray &bytes);

bool isValidUtf8(const QByteArray &bytes);
QString fromWindows1252(const QByteArray &bytes);

} // namespace rapport::core
