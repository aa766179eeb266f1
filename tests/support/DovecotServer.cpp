#include "DovecotServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rapport::test {

namespace {

// Two distinct ports the kernel reports free right now.
QList<quint16> freePorts(int count)
{
    QList<int> sockets;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        ::bind(fd, reinterpret_cast<sockaddr *>(&address), length);
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
        sockets << fd;
        ports << ntohs(address.sin_port);
    }
    for (int fd : sockets)
        ::close(fd);
    return ports;
}

bool accepts(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    const bool connected =
        ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QString userName(uid_t uid)
{
    const passwd *entry = ::getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(uid);
}

QString groupName(gid_t gid)
{
    const group *entry = ::getgrgid(gid);
    return entry ? QString::fromLocal8Bit(entry->gr_name) : QString::number(gid);
}

} // namespace

DovecotServer::DovecotServer() = default;

DovecotServer::~DovecotServer()
{
    stop();
}

QString DovecotServer::binary()
{
    return QStringLiteral("/usr/sbin/dovecot");
}

bool DovecotServer::installed()
{
    return QFileInfo(binary()).isExecutable();
}

QString DovecotServer::maildir(const QString &folder) const
{
    const QString root = m_dir.filePath(QStringLiteral("home/Maildir"));
    if (folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return root;
    // Maildir++: "Lists/Residency" lives in ".Lists.Residency".
    return root + QStringLiteral("/.") +
           QString(folder).replace(QLatin1Char('/'), QLatin1Char('.'));
}

void DovecotServer::handToMailUser(const QString &path) const
{
    // As root, Dovecot reads the mail as its own account, never as root.
    if (::geteuid() == 0 && ::chown(QFile::encodeName(path).constData(), m_mailUid, m_mailGid) != 0)
        ADD_FAILURE() << "chown failed for " << path.toStdString();
}

core::Status DovecotServer::writeSetup()
{
    if (!m_dir.isValid())
        return core::fail(QStringLiteral("No temporary folder for Dovecot"));
    const QString dir = m_dir.path();
    const bool root = ::geteuid() == 0;
    m_mailUid = ::geteuid();
    m_mailGid = ::getegid();
    if (root) {
        const passwd *dovecot = ::getpwnam("dovecot");
        if (!dovecot)
            return core::fail(
                QStringLiteral("Running as root, but the dovecot account does not exist"));
        m_mailUid = dovecot->pw_uid;
        m_mailGid = dovecot->pw_gid;
        // Dovecot's unprivileged processes must reach the passwd file.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                       QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                       QFileDevice::ExeOther);
    }

    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=imap.rapport.test"), QStringLiteral("-keyout"),
                   dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                   dir + QStringLiteral("/cert.pem")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return core::fail(QStringLiteral("openssl req failed: ") +
                          QString::fromLocal8Bit(openssl.readAll()));
    QFile pem(dir + QStringLiteral("/cert.pem"));
    if (!pem.open(QIODevice::ReadOnly))
        return core::fail(QStringLiteral("No certificate was written"));
    QByteArray base64;
    for (const QByteArray &line : pem.readAll().split('\n')) {
        if (!line.startsWith("-----"))
            base64 += line.trimmed();
    }
    m_fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromBase64(base64), QCryptographicHash::Sha256)
            .toHex(':')
            .toUpper());

    const QList<quint16> ports = freePorts(2);
    m_tlsPort = ports[0];
    m_plainPort = ports[1];
    const QString home = dir + QStringLiteral("/home");
    for (const QString &sub :
         {QString(), QStringLiteral("/Maildir"), QStringLiteral("/Maildir/cur"),
          QStringLiteral("/Maildir/new"), QStringLiteral("/Maildir/tmp")}) {
        QDir().mkpath(home + sub);
        handToMailUser(home + sub);
    }
    const QByteArray passwdLine = QStringLiteral("%1:{PLAIN}%2:%3:%4::%5::\n")
                                      .arg(user(), password())
                                      .arg(m_mailUid)
                                      .arg(m_mailGid)
                                      .arg(home)
                                      .toUtf8();
    if (!writeFile(dir + QStringLiteral("/passwd"), passwdLine))
        return core::fail(QStringLiteral("Could not write the passwd file"));

    QString config = QStringLiteral(R"(base_dir = %1/run
state_dir = %1/state
log_path = %1/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <%1/cert.pem
ssl_key = <%1/key.pem
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %1/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u %1/passwd
}
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    port = %2
  }
  inet_listener imaps {
    port = %3
    ssl = yes
  }
%4}
)")
                         .arg(dir)
                         .arg(m_plainPort)
                         .arg(m_tlsPort)
                         .arg(root ? QString() : QStringLiteral("  chroot =\n"));
    // The %u above is Dovecot's, not a placeholder: arg() leaves it alone.
    if (!root) {
        config += QStringLiteral("default_internal_user = %1\ndefault_internal_group = %2\n"
                                 "default_login_user = %1\nservice anvil {\n  chroot =\n}\n")
                      .arg(userName(::geteuid()), groupName(::getegid()));
    }
    if (!writeFile(dir + QStringLiteral("/dovecot.conf"), config.toUtf8()))
        return core::fail(QStringLiteral("Could not write dovecot.conf"));
    return {};
}

core::Status DovecotServer::start()
{
    if (!m_setUp) {
        if (auto status = writeSetup(); !status)
            return status;
        m_setUp = true;
    }
    m_process.setProgram(binary());
    m_process.setArguments({QStringLiteral("-F"), QStringLiteral("-c"),
                            m_dir.filePath(QStringLiteral("dovecot.conf"))});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so kill() reaches the imap children too.
    m_process.setChildProcessModifier([] { ::setsid(); });
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return core::fail(QStringLiteral("Could not start ") + binary() + QStringLiteral(": ") +
                          m_process.errorString());
    return waitUntilListening();
}

core::Status DovecotServer::waitUntilListening()
{
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (accepts(m_tlsPort) && accepts(m_plainPort))
            return {};
        // Waiting for an exit doubles as the pause between two tries.
        if (m_process.waitForFinished(20))
            return core::fail(QStringLiteral("Dovecot exited: ") +
                              QString::fromLocal8Bit(m_process.readAll()) + log());
    }
    return core::fail(QStringLiteral("Dovecot did not listen within 30 s: ") + log());
}

void DovecotServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(-pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
    waitUntilClosed();
}

void DovecotServer::waitUntilClosed()
{
    // Login processes hold the listening sockets too and die a moment after
    // the master: a restart before then would find the ports still taken.
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && (accepts(m_tlsPort) || accepts(m_plainPort)))
        QThread::msleep(5);
}

void DovecotServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const pid_t group = pid_t(m_process.processId());
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        ::kill(-group, SIGKILL);
    ::kill(-group, SIGKILL); // any child the master left behind
    m_process.waitForFinished(10000);
    waitUntilClosed();
}

void DovecotServer::createFolder(const QString &folder)
{
    const QString path = maildir(folder);
    for (const QString &sub :
         {QString(), QStringLiteral("/cur"), QStringLiteral("/new"), QStringLiteral("/tmp")}) {
        QDir().mkpath(path + sub);
        handToMailUser(path + sub);
    }
}

QString DovecotServer::addMessage(const QByteArray &raw, const QString &folder)
{
    createFolder(folder);
    ++m_sequence;
    // Maildir names sort by their time part; Dovecot numbers new files in
    // the order it finds them, so the sequence keeps UIDs in insertion order.
    const QString name = QStringLiteral("%1.M%2P%3.rapport-test:2,")
                             .arg(1700000000 + m_sequence)
                             .arg(m_sequence)
                             .arg(::getpid());
    const QString path = maildir(folder) + QStringLiteral("/cur/") + name;
    if (!writeFile(path, raw))
        ADD_FAILURE() << "could not write " << path.toStdString();
    handToMailUser(path);
    return path;
}

QStringList DovecotServer::messageFiles(const QString &folder) const
{
    QStringList names;
    for (const QString &sub : {QStringLiteral("/cur"), QStringLiteral("/new")})
        names += QDir(maildir(folder) + sub).entryList(QDir::Files, QDir::Name);
    return names;
}

void DovecotServer::forgetUids(const QString &folder)
{
    QDir dir(maildir(folder));
    for (const QString &name : dir.entryList(
             {QStringLiteral("dovecot-uidlist"), QStringLiteral("dovecot.index*")}, QDir::Files))
        dir.remove(name);
}

QString DovecotServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("dovecot.log")));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no Dovecot log)");
    return QStringLiteral("\n--- dovecot.log ---\n") + QString::fromLocal8Bit(file.readAll());
}

} // namespace rapport::test
