#pragma once

#include <QWidget>

class QSettings;

namespace rapport::ui {

class Prompter;
class Session;

// One page of the main window. Pages read the Session, refresh on
// Session::changed(), and ask questions through the Prompter.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(Session &session, Prompter &prompter, QWidget *parent = nullptr)
        : QWidget(parent), m_session(session), m_prompter(prompter)
    {}

    // Ctrl+F: put the cursor in the page's filter or search field.
    virtual void focusSearch() {}
    // Splitters, column widths, filters the user set.
    virtual void saveState(QSettings &) const {}
    virtual void restoreState(QSettings &) {}
    // Typed but not saved: the season must not close under them unasked.
    virtual bool hasUnsavedEdits() const { return false; }
    // Saves them; false when one is refused (the page shows why and keeps it).
    virtual bool saveUnsavedEdits() { return true; }

Q_SIGNALS:
    // Requests the main window serves, so pages need not know each other.
    void programRequested(qint64 programId);
    void communicationRequested(qint64 communicationId);
    // contactId 0 = none; templateName empty = let the user choose;
    // replyTo = the incoming message being answered, 0 = none.
    void composeRequested(qint64 programId, qint64 contactId, const QString &templateName,
                          qint64 replyTo);

protected:
    Session &session() { return m_session; }
    const Session &session() const { return m_session; }
    Prompter &prompter() { return m_prompter; }

private:
    Session &m_session;
    Prompter &m_prompter;
};

} // namespace rapport::ui
