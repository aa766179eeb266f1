#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace rapport::fuzz {

// Once per process: a QCoreApplication (plugins such as QSQLITE are found
// through it) and Qt's warnings silenced, so the log shows only crashes.
void initialize(int *argc, char ***argv);

QByteArray bytes(const std::uint8_t *data, std::size_t size);

// A file in a private temporary folder holding exactly data, for code that
// reads only from disk. The same path is reused by every input.
QString writeInput(const QByteArray &data, const QString &name);

// A broken invariant: abort so libFuzzer keeps the input as a crash.
[[noreturn]] void failInvariant(const char *what);

} // namespace rapport::fuzz
