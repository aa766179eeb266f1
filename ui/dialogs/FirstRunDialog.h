#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rapport::core {
struct ApplicantProfile;
}

namespace rapport::ui {

class Prompter;
class Session;

enum class FirstRunChoice
{
    StartSeason, // the profile was saved; go on with this season
    OpenDemo,    // open the demo season instead (nothing was saved)
    Later,       // closed without choosing; the empty season stays open
};

// True for a database with neither a profile name nor any program.
bool isFirstRun(Session &session);

// The welcome on an empty database: who the applicant is, and whether to
// start their own season or look around a demo one first.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    // Shows the dialog modally and returns what the user chose.
    static FirstRunChoice run(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    FirstRunChoice choice() const { return m_choice; }
    // The form as a profile (not validated).
    core::ApplicantProfile profile() const;
    // The first problem with the form, or empty when it can be saved.
    QString problem(QWidget **field = nullptr) const;

private:
    void start();
    void buildForm(QFormLayout *form);

    Session &m_session;
    Prompter &m_prompter;
    FirstRunChoice m_choice = FirstRunChoice::Later;
    QLineEdit *m_name = nullptr;
    QComboBox *m_degree = nullptr;
    QLineEdit *m_school = nullptr;
    QLineEdit *m_country = nullptr;
    QSpinBox *m_graduation = nullptr;
    QLineEdit *m_aamcId = nullptr;
    QComboBox *m_visa = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_demoButton = nullptr;
};

} // namespace rapport::ui
