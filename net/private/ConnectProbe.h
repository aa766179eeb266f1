#pragma once

#include <QString>

#include <chrono>

namespace rapport::net::detail {

// Why a TCP connection to host:port fails, as the system words it
// ("Connection refused"), or empty if it succeeds. VMime 0.9.2 reports
// every failed connect as "timed out", which sends users looking in the
// wrong place.
QString connectProblem(const QString &host, quint16 port, std::chrono::milliseconds limit);

} // namespace rapport::net::detail
