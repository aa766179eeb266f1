#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rapport::core {
struct Program;
}

namespace rapport::ui {

// The top of a program's page: name and star, institution and place, the
// facts that shape what to write (status, interview, visa, policy) and the
// Compose / Log entry buttons.
class ProgramHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramHeader(QWidget *parent = nullptr);

    void setProgram(const core::Program &program, bool topChoice);
    QString title() const;

Q_SIGNALS:
    void composeClicked();
    void logClicked();

private:
    QLabel *m_star = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_policy = nullptr;
};

} // namespace rapport::ui
