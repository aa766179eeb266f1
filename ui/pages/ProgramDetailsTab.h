#pragma once

#include "domain/Program.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace rapport::ui {

class Prompter;
class Session;

// The Programs page's "Details" tab: every field of a program, editable,
// with Save and Revert. A rejected save keeps the input and says why.
class ProgramDetailsTab final : public QWidget
{
    Q_OBJECT

public:
    ProgramDetailsTab(Session &session, Prompter &prompter, QWidget *parent = nullptr);
    // The form's name for a field of ProgramRepository::fields().
    static QString fieldLabel(const QString &key);

    // Shows the program (nullptr clears); unsaved edits of the same
    // program are kept unless force is set.
    void setProgram(const core::Program *program, bool force = false);
    bool isDirty() const { return m_dirty; }
    // The program as the form has it now.
    core::Program program() const;
    QString errorText() const;

public Q_SLOTS:
    bool save();
    void revert();

Q_SIGNALS:
    void saved(qint64 programId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildForm();
    void arrange(bool wide);
    void load(const core::Program &program);
    void setDirty(bool dirty);
    void showError(const QString &message);
    void watch(QWidget *editor);

    Session &m_session;
    Prompter &m_prompter;
    // As read before the user started editing: what the save merges from.
    core::Program m_program;
    bool m_loading = false;
    bool m_dirty = false;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_institution = nullptr;
    QLineEdit *m_specialty = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_nrmpCode = nullptr;
    QCheckBox *m_participates = nullptr;
    QComboBox *m_visa = nullptr;
    QComboBox *m_matchedImgs = nullptr;
    QComboBox *m_policy = nullptr;
    QLineEdit *m_policyNote = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_signalSent = nullptr;
    QCheckBox *m_homeProgram = nullptr;
    QCheckBox *m_hasApplication = nullptr;
    QDateEdit *m_applicationDate = nullptr;
    QCheckBox *m_hasInterview = nullptr;
    QDateEdit *m_interviewDate = nullptr;
    QCheckBox *m_hasInterviewTime = nullptr;
    QTimeEdit *m_interviewTime = nullptr;
    QSpinBox *m_rank = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_emailDomain = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QSpinBox *m_minGap = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_boxes; // program, season, policy, notes
    bool m_wide = false;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace rapport::ui
