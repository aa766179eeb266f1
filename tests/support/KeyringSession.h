#pragma once

#include "Result.h"

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>

namespace rapport::test {

// A private D-Bus session bus with an unlocked gnome-keyring (Secret
// Service only) whose "login" collection is the default, so nothing ever
// prompts. start() points this process's DBUS_SESSION_BUS_ADDRESS at it:
// start it before anything in the process talks to D-Bus, once per process.
class KeyringSession final
{
public:
    KeyringSession() = default;
    ~KeyringSession();
    Q_DISABLE_COPY_MOVE(KeyringSession)

    static bool installed();
    core::Status start();

private:
    core::Status waitForSecretService();
    void stop();

    QTemporaryDir m_dir;
    QProcess m_keyring;
    qint64 m_busPid = 0;
    QByteArray m_address;
    QByteArray m_previousAddress;
    bool m_hadAddress = false;
    bool m_addressSet = false;
};

} // namespace rapport::test
