#include "TemplateEditor.h"

#include "Icons.h"
#include "Labels.h"
#include "PlainText.h"
#include "domain/Validation.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {
namespace {

enum ProblemRole
{
    PartRole = Qt::UserRole + 1,
    LineRole,
    ColumnRole,
    LengthRole
};

QColor problemColor()
{
    return labels::severityColor(core::Severity::Violation);
}

} // namespace

TemplateEditor::TemplateEditor(QWidget *parent) : QWidget(parent)
{
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setToolTip(tr("Lower-case letters, digits, '-' and '_'; compose and rapport-cli "
                          "refer to the template by it"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("templateKind"));
    for (const auto &[value, label] : labels::all<core::Kind>())
        m_kind->addItem(label, static_cast<int>(value));
    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setContentsMargins(0, 0, 0, 6);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subjectError = m_subject->addAction(themeIcon(QStringLiteral("dialog-error")),
                                          QLineEdit::TrailingPosition);
    m_subjectError->setVisible(false);
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_lastTarget = m_body;
    m_subject->installEventFilter(this);
    m_body->installEventFilter(this);

    m_problemList = new QListWidget;
    m_problemList->setObjectName(QStringLiteral("templateProblems"));
    m_problemList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(PartRole).toInt() == int(core::TemplateProblem::Part::Subject)) {
            m_subject->setFocus();
            m_subject->setSelection(item->data(ColumnRole).toInt() - 1,
                                    item->data(LengthRole).toInt());
            return;
        }
        const QTextBlock block =
            m_body->document()->findBlockByNumber(item->data(LineRole).toInt() - 1);
        if (!block.isValid())
            return;
        const int end = block.position() + block.length() - 1;
        const int start = std::min(end, block.position() + item->data(ColumnRole).toInt() - 1);
        QTextCursor cursor(block);
        cursor.setPosition(start);
        cursor.setPosition(std::min(end, start + item->data(LengthRole).toInt()),
                           QTextCursor::KeepAnchor);
        m_body->setTextCursor(cursor);
        m_body->setFocus();
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_description);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("N&ame"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("S&ubject"), m_subject);
    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(form);
    auto *bodyLabel = new QLabel(tr("&Body"));
    bodyLabel->setBuddy(m_body);
    left->addWidget(bodyLabel);
    left->addWidget(m_body, 1);
    left->addWidget(m_problemList);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(createVocabulary());

    connect(m_title, &QLineEdit::textEdited, this, &TemplateEditor::onEdited);
    connect(m_name, &QLineEdit::textEdited, this, &TemplateEditor::onEdited);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplateEditor::onEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditor::onEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateEditor::onEdited);
    validate();
}

QWidget *TemplateEditor::createVocabulary()
{
    m_vocabulary = new QListWidget;
    m_vocabulary->setObjectName(QStringLiteral("templateVocabulary"));
    for (const core::PlaceholderInfo &info : core::TemplateRenderer::vocabulary()) {
        auto *item = new QListWidgetItem(info.name, m_vocabulary);
        item->setToolTip(info.description);
        item->setData(Qt::UserRole, info.description);
    }
    m_vocabularyHelp = new QLabel;
    m_vocabularyHelp->setObjectName(QStringLiteral("templateVocabularyHelp"));
    m_vocabularyHelp->setWordWrap(true);
    m_vocabularyHelp->setMinimumHeight(m_vocabularyHelp->fontMetrics().height() * 3);
    m_vocabularyHelp->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_vocabulary, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_vocabularyHelp->setText(item ? item->data(Qt::UserRole).toString() : QString());
    });
    m_vocabulary->setCurrentRow(0);
    connect(m_vocabulary, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { insertPlaceholder(item->text()); });
    connect(m_vocabulary, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertPlaceholder(item->text()); });

    auto *title = new QLabel(tr("<b>Placeholders</b>"));
    auto *hint = new QLabel(tr("Double-click to insert at the cursor. A free field "
                               "<tt>{{field.name}}</tt> is asked for when you compose."));
    hint->setWordWrap(true);
    auto *box = new QWidget;
    box->setMinimumWidth(230);
    box->setMaximumWidth(300);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_vocabulary, 1);
    layout->addWidget(m_vocabularyHelp);
    layout->addWidget(hint);
    return box;
}

bool TemplateEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_subject || watched == m_body))
        m_lastTarget = static_cast<QWidget *>(watched);
    return QWidget::eventFilter(watched, event);
}

void TemplateEditor::setTemplate(const core::Template &tmpl, const QString &description,
                                 Origin origin)
{
    m_loading = true;
    m_loaded = tmpl;
    m_title->setText(tmpl.title);
    m_name->setText(tmpl.name);
    m_name->setReadOnly(tmpl.builtIn);
    m_name->setToolTip(tmpl.builtIn ? tr("Built-in templates keep their name") : QString());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(tmpl.kind))));
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
    m_subject->setText(tmpl.subject);
    m_body->setPlainText(tmpl.body);
    m_loading = false;
    m_dirty = origin == Origin::Unsaved;
    if (m_dirty)
        m_loaded.name.clear(); // so the name is checked against the taken ones
    validate();
}

core::Template TemplateEditor::currentTemplate() const
{
    core::Template t = m_loaded;
    t.title = m_title->text().trimmed();
    t.name = m_name->text().trimmed();
    t.kind = static_cast<core::Kind>(m_kind->currentData().toInt());
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    return t;
}

void TemplateEditor::markClean()
{
    m_dirty = false;
    m_loaded = currentTemplate();
}

void TemplateEditor::insertPlaceholder(const QString &name)
{
    const QString text = QStringLiteral("{{%1}}").arg(name);
    if (m_lastTarget == m_subject) {
        m_subject->insert(text);
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(text);
        m_body->setFocus();
    }
}

void TemplateEditor::onEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    validate();
    Q_EMIT edited();
}

void TemplateEditor::validate()
{
    const core::Template t = currentTemplate();
    const QList<core::TemplateProblem> found = core::TemplateRenderer::problems(t);
    m_problems.clear();
    m_problemList->clear();
    for (const core::TemplateProblem &p : found) {
        m_problems << p.message;
        auto *item = new QListWidgetItem(themeIcon(QStringLiteral("dialog-error")), p.message,
                                         m_problemList);
        item->setData(PartRole, static_cast<int>(p.part));
        item->setData(LineRole, p.line);
        item->setData(ColumnRole, p.column);
        item->setData(LengthRole, p.length);
    }
    QStringList other;
    if (auto s = core::validate(t); !s)
        other << s.errorMessage();
    if (t.name != m_loaded.name && m_takenNames.contains(t.name))
        other << tr("a template named \"%1\" already exists").arg(t.name);
    for (const QString &message : other) {
        m_problems << message;
        new QListWidgetItem(themeIcon(QStringLiteral("dialog-error")), message, m_problemList);
    }
    // Tall enough for the problems there are, up to five.
    const int shown = std::min<int>(5, static_cast<int>(m_problems.size()));
    m_problemList->setFixedHeight(shown * (m_problemList->fontMetrics().height() + 8) +
                                  2 * m_problemList->frameWidth() + 2);
    m_problemList->setVisible(!m_problems.isEmpty());
    underline(found);
}

void TemplateEditor::underline(const QList<core::TemplateProblem> &found)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(problemColor());
    QList<QTextEdit::ExtraSelection> selections;
    QStringList subjectProblems;
    for (const core::TemplateProblem &p : found) {
        if (p.part == core::TemplateProblem::Part::Subject) {
            subjectProblems << p.message;
            continue;
        }
        const QTextBlock block = m_body->document()->findBlockByNumber(p.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        const int end = block.position() + block.length() - 1;
        const int start = std::min(end, block.position() + p.column - 1);
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(std::min(end, start + std::max(1, p.length)),
                                     QTextCursor::KeepAnchor);
        selection.format = format;
        selections << selection;
    }
    m_body->setExtraSelections(selections);
    m_subjectError->setVisible(!subjectProblems.isEmpty());
    m_subjectError->setToolTip(plainText::toolTip(subjectProblems.join(QLatin1Char('\n'))));
}

} // namespace rapport::ui
