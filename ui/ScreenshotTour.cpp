#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "Session.h"
#include "dialogs/ComposeDialog.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/MailAccountDialog.h"
#include "dialogs/OriginalMessageDialog.h"
#include "models/ProgramListModel.h"
#include "pages/InboxPage.h"
#include "pages/ProgramDetailsTab.h"
#include "pages/ProgramsPage.h"
#include "pages/SettingsPage.h"
#include "widgets/FindingsPanel.h"
#include "widgets/MailSettings.h"
#include "widgets/OfflineBrowser.h"
#include "widgets/WindowSize.h"

#include "mail/MailAccountRepository.h"
#include "mail/MailInbox.h"
#include "rules/Allowance.h"
#include "rules/RuleEngine.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace rapport::ui {
namespace {

// The Fusion style's usual dark scheme, as desktops set it.
QPalette darkFusionPalette()
{
    QPalette p;
    const QColor window(53, 53, 53), base(35, 35, 35), text(230, 230, 230);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(80, 160, 255));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(127, 127, 127));
    return p;
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, Session &session, QString outputDir)
    : m_window(window), m_session(session), m_dir(std::move(outputDir))
{}

qint64 ScreenshotTour::showcaseProgram() const
{
    // The program with the most messages and a flagged reply makes the
    // fullest timeline.
    QHash<qint64, int> count;
    for (const core::Communication &c : m_session.snapshot().communications)
        count[c.programId] += c.direction == core::Direction::Incoming ? 2 : 1;
    qint64 best = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (best == 0 || it.value() > count.value(best))
            best = it.key();
    }
    return best;
}

qint64 ScreenshotTour::allowanceProgram() const
{
    // A thank-you due shows the countdown; else a waiting program shows a
    // date in its strip.
    const core::Allowances &allowances = m_session.engine().allowances();
    qint64 waiting = 0;
    for (const core::ProgramAllowance &a : allowances.programs()) {
        if (a.thankYouDue)
            return a.programId;
        if (!waiting && a.next.type == core::NextStep::Type::Waiting)
            waiting = a.programId;
    }
    return waiting ? waiting : showcaseProgram();
}

qint64 ScreenshotTour::fillInbox()
{
    // Three programs' people write; an address no program knows writes too.
    QList<const core::Contact *> writers;
    QSet<qint64> programs;
    for (const core::Contact &c : m_session.snapshot().contacts) {
        if (!c.email.isEmpty() && !programs.contains(c.programId) && writers.size() < 3) {
            writers << &c;
            programs.insert(c.programId);
        }
    }
    if (writers.size() < 3)
        return 0;
    const std::optional<qint64> accountId = tourAccount();
    const auto message = [](const core::Contact &from, const QString &id, const QString &date,
                            const QString &subject, const QString &body, const QString &html) {
        QString text = QStringLiteral("Message-ID: <%1>\nDate: %2\nFrom: %3 <%4>\nTo: "
                                      "applicant@gmail.com\nSubject: %5\nMIME-Version: 1.0\n")
                           .arg(id, date, from.fullName(), from.email, subject);
        if (html.isEmpty())
            return (text + QStringLiteral("Content-Type: text/plain; charset=utf-8\n\n") + body)
                .toUtf8();
        text += QStringLiteral("Content-Type: multipart/alternative; boundary=\"b\"\n\n--b\n"
                               "Content-Type: text/plain; charset=utf-8\n\n%1\n--b\n"
                               "Content-Type: text/html; charset=utf-8\n\n%2\n--b--\n")
                    .arg(body, html);
        return text.toUtf8();
    };
    core::Contact stranger;
    stranger.firstName = QStringLiteral("ERAS");
    stranger.lastName = QStringLiteral("Support");
    stranger.email = QStringLiteral("noreply@eras-support.org");
    const QString dear = QStringLiteral("Dear Dr. Applicant,\n\n");
    const QList<QByteArray> raws{
        message(*writers.at(0), QStringLiteral("tour-1@example.edu"),
                QStringLiteral("Thu, 07 Jan 2027 16:20:00 -0500"),
                QStringLiteral("Thank you for visiting us"),
                dear + QStringLiteral("Thank you for spending the day with us. It was a "
                                      "pleasure to meet you.\n"),
                {}),
        message(*writers.at(1), QStringLiteral("tour-2@example.edu"),
                QStringLiteral("Fri, 08 Jan 2027 09:05:00 -0600"),
                QStringLiteral("Second look day and dinner"),
                dear + QStringLiteral("Our second look day is on January 29. Dinner follows "
                                      "at six.\n"),
                QStringLiteral("<html><body><p>Dear Dr. Applicant,</p><p>Our <b>second look "
                               "day</b> is on January 29. Dinner follows at six.</p><p><img "
                               "src=\"https://news.example.edu/open.gif\" alt=\"\"></p><p><a "
                               "href=\"https://example.edu/second-look\">Sign up "
                               "here</a></p></body></html>")),
        message(*writers.at(2), QStringLiteral("tour-3@example.edu"),
                QStringLiteral("Fri, 08 Jan 2027 18:40:00 -0500"), QStringLiteral("Following up"),
                dear + QStringLiteral("We enjoyed meeting you. Where will you rank us?\n"), {}),
        message(stranger, QStringLiteral("tour-4@eras-support.org"),
                QStringLiteral("Sat, 09 Jan 2027 07:30:00 -0500"),
                QStringLiteral("Your documents were delivered"),
                dear + QStringLiteral("Your letters of recommendation were delivered.\n"), {})};
    QList<core::IncomingMail> batch;
    for (const QByteArray &raw : raws) {
        core::IncomingMail mail;
        mail.raw = raw;
        mail.origin = core::MailOrigin::Imap;
        mail.accountId = accountId;
        mail.folder = QStringLiteral("INBOX");
        mail.uid = 4100 + batch.size();
        batch << mail;
    }
    // Captured on an earlier run of the tour over this season, they are
    // skipped; the one with an HTML part is found by its Message-ID.
    core::MailInbox inbox(m_session.db(), m_session.clock());
    if (!inbox.capture(batch))
        return 0;
    Q_EMIT m_session.mailChanged();
    const auto entries = inbox.list();
    if (entries) {
        for (const core::InboxEntry &e : *entries) {
            if (e.messageId == QLatin1String("tour-2@example.edu"))
                return e.id;
        }
    }
    return 0;
}

std::optional<qint64> ScreenshotTour::tourAccount()
{
    // As the user would add one; the tour runs again on the same season for
    // each language, so it may be there already.
    core::MailAccountRepository accounts(m_session.db(), m_session.clock());
    const QString name = QStringLiteral("Gmail");
    const auto existing = accounts.findByName(name);
    if (!existing)
        return std::nullopt;
    if (*existing)
        return (*existing)->id;
    core::MailAccount a;
    a.name = name;
    a.host = QStringLiteral("imap.gmail.com");
    a.userName = QStringLiteral("amira.haddad@gmail.com");
    a.intervalMinutes = 15;
    const auto added = accounts.add(a);
    if (!added ||
        !accounts.setFolders(*added, {QStringLiteral("INBOX"), QStringLiteral("[Gmail]/Sent Mail"),
                                      QStringLiteral("Residency")}))
        return std::nullopt;
    return *added;
}

bool ScreenshotTour::save(QWidget *widget, const QString &name, const QRect &crop)
{
    const QString path = QDir(m_dir).filePath(name);
    QPixmap shot;
    // On a real display grab the screen, so dialogs and tooltips show over the window.
    if (QGuiApplication::platformName() != QLatin1String("offscreen") && widget->windowHandle()) {
        shot = widget->screen()->grabWindow(0);
        if (!shot.isNull() && crop.isValid())
            shot = shot.copy(crop.translated(-widget->screen()->geometry().topLeft()));
    }
    if (shot.isNull())
        shot = widget->grab();
    const bool ok = shot.save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_dir);
    // Fill the (window-manager-less) screen, as a maximised window would.
    if (QScreen *screen = m_window.screen())
        m_window.setGeometry(screen->availableGeometry());
    const qint64 program = showcaseProgram();
    auto *compose = new QPointer<ComposeDialog>;
    const auto original = std::make_shared<qint64>(0);
    m_steps = {
        [this] {
            m_window.showPage(MainWindow::DashboardIndex);
            return true;
        },
        [this] { return save(&m_window, QStringLiteral("dashboard.png")); },
        [this, program] {
            m_window.showProgram(program);
            return true;
        },
        [this] { return save(&m_window, QStringLiteral("program-timeline.png")); },
        [this] {
            // The list by what comes next, beside a program with something due.
            ProgramsPage *programs = m_window.programsPage();
            programs->listView()->sortByColumn(ProgramListModel::NextColumn, Qt::AscendingOrder);
            m_window.showProgram(allowanceProgram());
            programs->listView()->scrollToTop();
            return true;
        },
        [this] { return save(&m_window, QStringLiteral("programs-next.png")); },
        [this] {
            m_window.programsPage()->listView()->sortByColumn(ProgramListModel::NameColumn,
                                                              Qt::AscendingOrder);
            return true;
        },
        [this, program, compose] {
            const QList<core::Contact> contacts = m_session.contactsOf(program);
            const qint64 contact = contacts.size() > 1  ? contacts.at(1).id
                                   : contacts.isEmpty() ? 0
                                                        : contacts.first().id;
            *compose = m_window.compose(program, contact, QStringLiteral("post-interview-update"));
            resizeWithinScreen(*compose, {1180, 760});
            (*compose)->move(m_window.geometry().center() - (*compose)->rect().center());
            // Fill the template's fields as a user would, then slip a rank
            // inquiry and a promise into the letter for the checks to catch.
            const std::pair<const char *, const char *> fields[] = {
                {"field_update_1", "my second paper on olfactory outcomes was accepted"},
                {"field_program_detail", "your skull base surgery rotation"}};
            for (const auto &[name, text] : fields) {
                if (auto *edit = (*compose)->findChild<QLineEdit *>(QLatin1String(name))) {
                    edit->setText(QLatin1String(text));
                    Q_EMIT edit->textEdited(edit->text());
                }
            }
            if (auto *body = (*compose)->findChild<QPlainTextEdit *>(QStringLiteral("body"))) {
                QTextCursor cursor = body->document()->find(QStringLiteral("Sincerely"));
                if (cursor.isNull()) {
                    cursor = body->textCursor();
                    cursor.movePosition(QTextCursor::End);
                } else {
                    cursor.movePosition(QTextCursor::StartOfBlock);
                }
                body->setTextCursor(cursor);
                body->insertPlainText(
                    QStringLiteral("Could you let me know where I stand on your rank "
                                   "list? I promise to rank you first.\n\n"));
            }
            (*compose)->checkNow();
            return true;
        },
        [this, compose] {
            return *compose && save(*compose, QStringLiteral("compose-findings.png"));
        },
        [compose] {
            // Hover the rank inquiry: its tint, and the finding in plain words.
            auto *body = *compose ? (*compose)->findChild<QPlainTextEdit *>(QStringLiteral("body"))
                                  : nullptr;
            const QTextCursor at =
                body ? body->document()->find(QStringLiteral("where I stand")) : QTextCursor();
            if (at.isNull())
                return false;
            const QPoint point = body->cursorRect(at).center();
            QHelpEvent hover(QEvent::ToolTip, point, body->viewport()->mapToGlobal(point));
            QApplication::sendEvent(body->viewport(), &hover);
            return true;
        },
        [this, compose] {
            if (!*compose)
                return false;
            // The text beside the findings panel, tooltip included.
            const auto *body = (*compose)->findChild<QPlainTextEdit *>(QStringLiteral("body"));
            const auto *panel = (*compose)->findingsPanel();
            const QRect text(body->mapToGlobal(QPoint(0, 0)), body->size());
            const QRect findings(panel->mapToGlobal(QPoint(0, 0)), panel->size());
            const QRect crop = text.united(findings).adjusted(-8, -8, 8, 8);
            const bool ok = save(*compose, QStringLiteral("compose-highlight.png"), crop);
            QToolTip::hideText();
            return ok;
        },
        [this, compose] {
            // Not close(): it would ask whether to discard the letter.
            if (*compose)
                (*compose)->deleteLater();
            delete compose;
            m_window.showPage(MainWindow::LogIndex);
            return true;
        },
        [this] { return save(&m_window, QStringLiteral("log.png")); },
        [this, original] {
            *original = fillInbox();
            m_window.showPage(MainWindow::InboxIndex);
            m_window.inboxPage()->selectIds({*original});
            return *original != 0;
        },
        [this] { return save(&m_window, QStringLiteral("inbox.png")); },
        [this, original] {
            const auto mail =
                core::MailInbox(m_session.db(), m_session.clock()).original(*original);
            if (!mail)
                return false;
            auto *dialog = new OriginalMessageDialog(m_session, *mail, &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            resizeWithinScreen(dialog, {860, 640});
            dialog->show();
            dialog->move(m_window.geometry().center() - dialog->rect().center());
            // The HTML as the sender laid it out, its tracking image left out.
            if (dialog->htmlView())
                dialog->tabs()->setCurrentWidget(dialog->htmlView());
            m_original = dialog;
            return true;
        },
        [this] {
            const bool ok = m_original && save(m_original, QStringLiteral("original-message.png"));
            if (m_original)
                m_original->close();
            return ok;
        },
        [this, program] {
            // What saving the Details tab asks when rapport-cli changed the
            // same fields meanwhile.
            const core::Program *p = m_session.program(program);
            if (!p)
                return false;
            const QList<core::FieldConflict> conflicts{
                {QStringLiteral("policy_note"), QStringLiteral("Updates welcome by email"),
                 QStringLiteral("No post-interview communication, please")},
                {QStringLiteral("preference_rank"), QStringLiteral("2"), QStringLiteral("3")}};
            auto *dialog =
                new ConflictDialog(p->name, conflicts, &ProgramDetailsTab::fieldLabel, &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_window.showProgram(program);
            dialog->show();
            dialog->move(m_window.geometry().center() - dialog->rect().center());
            m_conflict = dialog;
            return true;
        },
        [this] {
            const bool ok = m_conflict && save(&m_window, QStringLiteral("conflict.png"));
            if (m_conflict)
                m_conflict->close();
            return ok;
        },
        [this, program] {
            // The icons take their colour from the palette: a dark one too.
            m_window.programsPage()->tabs()->setCurrentIndex(ProgramsPage::TimelineTab);
            m_window.showProgram(program);
            QApplication::setPalette(darkFusionPalette());
            return true;
        },
        [this] {
            const bool ok = save(&m_window, QStringLiteral("dark-palette.png"));
            QApplication::setPalette(QApplication::style()->standardPalette());
            return ok;
        },
        [this] { return showMailSettings(); },
        [this] { return save(&m_window, QStringLiteral("mail-settings.png")); },
        [this] {
            // Filled in as the user left it; nothing connects to a server.
            MailSettings *mail = m_window.settingsPage()->mail();
            mail->accounts()->setCurrentItem(mail->accounts()->topLevelItem(0));
            m_mailDialog = mail->editAccount();
            if (!m_mailDialog)
                return false;
            m_mailDialog->showFolders({QStringLiteral("INBOX"), QStringLiteral("[Gmail]/All Mail"),
                                       QStringLiteral("[Gmail]/Drafts"),
                                       QStringLiteral("[Gmail]/Sent Mail"),
                                       QStringLiteral("[Gmail]/Spam"), QStringLiteral("Residency")},
                                      {QStringLiteral("INBOX"), QStringLiteral("[Gmail]/Sent Mail"),
                                       QStringLiteral("Residency")});
            m_mailDialog->move(m_window.geometry().center() - m_mailDialog->rect().center());
            return true;
        },
        [this] {
            const bool ok = m_mailDialog && save(m_mailDialog, QStringLiteral("mail-account.png"));
            if (m_mailDialog)
                m_mailDialog->reject();
            return ok;
        },
    };
    QTimer::singleShot(800, this, &ScreenshotTour::next);
}

bool ScreenshotTour::showMailSettings()
{
    if (!tourAccount())
        return false;
    SettingsPage *settings = m_window.settingsPage();
    settings->mail()->refresh();
    settings->tabs()->setCurrentWidget(settings->mail());
    m_window.showPage(MainWindow::SettingsIndex);
    return true;
}

void ScreenshotTour::next()
{
    if (m_steps.isEmpty()) {
        Q_EMIT finished(m_ok);
        return;
    }
    m_ok = m_steps.takeFirst()() && m_ok;
    // Let the window paint (and debounced checks run) before the next step.
    QTimer::singleShot(700, this, &ScreenshotTour::next);
}

} // namespace rapport::ui
