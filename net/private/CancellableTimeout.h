#pragma once

// Private: VMime types may appear here, never in a public net/ header.

#include <vmime/net/timeoutHandler.hpp>

#include <atomic>
#include <chrono>

namespace rapport::net::detail {

// VMime asks this while it waits on the socket (every 10 ms when reading,
// every second when connecting): a raised cancel flag reads as an expired
// timeout, so a blocked read stops as promptly as a silent server does.
class CancellableTimeout final : public vmime::net::timeoutHandler
{
public:
    CancellableTimeout(std::chrono::milliseconds limit, const std::atomic_bool *cancel);

    bool isTimeOut() override;
    void resetTimeOut() override;
    bool handleTimeOut() override { return false; }

private:
    std::chrono::milliseconds m_limit;
    const std::atomic_bool *m_cancel;
    std::chrono::steady_clock::time_point m_start;
};

class CancellableTimeoutFactory final : public vmime::net::timeoutHandlerFactory
{
public:
    CancellableTimeoutFactory(std::chrono::milliseconds limit, const std::atomic_bool *cancel)
        : m_limit(limit), m_cancel(cancel)
    {}

    vmime::shared_ptr<vmime::net::timeoutHandler> create() override
    {
        return vmime::make_shared<CancellableTimeout>(m_limit, m_cancel);
    }

private:
    std::chrono::milliseconds m_limit;
    const std::atomic_bool *m_cancel;
};

} // namespace rapport::net::detail
