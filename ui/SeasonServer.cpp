#include "SeasonServer.h"

#include "storage/AppSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace rapport::ui {
namespace {

const QByteArray kActivate = QByteArrayLiteral("activate\n");
const QByteArray kActivated = QByteArrayLiteral("activated\n");

} // namespace

SeasonServer::SeasonServer(const QString &seasonPath, QObject *parent)
    : QObject(parent), m_name(serverName(seasonPath)), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SeasonServer::answer);
}

SeasonServer::~SeasonServer() = default;

QString SeasonServer::serverName(const QString &seasonPath)
{
    const QByteArray hash = QCryptographicHash::hash(core::canonicalSeasonPath(seasonPath).toUtf8(),
                                                     QCryptographicHash::Sha256);
    // The runtime folder is the user's own, so no other user's socket can
    // take the name.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return folder + QStringLiteral("/rapport-season-") + QString::fromLatin1(hash.toHex().left(24));
}

bool SeasonServer::listen()
{
    if (m_server->listen(m_name))
        return true;
    // A socket a killed window left: the season's lock is ours, so no
    // live window listens on it.
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

void SeasonServer::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == kActivate) {
                Q_EMIT activateRequested();
                socket->write(kActivated);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}

bool SeasonServer::askToActivate(const QString &seasonPath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(seasonPath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kActivate);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == kActivated;
}

} // namespace rapport::ui
