#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace rapport::ui {

class Session;

// The compose window's template list: a filter that narrows it as you type,
// the templates that fit where the applicant is with the program first
// (starred, under "Suggested for this program"), then the rest, then a
// blank message; the chosen template's description below.
class TemplateChooser final : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateChooser(Session &session, QWidget *parent = nullptr);

    // Refills the list with these kinds suggested first; keeps the choice.
    void setSuggestedKinds(const QList<core::Kind> &kinds);
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
    QListWidgetItem *itemFor(const QString &name) const;

    Session &m_session;
    QList<core::Kind> m_suggested;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace rapport::ui
