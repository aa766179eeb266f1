#include "ComposeDialog.h"

#include "CommunicationDialog.h"
#include "DateTimeText.h"
#include "Icons.h"
#include "Labels.h"
#include "Prompter.h"
#include "Session.h"
#include "widgets/FindingMarks.h"
#include "widgets/FindingsPanel.h"
#include "widgets/RecipientCombos.h"
#include "widgets/SpellHighlighter.h"
#include "widgets/SpellTextEdit.h"
#include "widgets/TemplateChooser.h"
#include "widgets/TemplateFieldsForm.h"
#include "widgets/WindowSize.h"

#include "compose/MailtoUrl.h"
#include "compose/TemplateLibrary.h"
#include "compose/TemplateRenderer.h"
#include "domain/Communication.h"
#include "rules/Allowance.h"
#include "rules/RuleEngine.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

constexpr int kCheckDelayMs = 250;
const QString kReplyTemplate = QStringLiteral("reply-to-pressure");

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QString withoutReplyPrefix(QString subject)
{
    static const QRegularExpression prefix(QStringLiteral(R"(^\s*(?:(?:re|aw|fwd?)\s*:\s*)+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return subject.remove(prefix);
}

} // namespace

ComposeDialog::ComposeDialog(Session &session, Prompter &prompter, QWidget *parent)
    : QDialog(parent), m_session(session), m_prompter(prompter),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Compose"));
    setObjectName(QStringLiteral("composeDialog"));

    m_replyBanner = new QLabel(this);
    m_replyBanner->setObjectName(QStringLiteral("replyBanner"));
    m_replyBanner->setTextFormat(Qt::PlainText);
    m_replyBanner->setWordWrap(true);
    m_replyBanner->setFrameShape(QFrame::StyledPanel);
    m_replyBanner->setMargin(6);
    m_replyBanner->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("composeSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(10);
    splitter->addWidget(createTemplateColumn());
    splitter->addWidget(createMessageColumn());
    splitter->addWidget(createFindingsColumn());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({250, 620, 330});

    // The findings' sentences, marked where they are in the text.
    m_marks = FindingMarks::attach(
        m_body, m_subject, m_findings,
        [this](const QString &rule) { return m_session.engine().data().title(rule); }, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_replyBanner);
    layout->addWidget(splitter, 1);
    layout->addLayout(createButtons());
    resizeWithinScreen(this, {1240, 760});

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &ComposeDialog::checkNow);
    connect(&m_session, &Session::changed, this, &ComposeDialog::refreshFromSession);

    fillPrograms();
    fillTemplates();
    m_program->setCurrentIndex(-1);
    programChanged();
}

ComposeDialog::~ComposeDialog() = default;

QWidget *ComposeDialog::createTemplateColumn()
{
    auto *column = new QWidget(this);
    m_chooser = new TemplateChooser(m_session, column);
    connect(m_chooser, &TemplateChooser::chosen, this, &ComposeDialog::templateChosen);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Template"), column));
    layout->addWidget(m_chooser, 1);
    return column;
}

QWidget *ComposeDialog::createMessageColumn()
{
    auto *column = new QWidget(this);
    m_program = new QComboBox(column);
    m_program->setObjectName(QStringLiteral("program"));
    m_program->setPlaceholderText(tr("Choose a program…"));
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_program->setMinimumContentsLength(24);
    m_contact = new QComboBox(column);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_kind = new QComboBox(column);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const auto &[value, label] : labels::all<core::Kind>()) {
        // Invitations and expressions of interest are what programs send.
        if (value != core::Kind::ProgramInvitation && value != core::Kind::ProgramInterest)
            m_kind->addItem(label, static_cast<int>(value));
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(core::Kind::Other)));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Program:"), m_program);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("&Kind:"), m_kind);

    m_fields = new TemplateFieldsForm(column);
    connect(m_fields, &TemplateFieldsForm::edited, this, [this] {
        m_touched = true;
        render();
        scheduleCheck();
    });

    m_subject = new QLineEdit(column);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setPlaceholderText(tr("Subject"));
    auto *body = new SpellTextEdit(column);
    body->setKnownWords(knownWordsOf(m_session));
    connect(body, &SpellTextEdit::spellingError, this,
            [this](const QString &message) { m_prompter.showError(this, message); });
    m_body = body;
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setPlaceholderText(tr("Choose a template, or write your message here."));
    m_body->setTabChangesFocus(true);

    m_refillBar = new QWidget(column);
    m_refillBar->setObjectName(QStringLiteral("refillBar"));
    auto *refillNote =
        new QLabel(tr("You edited the text, so the template no longer fills it in."), m_refillBar);
    refillNote->setWordWrap(true);
    auto *refill = new QPushButton(tr("Re-fill from template"), m_refillBar);
    refill->setObjectName(QStringLiteral("refill"));
    refill->setToolTip(tr("Replace the subject and text with the template filled in again "
                          "(Ctrl+Z brings your text back)"));
    auto *refillLayout = new QHBoxLayout(m_refillBar);
    refillLayout->setContentsMargins(0, 0, 0, 0);
    refillLayout->addWidget(refillNote, 1);
    refillLayout->addWidget(refill);
    m_refillBar->hide();

    connect(m_program, &QComboBox::currentIndexChanged, this, &ComposeDialog::programChanged);
    connect(m_contact, &QComboBox::currentIndexChanged, this, [this] {
        render();
        scheduleCheck();
        updateActions();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposeDialog::scheduleCheck);
    connect(m_subject, &QLineEdit::textEdited, this, [this] {
        m_subjectEdited = true;
        markEdited();
    });
    connect(m_subject, &QLineEdit::textChanged, this, &ComposeDialog::scheduleCheck);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_rendering) {
            m_bodyEdited = true;
            markEdited();
        }
        scheduleCheck();
    });
    connect(refill, &QPushButton::clicked, this, [this] {
        // The bar shows only over edited text: that text is what goes.
        switch (m_prompter.askUnsaved(
            this,
            tr("Re-filling replaces the subject and text you edited. Save them as a draft "
               "first, or discard them?"),
            tr("Save draft"))) {
        case UnsavedChoice::Save: store(core::CommState::Draft); return;
        case UnsavedChoice::Discard: break;
        case UnsavedChoice::Cancel: return;
        }
        m_subjectEdited = m_bodyEdited = false;
        render(true);
        m_refillBar->hide();
    });

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_fields);
    layout->addWidget(heading(tr("Message"), column));
    auto *subjectRow = new QHBoxLayout;
    auto *subjectLabel = new QLabel(tr("&Subject:"), column);
    subjectLabel->setBuddy(m_subject);
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subject, 1);
    layout->addLayout(subjectRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_refillBar);
    return column;
}

QWidget *ComposeDialog::createFindingsColumn()
{
    auto *column = new QWidget(this);
    m_findings = new FindingsPanel(column);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Checks"), column));
    layout->addWidget(m_findings, 1);
    column->setMinimumWidth(260);
    return column;
}

QLayout *ComposeDialog::createButtons()
{
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("composeStatus"));
    m_copy = new QPushButton(themeIcon(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setToolTip(tr("Copy the subject and text to the clipboard"));
    m_openMail =
        new QPushButton(themeIcon(QStringLiteral("mail-send")), tr("Open in &mail client"), this);
    m_openMail->setObjectName(QStringLiteral("openMail"));
    m_saveDraft =
        new QPushButton(themeIcon(QStringLiteral("document-save")), tr("Save &draft"), this);
    m_saveDraft->setObjectName(QStringLiteral("saveDraft"));
    m_logAsSent = new QPushButton(themeIcon(QStringLiteral("mail-send")), tr("&Log as sent"), this);
    m_logAsSent->setObjectName(QStringLiteral("logAsSent"));
    auto *logShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(logShortcut, &QShortcut::activated, m_logAsSent, &QPushButton::click);
    m_logAsSent->setToolTip(tr("Record this message as sent now (%1)")
                                .arg(logShortcut->key().toString(QKeySequence::NativeText)));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("close"));

    connect(m_copy, &QPushButton::clicked, this, &ComposeDialog::copyToClipboard);
    connect(m_openMail, &QPushButton::clicked, this, &ComposeDialog::openInMailClient);
    connect(m_saveDraft, &QPushButton::clicked, this, [this] { store(core::CommState::Draft); });
    connect(m_logAsSent, &QPushButton::clicked, this, [this] { store(core::CommState::Sent); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    // Enter in a field must not log the message: no default button, and
    // logging has its own deliberate shortcut.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_copy);
    row->addWidget(m_openMail);
    row->addSpacing(12);
    row->addWidget(m_saveDraft);
    row->addWidget(m_logAsSent);
    row->addWidget(close);
    return row;
}

void ComposeDialog::fillPrograms()
{
    recipients::fillPrograms(m_program, m_session, programId());
}

void ComposeDialog::fillContacts()
{
    recipients::fillContacts(m_contact, m_session, programId(), contactId().value_or(0), true);
}

void ComposeDialog::fillTemplates()
{
    // The allowance decides: allowed kinds are suggested, the others say why not.
    QList<core::KindAdvice> advice;
    const core::Program *program = m_session.program(programId());
    const core::ProgramAllowance *allowance =
        program ? m_session.engine().allowance(program->id) : nullptr;
    if (program && allowance)
        advice = core::TemplateLibrary::adviseKinds(*program, *allowance, m_replyTo != 0);
    m_chooser->setAdvice(advice);
}

void ComposeDialog::refreshFromSession()
{
    fillPrograms();
    fillContacts();
    fillTemplates();
    updateActions();
    scheduleCheck();
}

void ComposeDialog::programChanged()
{
    fillContacts();
    fillTemplates();
    if (const core::Program *program = m_session.program(programId()))
        setWindowTitle(tr("Compose — %1").arg(program->name));
    else
        setWindowTitle(tr("Compose"));
    render();
    updateActions();
    scheduleCheck();
}

void ComposeDialog::templateChosen(const QString &name)
{
    if (name.isEmpty()) {
        applyTemplate(std::nullopt);
        return;
    }
    auto tmpl = m_session.templates().get(name);
    if (!tmpl) {
        m_prompter.showError(this, tmpl.errorMessage());
        return;
    }
    applyTemplate(*tmpl);
}

void ComposeDialog::applyTemplate(const std::optional<core::Template> &tmpl)
{
    m_template = tmpl;
    if (tmpl)
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(tmpl->kind))));
    m_fields->setFields(tmpl ? m_session.templates().fieldsOf(*tmpl)
                             : QList<core::TemplateField>());
    // Text the user cleared again is not worth keeping from the template.
    if (m_subject->text().trimmed().isEmpty())
        m_subjectEdited = false;
    if (m_body->toPlainText().trimmed().isEmpty())
        m_bodyEdited = false;
    if (!tmpl && !m_subjectEdited && !m_bodyEdited)
        setTextQuietly(QString(), QString(), false);
    render();
    m_refillBar->setVisible(tmpl && (m_subjectEdited || m_bodyEdited));
    scheduleCheck();
}

void ComposeDialog::render(bool force)
{
    if (!m_template)
        return;
    core::RenderContext context;
    const core::SeasonSnapshot &snapshot = m_session.snapshot();
    context.profile = snapshot.profile;
    context.season = snapshot.season;
    if (const core::Program *program = m_session.program(programId()))
        context.program = *program;
    if (const auto id = contactId(); id)
        if (const core::Contact *contact = m_session.contact(*id))
            context.contact = *contact;
    context.fields = m_fields->values();
    context.today = m_session.clock().now().date();
    auto rendered = core::TemplateRenderer::render(*m_template, context);
    if (!rendered) {
        m_chooser->setNote(
            tr("This template cannot be filled in: %1").arg(rendered.errorMessage()));
        return;
    }
    const QString subject = (m_subjectEdited && !force) ? m_subject->text() : rendered->subject;
    const QString body = (m_bodyEdited && !force) ? m_body->toPlainText() : rendered->body;
    setTextQuietly(subject, body, force);
}

void ComposeDialog::setTextQuietly(const QString &subject, const QString &body, bool undoable)
{
    m_rendering = true;
    if (m_subject->text() != subject) {
        m_subject->setText(subject);
        m_subject->setCursorPosition(0); // show the start of a long subject
    }
    if (m_body->toPlainText() != body) {
        if (undoable) {
            // Through the cursor, so Ctrl+Z brings back what the user had written.
            QTextCursor cursor(m_body->document());
            cursor.beginEditBlock();
            cursor.select(QTextCursor::Document);
            cursor.insertText(body);
            cursor.endEditBlock();
        } else {
            m_body->setPlainText(body);
        }
    }
    m_rendering = false;
}

void ComposeDialog::markEdited()
{
    m_touched = true;
    m_refillBar->setVisible(m_template.has_value());
}

void ComposeDialog::scheduleCheck()
{
    m_checkTimer.start();
}

void ComposeDialog::updateActions()
{
    const bool haveProgram = programId() != 0;
    m_saveDraft->setEnabled(haveProgram);
    m_logAsSent->setEnabled(haveProgram);
    const auto url = mailtoUrl();
    m_openMail->setEnabled(url.ok());
    m_openMail->setToolTip(url.ok() ? tr("Open this message in your mail client")
                                    : tr("Cannot open a mail client: %1").arg(url.errorMessage()));
}

void ComposeDialog::checkNow()
{
    m_checkTimer.stop();
    if (!programId()) {
        m_findings->showMessage(tr("Choose a program to check this message against its history "
                                   "and the guidance."));
        m_marks->clear();
        return;
    }
    core::Draft draft;
    draft.subject = m_subject->text();
    draft.body = m_body->toPlainText();
    draft.programId = programId();
    draft.contactId = contactId();
    draft.kind = kind();
    draft.direction = core::Direction::Outgoing;
    draft.channel = core::Channel::Email;
    draft.at = m_session.clock().now();
    const QList<core::Finding> findings = m_session.engine().checkDraft(draft);
    m_findings->setFindings(findings);
    m_marks->setFindings(findings);
}

void ComposeDialog::setProgram(qint64 programId)
{
    m_program->setCurrentIndex(m_program->findData(programId));
}

void ComposeDialog::setContact(qint64 contactId)
{
    const core::Contact *contact = m_session.contact(contactId);
    if (contact && contact->programId != programId())
        setProgram(contact->programId);
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(contactId)));
}

void ComposeDialog::setTemplate(const QString &name)
{
    m_chooser->choose(name);
}

void ComposeDialog::setReplyTo(qint64 communicationId)
{
    const auto &all = m_session.snapshot().communications;
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const core::Communication &c) {
        return c.id == communicationId;
    });
    if (it == all.cend())
        return;
    m_replyTo = communicationId;
    m_fields->setValue(QStringLiteral("their_subject"), withoutReplyPrefix(it->subject));
    setProgram(it->programId);
    setContact(it->contactId.value_or(0));
    fillTemplates(); // a reply is suggested first now
    setTemplate(kReplyTemplate);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(core::Kind::ReplyToProgram)));
    m_replyBanner->setText(
        tr("Replying to “%1”, received %2.")
            .arg(it->subject, DateTimeText::forSeason(m_session.snapshot().season)
                                  .date(it->at, DateTimeText::Context::Header)));
    m_replyBanner->show();
}

qint64 ComposeDialog::programId() const
{
    return m_program->currentIndex() >= 0 ? m_program->currentData().toLongLong() : 0;
}

std::optional<qint64> ComposeDialog::contactId() const
{
    const qint64 id = m_contact->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

core::Kind ComposeDialog::kind() const
{
    return static_cast<core::Kind>(m_kind->currentData().toInt());
}

core::Result<QUrl> ComposeDialog::mailtoUrl() const
{
    QStringList to;
    if (const auto id = contactId(); id) {
        if (const core::Contact *contact = m_session.contact(*id);
            contact && !contact->email.isEmpty())
            to << contact->email;
    }
    return core::MailtoUrl::build(to, m_subject->text(), m_body->toPlainText());
}

core::Communication ComposeDialog::message(core::CommState state) const
{
    core::Communication c;
    c.programId = programId();
    c.contactId = contactId();
    c.at = m_session.clock().now();
    c.direction = core::Direction::Outgoing;
    c.channel = core::Channel::Email;
    c.kind = kind();
    c.subject = m_subject->text();
    c.body = m_body->toPlainText();
    c.state = state;
    c.templateName = m_template ? m_template->name : QString();
    return c;
}

void ComposeDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(tr("Subject: %1").arg(m_subject->text()) +
                                          QStringLiteral("\n\n") + m_body->toPlainText());
    m_status->setText(tr("Subject and text copied to the clipboard."));
}

void ComposeDialog::openInMailClient()
{
    const auto url = mailtoUrl();
    if (!url) {
        m_prompter.showError(
            this, tr("Cannot open this message in a mail client: %1").arg(url.errorMessage()));
        return;
    }
    if (!m_openUrl(*url)) {
        m_prompter.showError(this, tr("No mail client opened the message. Copy the text "
                                      "instead, and set a default mail client in your "
                                      "desktop settings."));
        return;
    }
    m_status->setText(tr("Opened in your mail client. Once it is sent, log it as sent here."));
}

void ComposeDialog::store(core::CommState state)
{
    if (!programId())
        return;
    checkNow();
    const QString action = state == core::CommState::Sent ? tr("Log as sent") : tr("Save draft");
    const auto id = CommunicationDialog::confirmAndStore(m_session, m_prompter, this, action,
                                                         message(state), m_findings->findings());
    if (!id)
        return;
    m_touched = false;
    Q_EMIT logged(*id);
    accept();
}

void ComposeDialog::reject()
{
    // Escape or the close button must not silently throw away what was written.
    if (m_touched) {
        switch (m_prompter.askUnsaved(this,
                                      tr("Save the message you are writing as a draft of the "
                                         "program, or discard it?"),
                                      tr("Save draft"))) {
        case UnsavedChoice::Save:
            if (!programId()) {
                m_prompter.showError(this, tr("Choose the program the draft is for."));
                return;
            }
            store(core::CommState::Draft); // closes once stored
            return;
        case UnsavedChoice::Discard: break;
        case UnsavedChoice::Cancel: return;
        }
    }
    QDialog::reject();
}

} // namespace rapport::ui
