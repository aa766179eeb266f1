#include "CancellableTimeout.h"

namespace rapport::net::detail {

CancellableTimeout::CancellableTimeout(std::chrono::milliseconds limit,
                                       const std::atomic_bool *cancel)
    : m_limit(limit), m_cancel(cancel), m_start(std::chrono::steady_clock::now())
{}

bool CancellableTimeout::isTimeOut()
{
    if (m_cancel && m_cancel->load())
        return true;
    return std::chrono::steady_clock::now() - m_start >= m_limit;
}

void CancellableTimeout::resetTimeOut()
{
    m_start = std::chrono::steady_clock::now();
}

} // namespace rapport::net::detail
