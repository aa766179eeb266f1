#pragma once

#include "Result.h"
#include "domain/QuotaPolicy.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rapport::ui {

class Prompter;
class Session;

// Quota limits: season-wide values over the rule data's defaults, the
// minimum gap between messages, and one program's own limits over both.
// An empty field means "not set here", and shows what applies instead.
class QuotaSettings final : public QWidget
{
    Q_OBJECT

public:
    QuotaSettings(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    // The fields of one limit: quota name -> (recommended, maximum).
    struct LimitEdits
    {
        QLineEdit *recommended = nullptr;
        QLineEdit *maximum = nullptr;
    };

    void selectProgram(qint64 programId);
    // Limits typed but not saved, in either group.
    bool isDirty() const { return m_defaultsDirty || m_overrideDirty; }
    // Saves the group(s) with unsaved edits; false when one is refused.
    bool saveEdits();

public Q_SLOTS:
    bool saveDefaults();
    bool saveOverride();
    bool clearOverride();

private:
    QWidget *createDefaults();
    QWidget *createOverrides();
    void load();
    void loadOverride();
    void programChosen();
    void fillOverrideTable();
    qint64 currentProgram() const;
    // The rule data's value of quota.<name>.<key>, or -1.
    int ruleDefault(const QString &quota, const QString &key) const;
    // Makes the save just written one undoable edit.
    void pushEdit(const QString &text, const core::Result<core::QuotaPolicy> &before);

    Session &m_session;
    Prompter &m_prompter;
    QHash<QString, LimitEdits> m_defaults;
    QLineEdit *m_minGap = nullptr;
    QLabel *m_defaultsError = nullptr;
    QComboBox *m_program = nullptr;
    QHash<QString, LimitEdits> m_overrides;
    QTableWidget *m_overrideTable = nullptr;
    QLabel *m_overrideError = nullptr;
    // The program whose limits the fields show: the combo may have moved on
    // while the user decides what happens to them.
    qint64 m_overrideProgram = 0;
    bool m_defaultsDirty = false;
    bool m_overrideDirty = false;
};

} // namespace rapport::ui
