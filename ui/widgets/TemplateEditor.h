#pragma once

#include "compose/TemplateRenderer.h"
#include "domain/Template.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;

namespace rapport::ui {

// The form of one template with its placeholders checked on every keystroke:
// each problem listed under the text and underlined in it, and the
// vocabulary beside it to insert from.
class TemplateEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    enum class Origin
    {
        Stored,
        Unsaved
    };
    static constexpr Origin Unsaved = Origin::Unsaved;

    // Loads a template; description explains it (read-only). A stored one
    // leaves the editor clean; an unsaved one (New) is dirty from the start.
    void setTemplate(const core::Template &tmpl, const QString &description,
                     Origin origin = Origin::Stored);
    // The template as edited (id, builtIn and modified as loaded).
    core::Template currentTemplate() const;
    QString loadedName() const { return m_loaded.name; }

    // Names other templates already use, so a new or renamed one cannot take them.
    void setTakenNames(const QStringList &names)
    {
        m_takenNames = names;
        validate();
    }

    bool isDirty() const { return m_dirty; }
    void markClean();
    // Problems of the text as it stands: placeholders, then the name and body.
    QStringList problems() const { return m_problems; }

    void insertPlaceholder(const QString &name);

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createVocabulary();
    void onEdited();
    void validate();
    void underline(const QList<core::TemplateProblem> &found);

    QLineEdit *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_description = nullptr;
    QListWidget *m_problemList = nullptr;
    QListWidget *m_vocabulary = nullptr;
    QLabel *m_vocabularyHelp = nullptr;
    QAction *m_subjectError = nullptr;
    QWidget *m_lastTarget = nullptr; // subject or body: where a placeholder goes

    core::Template m_loaded;
    QStringList m_takenNames;
    QStringList m_problems;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace rapport::ui
