#pragma once

#include "compose/TemplateLibrary.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace rapport::ui {

class Session;

// The compose window's template list: a filter that narrows it as you type,
// the templates that fit where the applicant is with the program and that
// its allowance lets go out now first (starred, under "Suggested for this
// program"), then those that would fit but are not allowed now (greyed,
// each with the reason), then the rest, then a blank message; the chosen
// template's description below. Every template can be chosen: a rule never
// blocks, the findings explain.
class TemplateChooser final : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateChooser(Session &session, QWidget *parent = nullptr);

    // Refills the list from the program's advice (TemplateLibrary::adviseKinds):
    // allowed kinds suggested first, then those not allowed now; keeps the choice.
    void setAdvice(const QList<core::KindAdvice> &advice);
    // Why a template is not allowed now; empty when it is, or is not advised.
    QString notAllowedReason(const QString &name) const;
    // Chooses the template by name ("" = blank message); false when unknown.
    bool choose(const QString &name);
    QString currentName() const;
    // Shown under the list in place of the description, e.g. a render error.
    void setNote(const QString &text);

Q_SIGNALS:
    // name is empty for a blank message.
    void chosen(const QString &name);

private:
    void fill();
    void filter(const QString &text);
    void describe(const QListWidgetItem *item);
    QListWidgetItem *itemFor(const QString &name) const;

    Session &m_session;
    QList<core::KindAdvice> m_advice;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace rapport::ui
