#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace rapport::net {

// What went wrong talking to the server, with a message a user can act on.
struct ImapError
{
    enum class Kind
    {
        Connection,           // refused, unreachable, or lost mid-way
        Timeout,              // the server stopped answering
        Authentication,       // wrong user name or password
        UntrustedCertificate, // the window may offer to trust the fingerprint
        Cancelled,            // the cancel flag was raised
        Server,               // the server refused a command (no such folder, …)
        Unavailable,          // Rapport's IMAP module is missing or does not fit
    };

    Kind kind = Kind::Server;
    QString message;
    // Set for UntrustedCertificate: "AB:CD:…" (SHA-256) and the subject DN.
    QString certificateFingerprint;
    QString certificateSubject;
};

// A value or an ImapError.
template <typename T> class [[nodiscard]] ImapResult
{
public:
    ImapResult(T value) : m_data(std::move(value)) {}         // NOLINT(google-explicit-constructor)
    ImapResult(ImapError error) : m_data(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    const ImapError &error() const { return std::get<ImapError>(m_data); }

private:
    std::variant<T, ImapError> m_data;
};

template <> class [[nodiscard]] ImapResult<void>
{
public:
    ImapResult() = default;
    ImapResult(ImapError error)
        : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const ImapError &error() const { return *m_error; }

private:
    std::optional<ImapError> m_error;
};

} // namespace rapport::net
