#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace rapport::ui {

// A season window's door for other Rapport processes: one started on the
// same file asks through it for this window to come forward, and exits.
// The socket's name comes from the season's canonical path, in the user's
// runtime folder.
class SeasonServer final : public QObject
{
    Q_OBJECT

public:
    explicit SeasonServer(const QString &seasonPath, QObject *parent = nullptr);
    ~SeasonServer() override;

    // Listens; false when the socket cannot be made (the season still opens).
    bool listen();
    QString name() const { return m_name; }

    static QString serverName(const QString &seasonPath);
    // Asks the window holding seasonPath to come forward: true once it said
    // it did, false when no window answers within timeoutMs.
    static bool askToActivate(const QString &seasonPath, int timeoutMs = 3000);

Q_SIGNALS:
    void activateRequested();

private:
    void answer();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace rapport::ui
