#pragma once

#include "domain/Profile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rapport::ui {

class Prompter;
class Session;

// The applicant's profile: what templates sign with and what email import
// recognises as "me". A refused profile says why under the form and stores
// nothing.
class ProfileSettings final : public QWidget
{
    Q_OBJECT

public:
    ProfileSettings(Session &session, Prompter &prompter, QWidget *parent = nullptr);

    core::ApplicantProfile profile() const;
    void setProfile(const core::ApplicantProfile &profile);
    bool isDirty() const { return m_dirty; }

public Q_SLOTS:
    bool save();

private:
    void load();
    void focusField(const QString &error);

    Session &m_session;
    Prompter &m_prompter;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_degree = nullptr;
    QLineEdit *m_school = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_graduationYear = nullptr;
    QLineEdit *m_aamcId = nullptr;
    QLineEdit *m_visa = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_otherEmails = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_signature = nullptr;
    QComboBox *m_homeProgram = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    bool m_dirty = false;
};

} // namespace rapport::ui
