#pragma once

#include "rules/QuotaTally.h"

#include <QWidget>

#include <array>

class QDateTime;
class QLabel;

namespace rapport::core {
struct Program;
struct ProgramAllowance;
} // namespace rapport::core

namespace rapport::ui {

class DateTimeText;
class ElidedLabel;

// The top of a program's page: name and star, institution and place, the
// facts that shape what to write (status, interview, visa, policy) and the
// allowance strip: each quota's use and when the next message is allowed,
// the policy badge and the thank-you countdown.
class ProgramHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramHeader(QWidget *parent = nullptr);

    // topChoiceHolder: the name of the program that holds the season's top
    // choice, if any.
    void setProgram(const core::Program &program, const core::ProgramAllowance &allowance,
                    const QDateTime &now, const QString &topChoiceHolder, const DateTimeText &when);
    QString title() const;

private:
    void showAllowance(const core::ProgramAllowance &allowance, const QDateTime &now,
                       const DateTimeText &when);
    void showTopChoice(const core::ProgramAllowance &allowance, const QString &holder,
                       const DateTimeText &when);
    void showPolicy(const core::Program &program);

    QLabel *m_star = nullptr;
    ElidedLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_facts = nullptr;
    std::array<QLabel *, core::kQuotaCount> m_chips{};
    QLabel *m_policyBadge = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_policy = nullptr; // the program's own words about it
};

} // namespace rapport::ui
