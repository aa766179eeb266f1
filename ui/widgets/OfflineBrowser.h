#pragma once

#include <QTextBrowser>
#include <QUrl>

namespace rapport::ui {

// Shows a message's HTML without ever reaching out: every resource it names
// (remote images that tell the sender the mail was read, style sheets, local
// files) loads as nothing, and links are not followed; their text can be
// copied. Images of the message's own parts are left out as well.
class OfflineBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit OfflineBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // Every resource asked for, in order: for tests.
    const QList<QUrl> &refused() const { return m_refused; }

private:
    QList<QUrl> m_refused;
};

} // namespace rapport::ui
