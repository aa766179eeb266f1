#pragma once

#include "Result.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rapport::ui {

class Prompter;
class Session;

// The phrase lists of the content and incoming rules, one regular expression
// a line. Saving writes only that rule's "phrases" into the user's rule file
// (RuleData::defaultUserFilePath()), keeping everything else in it, then
// rebuilds the rule engine so the next check uses the new list.
class PhraseListEditor final : public QWidget
{
    Q_OBJECT

public:
    PhraseListEditor(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    // Rule ids with a phrase list, in the order shown (under two headings).
    QStringList ruleIds() const { return m_ruleIds; }
    QString currentRule() const;
    void selectRule(const QString &ruleId);

    // The non-empty lines of the editor, trimmed.
    QStringList phrases() const;
    // "line 3: missing closing parenthesis at position 7", one per bad line.
    QStringList errors() const { return m_errors; }
    bool isDirty() const { return m_dirty; }

    // Writes (or, with nullopt, removes) the rule's phrases in the user file.
    static core::Status writeUserPhrases(const QString &path, const QString &ruleId,
                                         const std::optional<QStringList> &phrases);

public Q_SLOTS:
    bool save();
    bool restoreShipped();

private:
    void fillRules();
    void loadRule();
    void ruleChosen();
    void validate();
    bool apply(const std::optional<QStringList> &phrases);

    Session &m_session;
    Prompter &m_prompter;
    QStringList m_ruleIds;
    QListWidget *m_rules = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_guidance = nullptr;
    QLabel *m_origin = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_errorList = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_restore = nullptr;
    QStringList m_errors;
    QString m_savedOrigin; // "As shipped" or "Your own list"
    // The rule whose phrases the editor holds: the list may have moved on
    // while the user decides what happens to them.
    QString m_loadedRule;

    bool m_loading = false;
    bool m_dirty = false;
};

} // namespace rapport::ui
