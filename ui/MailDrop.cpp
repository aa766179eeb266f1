#include "MailDrop.h"

#include "Prompter.h"
#include "Session.h"

#include "domain/Program.h"
#include "mail/LocalMailStore.h"

#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace rapport::ui {
namespace {

const QString kMessageType = QStringLiteral("message/rfc822");

} // namespace

MailDrop::MailDrop(Session &session, Prompter &prompter, QWidget *window)
    : QObject(window), m_session(session), m_prompter(prompter), m_window(window)
{}

void MailDrop::watch(QWidget *target, std::function<qint64(const QPoint &)> programAt)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
    m_targets.insert(target, std::move(programAt));
    connect(target, &QObject::destroyed, this, [this, target] { m_targets.remove(target); });
}

bool MailDrop::carriesMail(const QMimeData *data)
{
    if (!data)
        return false;
    if (data->hasFormat(kMessageType))
        return true;
    const QList<QUrl> urls = data->urls();
    return !urls.isEmpty() &&
           std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); });
}

bool MailDrop::eventFilter(QObject *watched, QEvent *event)
{
    const auto type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    if (!carriesMail(drop->mimeData()))
        return QObject::eventFilter(watched, event);
    if (type != QEvent::Drop) {
        drop->acceptProposedAction();
        return true;
    }
    const auto programAt = m_targets.value(watched);
    const qint64 program = programAt ? programAt(drop->position().toPoint()) : 0;
    drop->acceptProposedAction();
    (void)this->drop(drop->mimeData(), program);
    return true;
}

core::Result<core::CaptureSummary> MailDrop::drop(const QMimeData *data, qint64 programId)
{
    QList<core::IncomingMail> batch;
    QStringList unreadable;
    if (data->hasFormat(kMessageType)) {
        core::IncomingMail mail;
        mail.raw = data->data(kMessageType);
        mail.origin = core::MailOrigin::File;
        batch << mail;
    } else {
        for (const QUrl &url : data->urls()) {
            auto read = core::LocalMailStore::readDropped(url.toLocalFile());
            if (read)
                batch << *read;
            else
                unreadable << read.errorMessage();
        }
    }
    core::MailInbox inbox(m_session.db(), m_session.clock());
    auto summary = batch.isEmpty() ? core::Result<core::CaptureSummary>(core::CaptureSummary{})
                                   : inbox.capture(batch);
    if (!summary) {
        m_prompter.showError(m_window,
                             tr("Nothing was added to the Inbox: %1").arg(summary.errorMessage()));
        return summary;
    }
    QStringList refused;
    if (programId) {
        for (qint64 id : std::as_const(summary->ids)) {
            if (auto e = inbox.get(id); e && !e->problem.isEmpty())
                continue; // it cannot be logged at all: the Inbox says why
            if (auto s = inbox.propose(id, programId); !s)
                refused << s.errorMessage();
        }
    }
    Q_EMIT m_session.mailChanged();
    if (!unreadable.isEmpty() || !refused.isEmpty())
        m_prompter.showError(m_window, (unreadable + refused).join(QLatin1Char('\n')));
    QString text = tr("%n new messages in the Inbox", nullptr, summary->captured);
    if (summary->duplicates)
        text += tr("; %n were there already", nullptr, summary->duplicates);
    if (const core::Program *p = programId ? m_session.program(programId) : nullptr;
        p && summary->captured)
        text += QLatin1Char(' ') + tr("(proposed for %1)").arg(p->name);
    Q_EMIT captured(text + QLatin1Char('.'));
    return summary;
}

} // namespace rapport::ui
