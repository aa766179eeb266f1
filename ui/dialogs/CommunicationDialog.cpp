#include "CommunicationDialog.h"

#include "DateTimeText.h"
#include "FindingText.h"
#include "Icons.h"
#include "Labels.h"
#include "MainWindow.h"
#include "PlainText.h"
#include "Prompter.h"
#include "Session.h"
#include "dialogs/OriginalMessageDialog.h"
#include "undo/RecordEdits.h"
#include "undo/RowEdits.h"
#include "widgets/FindingMarks.h"
#include "widgets/FindingsPanel.h"
#include "widgets/RecipientCombos.h"
#include "widgets/SpellHighlighter.h"
#include "widgets/SpellTextEdit.h"
#include "widgets/WindowSize.h"

#include "domain/Validation.h"
#include "rules/RuleEngine.h"
#include "storage/AcknowledgementRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/StoredRows.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

constexpr int kCheckDelayMs = 250;
const QString kReplyTemplate = QStringLiteral("reply-to-pressure");

template <typename E> QComboBox *enumCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (const auto &[value, label] : labels::all<E>())
        combo->addItem(label, static_cast<int>(value));
    return combo;
}

template <typename E> void select(QComboBox *combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

template <typename E> E selected(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace

CommunicationDialog::CommunicationDialog(Session &session, Prompter &prompter,
                                         qint64 communicationId, QWidget *parent, qint64 programId)
    : QDialog(parent), m_session(session), m_prompter(prompter), m_id(communicationId)
{
    setObjectName(QStringLiteral("communicationDialog"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(10);
    splitter->addWidget(createForm());
    splitter->addWidget(createSide());
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({600, 330});

    m_delete = new QPushButton(themeIcon(QStringLiteral("edit-delete")), tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("delete"));
    auto *saveButton =
        new QPushButton(themeIcon(QStringLiteral("document-save")), tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("save"));
    saveButton->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_delete, &QPushButton::clicked, this, &CommunicationDialog::remove);
    m_showOriginal = new QPushButton(tr("Show Ori&ginal…"), this);
    m_showOriginal->setObjectName(QStringLiteral("showOriginal"));
    m_showOriginal->setToolTip(tr("The message as it arrived, when it was captured from mail"));
    connect(m_showOriginal, &QPushButton::clicked, this,
            [this] { OriginalMessageDialog::openForEntry(m_session, m_prompter, m_id, this); });
    connect(saveButton, &QPushButton::clicked, this, &CommunicationDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_showOriginal);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    resizeWithinScreen(this, {980, 680});

    // The findings' sentences, marked where they are in the text.
    m_marks = FindingMarks::attach(
        m_body, m_subject, m_findings,
        [this](const QString &rule) { return m_session.engine().data().title(rule); }, this);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &CommunicationDialog::checkNow);
    load(programId);
}

CommunicationDialog::~CommunicationDialog() = default;

QWidget *CommunicationDialog::createForm()
{
    auto *form = new QWidget(this);
    m_program = new QComboBox(form);
    m_program->setObjectName(QStringLiteral("program"));
    // Sized by its column, not by measuring thousands of names.
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_program->setMinimumContentsLength(24);
    m_contact = new QComboBox(form);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_at = new QDateTimeEdit(form);
    m_at->setObjectName(QStringLiteral("at"));
    m_at->setCalendarPopup(true);
    // The edit holds a wall-clock time of the season's zone, named beside it.
    m_at->setTimeSpec(Qt::UTC);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd  ") + DateTimeText::forDates().timeFormat());
    m_at->setDateRange(core::earliestDate(), core::latestDate());
    m_offset = new QLabel(form);
    m_offset->setObjectName(QStringLiteral("offset"));
    m_direction = enumCombo<core::Direction>(QStringLiteral("direction"), form);
    m_channel = enumCombo<core::Channel>(QStringLiteral("channel"), form);
    m_kind = enumCombo<core::Kind>(QStringLiteral("kind"), form);
    m_state = enumCombo<core::CommState>(QStringLiteral("state"), form);
    m_subject = new QLineEdit(form);
    m_subject->setObjectName(QStringLiteral("subject"));
    auto *body = new SpellTextEdit(form);
    body->setKnownWords(knownWordsOf(m_session));
    connect(body, &SpellTextEdit::spellingError, this,
            [this](const QString &message) { m_prompter.showError(this, message); });
    m_body = body;
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);

    auto *when = new QHBoxLayout;
    when->addWidget(m_at, 1);
    when->addWidget(m_offset);

    auto *layout = new QGridLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);
    const auto label = [form, layout](int row, int column, const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, form);
        l->setBuddy(buddy);
        layout->addWidget(l, row, column, Qt::AlignRight | Qt::AlignVCenter);
    };
    label(0, 0, tr("&Program:"), m_program);
    layout->addWidget(m_program, 0, 1, 1, 3);
    label(1, 0, tr("C&ontact:"), m_contact);
    layout->addWidget(m_contact, 1, 1, 1, 3);
    label(2, 0, tr("&When:"), m_at);
    layout->addLayout(when, 2, 1);
    label(2, 2, tr("St&ate:"), m_state);
    layout->addWidget(m_state, 2, 3);
    label(3, 0, tr("Di&rection:"), m_direction);
    layout->addWidget(m_direction, 3, 1);
    label(3, 2, tr("C&hannel:"), m_channel);
    layout->addWidget(m_channel, 3, 3);
    label(4, 0, tr("&Kind:"), m_kind);
    layout->addWidget(m_kind, 4, 1, 1, 3);
    label(5, 0, tr("S&ubject:"), m_subject);
    layout->addWidget(m_subject, 5, 1, 1, 3);
    auto *textLabel = new QLabel(tr("&Text:"), form);
    textLabel->setBuddy(m_body);
    layout->addWidget(textLabel, 6, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_body, 6, 1, 1, 3);
    layout->setRowStretch(6, 1);

    connect(m_program, &QComboBox::currentIndexChanged, this, [this] {
        fillContacts(std::nullopt);
        scheduleCheck();
    });
    for (QComboBox *combo : {m_contact, m_direction, m_channel, m_kind, m_state})
        connect(combo, &QComboBox::currentIndexChanged, this, &CommunicationDialog::scheduleCheck);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &CommunicationDialog::scheduleCheck);
    connect(m_subject, &QLineEdit::textChanged, this, &CommunicationDialog::scheduleCheck);
    connect(m_body, &QPlainTextEdit::textChanged, this, &CommunicationDialog::scheduleCheck);
    // A program's message is not the user's spelling to correct.
    const auto checkOutgoingOnly = [this, body] {
        body->highlighter()->setChecking(selected<core::Direction>(m_direction) ==
                                         core::Direction::Outgoing);
    };
    connect(m_direction, &QComboBox::currentIndexChanged, body, checkOutgoingOnly);
    checkOutgoingOnly();
    return form;
}

QWidget *CommunicationDialog::createSide()
{
    auto *side = new QWidget(this);
    m_findings = new FindingsPanel(side);
    m_reply =
        new QPushButton(themeIcon(QStringLiteral("mail-message-new")), tr("Reply safely…"), side);
    m_reply->setObjectName(QStringLiteral("replySafely"));
    m_reply->setToolTip(tr("Answer with a reply that keeps your rank list your own"));
    connect(m_reply, &QPushButton::clicked, this, &CommunicationDialog::replySafely);

    m_acksHeading = new QLabel(tr("Acknowledged when stored"), side);
    m_acks = new QTreeWidget(side);
    m_acks->setObjectName(QStringLiteral("acknowledgements"));
    m_acks->setHeaderLabels({tr("Rule"), tr("When"), tr("Reason")});
    m_acks->setRootIsDecorated(false);
    m_acks->setWordWrap(true);
    m_acks->header()->setStretchLastSection(true);
    m_acks->setMaximumHeight(140);

    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    auto *checks = new QLabel(tr("Checks"), side);
    checks->setFont(bold);
    m_acksHeading->setFont(bold);

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(checks);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_reply, 0, Qt::AlignLeft);
    layout->addWidget(m_acksHeading);
    layout->addWidget(m_acks);
    side->setMinimumWidth(280);
    return side;
}

void CommunicationDialog::load(qint64 programId)
{
    if (m_id != 0) {
        auto stored = core::CommunicationRepository(m_session.db()).get(m_id);
        if (!stored) {
            m_prompter.showError(this, stored.errorMessage());
            m_id = 0;
        } else {
            m_original = *stored;
        }
    }
    if (m_id == 0) {
        m_original = core::Communication();
        m_original.programId = programId;
        m_original.at = m_session.clock().now();
        m_original.state = core::CommState::Sent;
    }
    const DateTimeText when = DateTimeText::forSeason(m_session.snapshot().season);
    const QDateTime local = when.local(m_original.at);
    m_shownAt = QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC);

    recipients::fillPrograms(m_program, m_session, m_original.programId);
    fillContacts(m_original.contactId.value_or(0));
    m_at->setDateTime(m_shownAt);
    m_offset->setText(when.zone().abbreviation(local));
    m_offset->setToolTip(tr("Times are shown in the season's time zone, %1 (Settings › Season)")
                             .arg(QString::fromUtf8(when.zone().id())));
    select(m_direction, m_original.direction);
    select(m_channel, m_original.channel);
    select(m_kind, m_original.kind);
    select(m_state, m_original.state);
    m_subject->setText(m_original.subject);
    m_body->setPlainText(m_original.body);

    const core::Program *program = m_session.program(m_original.programId);
    const QString programName = program ? program->name : QString();
    setWindowTitle(m_id == 0 ? tr("New entry — %1").arg(programName)
                             : tr("%1 — %2").arg(m_original.subject.isEmpty() ? tr("Message")
                                                                              : m_original.subject,
                                                 programName));
    m_delete->setVisible(m_id != 0);
    m_showOriginal->setVisible(m_id != 0);
    m_showOriginal->setEnabled(m_id != 0 && OriginalMessageDialog::hasOriginal(m_session, m_id));
    fillAcknowledgements();
    m_loaded = edited();
    checkNow();
}

void CommunicationDialog::fillContacts(std::optional<qint64> select)
{
    const qint64 keep = select.value_or(m_contact->currentData().toLongLong());
    recipients::fillContacts(m_contact, m_session, m_program->currentData().toLongLong(), keep,
                             false);
}

void CommunicationDialog::fillAcknowledgements()
{
    m_acks->clear();
    QList<core::Acknowledgement> acks;
    if (m_id != 0) {
        auto stored = core::AcknowledgementRepository(m_session.db()).forCommunication(m_id);
        if (stored)
            acks = *stored;
    }
    for (const core::Acknowledgement &a : acks) {
        QString title =
            m_session.engine().data().rule(a.rule).value(QStringLiteral("title")).toString();
        if (title.isEmpty())
            title = a.message;
        auto *item =
            new QTreeWidgetItem(m_acks, {title,
                                         DateTimeText::forSeason(m_session.snapshot().season)
                                             .dateTime(a.at, DateTimeText::Context::Cell),
                                         a.reason.isEmpty() ? tr("(no reason given)") : a.reason});
        item->setToolTip(0, plainText::toolTip(a.message));
        item->setToolTip(2, plainText::toolTip(a.reason));
    }
    m_acks->resizeColumnToContents(1);
    m_acksHeading->setVisible(!acks.isEmpty());
    m_acks->setVisible(!acks.isEmpty());
}

void CommunicationDialog::scheduleCheck()
{
    m_checkTimer.start();
}

core::Communication CommunicationDialog::edited() const
{
    core::Communication c = m_original;
    c.programId = m_program->currentData().toLongLong();
    const qint64 contact = m_contact->currentData().toLongLong();
    c.contactId = contact > 0 ? std::optional<qint64>(contact) : std::nullopt;
    const QDateTime wall = m_at->dateTime();
    if (wall != m_shownAt) {
        // Stored with the offset the season's zone has at that moment.
        const QDateTime at =
            DateTimeText::forSeason(m_session.snapshot().season).moment(wall.date(), wall.time());
        c.at = at.toOffsetFromUtc(at.offsetFromUtc());
    }
    c.direction = selected<core::Direction>(m_direction);
    c.channel = selected<core::Channel>(m_channel);
    const core::Kind kind = selected<core::Kind>(m_kind);
    if (kind != m_original.kind)
        c.kindGuessed = false; // the user chose it
    c.kind = kind;
    c.state = selected<core::CommState>(m_state);
    c.subject = m_subject->text();
    c.body = m_body->toPlainText();
    return c;
}

void CommunicationDialog::checkNow()
{
    m_checkTimer.stop();
    const core::Communication c = edited();
    if (!m_session.program(c.programId)) {
        m_findings->showMessage(tr("Choose a program to check this entry."));
        m_marks->clear();
        updateReplyButton();
        return;
    }
    const QList<core::Finding> findings = findingsFor(c);
    m_findings->setFindings(findings);
    m_marks->setFindings(findings);
    updateReplyButton();
}

QList<core::Finding> CommunicationDialog::findingsFor(const core::Communication &c) const
{
    core::Draft draft;
    draft.subject = c.subject;
    draft.body = c.body;
    draft.programId = c.programId;
    draft.contactId = c.contactId;
    draft.kind = c.kind;
    draft.direction = c.direction;
    draft.channel = c.channel;
    draft.at = c.at;
    if (m_id != 0)
        draft.replacesId = m_id;
    return m_session.engine().checkDraft(draft);
}

void CommunicationDialog::updateReplyButton()
{
    const bool incoming = selected<core::Direction>(m_direction) == core::Direction::Incoming;
    const QStringList rules = m_findings->rules();
    const bool flagged = std::any_of(rules.cbegin(), rules.cend(), [](const QString &rule) {
        return findingText::isProgramConduct(rule);
    });
    m_reply->setVisible(incoming && flagged);
    m_reply->setEnabled(m_id != 0);
    m_reply->setToolTip(m_id != 0 ? tr("Answer with a reply that keeps your rank list your own")
                                  : tr("Save this message first, then reply to it"));
}

QString CommunicationDialog::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("program"), QT_TR_NOOP("Program")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact")},
        {QStringLiteral("at"), QT_TR_NOOP("Date and time")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")}};
    const char *label = labels.value(key);
    return label ? tr(label) : key;
}

void CommunicationDialog::save()
{
    checkNow();
    core::Communication c = edited();
    QList<core::Finding> findings = m_findings->findings();
    std::optional<qint64> base;
    if (m_id != 0) {
        // Another writer may have changed the entry while it was open: keep
        // their changes to fields the user left alone, and ask about the rest.
        auto stored = core::CommunicationRepository(m_session.db()).get(m_id);
        if (!stored) {
            m_prompter.showError(this, stored.errorMessage());
            return;
        }
        base = stored->revision;
        if (stored->revision != m_original.revision) {
            const auto &fields = core::CommunicationRepository::fields();
            const auto merged = core::mergeEdit(m_original, c, *stored, fields);
            QSet<QString> keep;
            if (!merged.conflicts.isEmpty()) {
                const auto chosen = m_prompter.resolveConflicts(
                    this, windowTitle(), merged.conflicts, &CommunicationDialog::fieldLabel);
                if (!chosen)
                    return;
                keep = *chosen;
            }
            c = core::resolveConflicts(merged, *stored, keep, fields);
            findings = findingsFor(c);
        }
    }
    const auto id = confirmAndStore(m_session, m_prompter, this, tr("Save"), c, findings, base);
    if (!id)
        return;
    m_id = *id;
    accept();
}

void CommunicationDialog::reject()
{
    if (edited() != m_loaded) {
        switch (m_prompter.askUnsaved(this,
                                      m_id == 0 ? tr("Save this new entry before closing?")
                                                : tr("Save your changes to this entry before "
                                                     "closing?"),
                                      tr("Save"))) {
        case UnsavedChoice::Save: save(); return; // closes once stored
        case UnsavedChoice::Discard: break;
        case UnsavedChoice::Cancel: return;
        }
    }
    QDialog::reject();
}

void CommunicationDialog::remove()
{
    if (m_id == 0)
        return;
    const QString what =
        tr("the entry “%1” of %2")
            .arg(m_original.subject.isEmpty() ? labels::kind(m_original.kind) : m_original.subject,
                 DateTimeText::forSeason(m_session.snapshot().season)
                     .date(m_original.at, DateTimeText::Context::Header));
    if (!m_prompter.confirmDelete(this, what))
        return;
    auto removed = EntriesPresence::remove(m_session, m_prompter,
                                           tr("Delete Entry %1").arg(m_original.subject), {m_id});
    if (!removed) {
        m_prompter.showError(this, removed.errorMessage());
        return;
    }
    m_session.undoStack().push(*removed);
    if (auto s = m_session.reload(); !s)
        m_prompter.showError(this, s.errorMessage());
    accept();
}

void CommunicationDialog::replySafely()
{
    const qint64 program = m_original.programId;
    const qint64 contact = m_original.contactId.value_or(0);
    Q_EMIT replyRequested(program, contact, m_id);
    if (auto *window = qobject_cast<MainWindow *>(parentWidget()))
        window->compose(program, contact, kReplyTemplate, m_id);
}

std::optional<qint64> CommunicationDialog::confirmAndStore(Session &session, Prompter &prompter,
                                                           QWidget *parent, const QString &action,
                                                           const core::Communication &c,
                                                           const QList<core::Finding> &findings,
                                                           std::optional<qint64> baseRevision)
{
    // Drafts count towards no rule and incoming findings are the program's
    // doing: only a sent outgoing message goes past anything.
    QList<core::Finding> past;
    if (c.direction == core::Direction::Outgoing && c.state == core::CommState::Sent) {
        QSet<QString> already;
        for (const core::Acknowledgement &a : session.snapshot().acknowledgements) {
            if (c.id != 0 && a.communicationId == c.id)
                already.insert(a.rule);
        }
        for (const core::Finding &f : findings) {
            if (f.severity != core::Severity::Info && !f.acknowledged && !already.contains(f.rule))
                past << f;
        }
    }
    QString reason;
    if (!past.isEmpty() &&
        !prompter.confirmFindings(parent, action, past,
                                  findingText::titlesOf(session.engine().data()), &reason))
        return std::nullopt;

    const auto failed = [&](const QString &message) {
        prompter.showError(parent, tr("Nothing was stored: %1").arg(message));
        return std::nullopt;
    };
    core::Transaction transaction(session.db());
    if (auto s = transaction.begin(); !s)
        return failed(s.errorMessage());
    core::CommunicationRepository communications(session.db());
    qint64 id = c.id;
    std::optional<core::Communication> before; // of an edit, for its undo
    if (id == 0) {
        auto added = communications.add(c);
        if (!added)
            return failed(added.errorMessage());
        id = *added;
    } else {
        auto stored = communications.get(id);
        if (!stored)
            return failed(stored.errorMessage());
        before = *stored;
        if (auto s = communications.update(c, baseRevision); !s)
            return failed(s.errorMessage());
    }
    core::AcknowledgementRepository acknowledgements(session.db());
    const QDateTime now = session.clock().now();
    QStringList acknowledged;
    for (const core::Finding &f : std::as_const(past)) {
        auto added = acknowledgements.add(id, f, now, reason);
        if (!added)
            return failed(added.errorMessage());
        acknowledged << QString::number(*added);
    }
    // Read for the undo inside the write, so what it undoes is this save.
    QUndoCommand *edit = nullptr;
    if (before) {
        auto acks = core::StoredRows::read(
            session.db(), QStringLiteral("acknowledgements"),
            QStringLiteral("id IN (SELECT value FROM json_each(?))"),
            {QVariant(QLatin1Char('[') + acknowledged.join(QLatin1Char(',')) + QLatin1Char(']'))});
        if (!acks)
            return failed(acks.errorMessage());
        core::Communication after = c;
        after.id = id;
        edit = new EntryEdit(session, prompter, *before, after, *acks);
    } else {
        auto added = EntriesPresence::make(
            session, prompter,
            tr("Add Entry %1").arg(c.subject.isEmpty() ? labels::kind(c.kind) : c.subject), {id},
            true);
        if (!added)
            return failed(added.errorMessage());
        edit = *added;
    }
    if (auto s = transaction.commit(); !s) {
        delete edit;
        return failed(s.errorMessage());
    }
    session.undoStack().push(edit);
    if (auto s = session.reload(); !s)
        prompter.showError(parent, s.errorMessage());
    return id;
}

} // namespace rapport::ui
