#pragma once

#include "Result.h"
#include "domain/Enums.h"
#include "domain/Template.h"

#include <QDialog>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rapport::core {
struct Communication;
}

namespace rapport::ui {

class FindingMarks;
class FindingsPanel;
class Prompter;
class Session;
class TemplateChooser;
class TemplateFieldsForm;

// Program -> contact -> template, free fields, live preview and findings;
// then copy, open in the mail client, save a draft or log as sent.
class ComposeDialog final : public QDialog
{
    Q_OBJECT

public:
    ComposeDialog(Session &session, Prompter &prompter, QWidget *parent = nullptr);
    ~ComposeDialog() override;

    void setProgram(qint64 programId);
    void setContact(qint64 contactId);
    void setTemplate(const QString &name);
    void setReplyTo(qint64 communicationId);

    // Runs the pending live check at once (the checks are debounced while typing).
    void checkNow();
    FindingsPanel *findingsPanel() const { return m_findings; }
    FindingMarks *findingMarks() const { return m_marks; }

    // The link "Open in mail client" opens, for the chosen contact.
    core::Result<QUrl> mailtoUrl() const;
    // How mailto: links are opened; tests replace it so no mail client starts.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

public Q_SLOTS:
    // Asks before throwing away a message the user has written.
    void reject() override;

Q_SIGNALS:
    // The message was stored (logged as sent, or saved as a draft).
    void logged(qint64 communicationId);

private:
    QWidget *createTemplateColumn();
    QWidget *createMessageColumn();
    QWidget *createFindingsColumn();
    QLayout *createButtons();

    void refreshFromSession();
    void fillPrograms();
    void fillContacts();
    void fillTemplates();
    void programChanged();
    void templateChosen(const QString &name);
    void applyTemplate(const std::optional<core::Template> &tmpl);
    void render(bool force = false);
    void setTextQuietly(const QString &subject, const QString &body, bool undoable);
    void markEdited();
    void scheduleCheck();
    void updateActions();

    qint64 programId() const;
    std::optional<qint64> contactId() const;
    core::Kind kind() const;
    core::Communication message(core::CommState state) const;
    void copyToClipboard();
    void openInMailClient();
    void store(core::CommState state);

    Session &m_session;
    Prompter &m_prompter;
    std::function<bool(const QUrl &)> m_openUrl;

    QLabel *m_replyBanner = nullptr;
    TemplateChooser *m_chooser = nullptr;
    QComboBox *m_program = nullptr;
    QComboBox *m_contact = nullptr;
    QComboBox *m_kind = nullptr;
    TemplateFieldsForm *m_fields = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QWidget *m_refillBar = nullptr;
    FindingsPanel *m_findings = nullptr;
    FindingMarks *m_marks = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_openMail = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QPushButton *m_logAsSent = nullptr;

    QTimer m_checkTimer;
    std::optional<core::Template> m_template;
    qint64 m_replyTo = 0;
    bool m_rendering = false; // our own writes to subject/body are not "by hand"
    bool m_subjectEdited = false;
    bool m_bodyEdited = false;
    bool m_touched = false; // the user typed something not stored yet
};

} // namespace rapport::ui
