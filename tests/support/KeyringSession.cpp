#include "KeyringSession.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <signal.h>

namespace rapport::test {

bool KeyringSession::installed()
{
    return !QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("dbus-send")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty();
}

KeyringSession::~KeyringSession()
{
    stop();
}

core::Status KeyringSession::start()
{
    if (!m_dir.isValid())
        return core::fail(QStringLiteral("No temporary folder for the keyring"));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString runtime = m_dir.filePath(QStringLiteral("run"));
    QDir().mkpath(data + QStringLiteral("/keyrings"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // libsecret stores into the "default" alias; naming "login" here keeps
    // gnome-keyring from prompting to create a default collection.
    QFile alias(data + QStringLiteral("/keyrings/default"));
    if (!alias.open(QIODevice::WriteOnly) || alias.write("login") != 5)
        return core::fail(QStringLiteral("Could not write the keyring alias"));
    alias.close();

    QProcess bus;
    bus.start(QStringLiteral("dbus-daemon"),
              {QStringLiteral("--session"), QStringLiteral("--fork"),
               QStringLiteral("--print-address=1"), QStringLiteral("--print-pid=1")});
    if (!bus.waitForFinished(10000) || bus.exitCode() != 0)
        return core::fail(QStringLiteral("dbus-daemon failed: ") +
                          QString::fromLocal8Bit(bus.readAllStandardError()));
    const QList<QByteArray> lines = bus.readAllStandardOutput().trimmed().split('\n');
    if (lines.size() < 2)
        return core::fail(QStringLiteral("dbus-daemon printed no address and pid"));
    m_address = lines[0].trimmed();
    m_busPid = lines[1].trimmed().toLongLong();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(m_address));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(10000))
        return core::fail(QStringLiteral("gnome-keyring-daemon did not start: ") +
                          m_keyring.errorString());
    // --unlock reads the login password from standard input until EOF.
    m_keyring.write("rapport-test-keyring");
    m_keyring.closeWriteChannel();
    if (auto status = waitForSecretService(); !status)
        return status;

    m_hadAddress = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    m_previousAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
    m_addressSet = true;
    return {};
}

core::Status KeyringSession::waitForSecretService()
{
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QProcess ask;
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--bus=") + QString::fromLatin1(m_address),
                   QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
                   QStringLiteral("/org/freedesktop/DBus"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.freedesktop.secrets")});
        ask.waitForFinished(10000);
        if (ask.readAllStandardOutput().contains("boolean true"))
            return {};
        // Waiting for an exit doubles as the pause between two questions.
        if (m_keyring.waitForFinished(20))
            return core::fail(QStringLiteral("gnome-keyring-daemon exited: ") +
                              QString::fromLocal8Bit(m_keyring.readAll()));
    }
    return core::fail(
        QStringLiteral("gnome-keyring-daemon did not offer the Secret Service within 30 s"));
}

void KeyringSession::stop()
{
    if (m_keyring.state() != QProcess::NotRunning) {
        m_keyring.terminate();
        if (!m_keyring.waitForFinished(10000))
            m_keyring.kill();
        m_keyring.waitForFinished(10000);
    }
    if (m_busPid > 0)
        ::kill(pid_t(m_busPid), SIGTERM);
    if (m_addressSet) {
        if (m_hadAddress)
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_previousAddress);
        else
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }
}

} // namespace rapport::test
