#pragma once

#include "Result.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace rapport::test {

// A throw-away Dovecot on 127.0.0.1 with one user, Maildir storage and a
// fresh self-signed certificate, all inside a temporary folder. Runs as the
// current user, or under Dovecot's own accounts when the tests run as root.
// Independent of any system Dovecot: its own ports, config and sockets.
class DovecotServer final
{
public:
    DovecotServer();
    ~DovecotServer();
    Q_DISABLE_COPY_MOVE(DovecotServer)

    static QString binary();
    static bool installed();

    // Writes the configuration and certificate on the first call; a later
    // call restarts the server on the same ports and mail.
    core::Status start();
    // Stops the whole process group at once (SIGKILL), as a crash would.
    void kill();
    void stop();

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 tlsPort() const { return m_tlsPort; }
    quint16 plainPort() const { return m_plainPort; }
    QString user() const { return QStringLiteral("alice"); }
    QString password() const { return QStringLiteral("correct horse"); }
    // SHA-256 of the server's certificate, "AB:CD:…".
    QString certificateFingerprint() const { return m_fingerprint; }

    // Puts a message into a folder ("INBOX" or "Lists/Residency" and the
    // like) as an unread Maildir file; returns the file's path.
    QString addMessage(const QByteArray &raw, const QString &folder = QStringLiteral("INBOX"));
    void createFolder(const QString &folder);
    // File names in the folder's cur/ and new/, flags included (":2,S").
    QStringList messageFiles(const QString &folder = QStringLiteral("INBOX")) const;
    // Drops Dovecot's UID list and indexes: the next session renumbers the
    // folder under a new UIDVALIDITY.
    void forgetUids(const QString &folder = QStringLiteral("INBOX"));

    QString log() const;

private:
    QString maildir(const QString &folder) const;
    core::Status writeSetup();
    core::Status waitUntilListening();
    void waitUntilClosed();
    void handToMailUser(const QString &path) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_tlsPort = 0;
    quint16 m_plainPort = 0;
    QString m_fingerprint;
    bool m_setUp = false;
    uint m_mailUid = 0;
    uint m_mailGid = 0;
    int m_sequence = 0;
};

} // namespace rapport::test
