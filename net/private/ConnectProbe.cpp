#include "ConnectProbe.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rapport::net::detail {

namespace {

int tryAddress(const addrinfo &address, int timeoutMs)
{
    const int fd = ::socket(address.ai_family, address.ai_socktype, address.ai_protocol);
    if (fd < 0)
        return errno;
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    int error = 0;
    if (::connect(fd, address.ai_addr, address.ai_addrlen) != 0) {
        error = errno;
        if (error == EINPROGRESS) {
            pollfd fds{fd, POLLOUT, 0};
            if (::poll(&fds, 1, timeoutMs) == 1) {
                socklen_t length = sizeof error;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
            } else {
                error = ETIMEDOUT;
            }
        }
    }
    ::close(fd);
    return error;
}

} // namespace

QString connectProblem(const QString &host, quint16 port, std::chrono::milliseconds limit)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int rc = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(),
                                 &hints, &found);
    if (rc != 0)
        return QStringLiteral("the host name was not found (%1)")
            .arg(QString::fromLocal8Bit(::gai_strerror(rc)));
    int error = 0;
    for (const addrinfo *address = found; address; address = address->ai_next) {
        error = tryAddress(*address, int(limit.count()));
        if (error == 0)
            break;
    }
    ::freeaddrinfo(found);
    return error == 0 ? QString() : QString::fromLocal8Bit(std::strerror(error));
}

} // namespace rapport::net::detail
