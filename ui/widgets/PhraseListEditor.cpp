#include "PhraseListEditor.h"

#include "FindingText.h"
#include "Icons.h"
#include "Labels.h"
#include "Prompter.h"
#include "RefreshWhenShown.h"
#include "Session.h"
#include "rules/RuleData.h"
#include "rules/RuleEngine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

const QString kPhrases = QStringLiteral("phrases");

} // namespace

PhraseListEditor::PhraseListEditor(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompter(prompter)
{
    m_rules = new QListWidget;
    m_rules->setObjectName(QStringLiteral("phraseRules"));
    m_title = new QLabel;
    m_title->setTextFormat(Qt::RichText);
    m_guidance = new QLabel;
    m_guidance->setWordWrap(true);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_origin = new QLabel;
    m_origin->setObjectName(QStringLiteral("phraseOrigin"));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("phraseText"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errorList = new QListWidget;
    m_errorList->setObjectName(QStringLiteral("phraseErrors"));
    m_errorList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *hint = new QLabel(tr("One regular expression a line, matched without regard to case "
                               "against the message written plainly: lower case, straight quotes, "
                               "“#1” and “number one” as “first”, every line break a space."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_save = new QPushButton(themeIcon(QStringLiteral("document-save")), tr("&Save list"));
    m_save->setObjectName(QStringLiteral("phraseSave"));
    m_restore =
        new QPushButton(themeIcon(QStringLiteral("edit-undo")), tr("&Restore shipped list"));
    m_restore->setObjectName(QStringLiteral("phraseRestore"));
    connect(m_save, &QPushButton::clicked, this, &PhraseListEditor::save);
    connect(m_restore, &QPushButton::clicked, this, &PhraseListEditor::restoreShipped);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_origin, 1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_save);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_guidance);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addWidget(m_errorList);
    rightLayout->addWidget(hint);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_rules);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({280, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_rules, &QListWidget::currentRowChanged, this, &PhraseListEditor::ruleChosen);
    connect(m_errorList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QTextBlock block =
            m_text->document()->findBlockByNumber(item->data(Qt::UserRole).toInt());
        if (!block.isValid())
            return;
        m_text->setTextCursor(QTextCursor(block));
        m_text->setFocus();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        validate();
    });
    // Only new rules change the lists, yet every save reloads the season:
    // a hidden editor waits until it is shown.
    refreshWhenShown(this, m_session, [this] { fillRules(); });
    fillRules();
}

void PhraseListEditor::fillRules()
{
    const core::RuleData &rules = m_session.engine().data();
    const QString current = currentRule();
    m_ruleIds.clear();
    for (const QString &id : rules.ruleIds()) {
        if (rules.rule(id).value(kPhrases).isArray())
            m_ruleIds << id;
    }
    // Your own drafts first, then what programs write.
    std::stable_sort(m_ruleIds.begin(), m_ruleIds.end(), [](const QString &a, const QString &b) {
        return a.startsWith(QLatin1String("content.")) && !b.startsWith(QLatin1String("content."));
    });
    {
        const QSignalBlocker blocker(m_rules);
        m_rules->clear();
        bool incomingHeader = false;
        for (const QString &id : std::as_const(m_ruleIds)) {
            const bool own = id.startsWith(QLatin1String("content."));
            if (m_rules->count() == 0 || (!own && !incomingHeader)) {
                auto *header = new QListWidgetItem(
                    own ? tr("In your messages") : tr("In messages from programs"), m_rules);
                header->setFlags(Qt::NoItemFlags);
                header->setForeground(palette().brush(QPalette::WindowText));
                QFont font = header->font();
                font.setBold(true);
                header->setFont(font);
                incomingHeader = !own;
            }
            auto *item =
                new QListWidgetItem(severityIcon(rules.severity(id)), rules.title(id), m_rules);
            item->setData(Qt::UserRole, id);
            item->setToolTip(tr("Rule: %1").arg(id));
        }
    }
    selectRule(m_ruleIds.contains(current) ? current : m_ruleIds.value(0));
    // Keep an edit in progress when something else changed the season.
    if (!m_dirty || currentRule() != current)
        loadRule();
}

QString PhraseListEditor::currentRule() const
{
    const QListWidgetItem *item = m_rules->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PhraseListEditor::selectRule(const QString &ruleId)
{
    for (int row = 0; row < m_rules->count(); ++row) {
        if (m_rules->item(row)->data(Qt::UserRole).toString() == ruleId) {
            m_rules->setCurrentRow(row);
            return;
        }
    }
}

void PhraseListEditor::ruleChosen()
{
    const QString wanted = currentRule();
    if (m_dirty && wanted != m_loadedRule) {
        const QString edited = m_session.engine().data().title(m_loadedRule);
        const UnsavedChoice choice = m_prompter.askUnsaved(
            this, tr("Save your changes to the phrases of “%1” first?").arg(edited), tr("Save"));
        if (choice != UnsavedChoice::Discard) {
            {
                const QSignalBlocker blocker(m_rules);
                selectRule(m_loadedRule);
            }
            if (choice == UnsavedChoice::Cancel || !save())
                return;
            selectRule(wanted); // saving refilled the list
            if (currentRule() == wanted && m_loadedRule == wanted)
                return;
        }
    }
    loadRule();
}

void PhraseListEditor::loadRule()
{
    const QString id = currentRule();
    m_loadedRule = id;
    const core::RuleData &rules = m_session.engine().data();
    m_loading = true;
    m_text->setPlainText(rules.phrases(id).join(QLatin1Char('\n')));
    m_loading = false;
    m_dirty = false;
    // The id only in the tooltip: it names the rule in the JSON file.
    m_title->setText(id.isEmpty()
                         ? QString()
                         : QStringLiteral("<b>%1</b>").arg(rules.title(id).toHtmlEscaped()));
    m_title->setToolTip(id.isEmpty() ? QString() : tr("Rule: %1").arg(id));
    m_guidance->setText(findingText::readable(rules.guidance(id), findingText::titlesOf(rules)));
    const auto shipped = core::RuleData::builtIn();
    const bool edited = shipped && shipped->phrases(id) != rules.phrases(id);
    m_savedOrigin = id.isEmpty() ? QString() : edited ? tr("Your own list") : tr("As shipped");
    m_restore->setEnabled(edited);
    validate();
}

QStringList PhraseListEditor::phrases() const
{
    QStringList out;
    for (const QString &line : m_text->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

void PhraseListEditor::validate()
{
    m_errors.clear();
    m_errorList->clear();
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(labels::severityColor(core::Severity::Violation).lighter(185));
    format.setProperty(QTextFormat::FullWidthSelection, true);
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text().trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpression re(line);
        if (re.isValid())
            continue;
        const QString message = tr("line %1: %2 at position %3")
                                    .arg(block.blockNumber() + 1)
                                    .arg(re.errorString())
                                    .arg(re.patternErrorOffset() + 1);
        m_errors << message;
        auto *item =
            new QListWidgetItem(themeIcon(QStringLiteral("dialog-error")), message, m_errorList);
        item->setData(Qt::UserRole, block.blockNumber());
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format = format;
        marks << mark;
    }
    m_text->setExtraSelections(marks);
    const int shown = std::min<int>(5, static_cast<int>(m_errors.size()));
    m_errorList->setFixedHeight(shown * (m_errorList->fontMetrics().height() + 8) +
                                2 * m_errorList->frameWidth() + 2);
    m_errorList->setVisible(!m_errors.isEmpty());
    m_origin->setText(m_dirty ? m_savedOrigin + tr(" · not saved yet") : m_savedOrigin);
    m_save->setEnabled(m_dirty && m_errors.isEmpty() && !currentRule().isEmpty());
}

bool PhraseListEditor::save()
{
    if (!m_errors.isEmpty() || currentRule().isEmpty())
        return false;
    return apply(phrases());
}

bool PhraseListEditor::restoreShipped()
{
    if (currentRule().isEmpty() ||
        !m_prompter.confirmDelete(
            this, tr("your phrase list for “%1”").arg(m_rules->currentItem()->text())))
        return false;
    return apply(std::nullopt);
}

bool PhraseListEditor::apply(const std::optional<QStringList> &phrases)
{
    const QString path = core::RuleData::defaultUserFilePath();
    QFile file(path);
    const bool existed = file.exists();
    QByteArray previous;
    if (existed && file.open(QIODevice::ReadOnly))
        previous = file.readAll();
    file.close();

    if (auto s = writeUserPhrases(path, currentRule(), phrases); !s) {
        m_prompter.showError(this, s.errorMessage());
        return false;
    }
    if (auto s = m_session.reloadRules(); !s) {
        // Put the file back as it was, so the next start does not fail on it.
        if (existed) {
            QSaveFile restore(path);
            if (restore.open(QIODevice::WriteOnly)) {
                restore.write(previous);
                restore.commit();
            }
        } else {
            QFile::remove(path);
        }
        m_prompter.showError(this, tr("The rule data was not changed: %1").arg(s.errorMessage()));
        return false;
    }
    m_dirty = false;
    if (auto s = m_session.reload(); !s) {
        m_prompter.showError(this, s.errorMessage());
        return false;
    }
    // A shown editor refreshes on changed(); a hidden one shows what it
    // saved at once too.
    if (!isVisible())
        m_session.afterUpdate(this, [this] { fillRules(); });
    return true;
}

core::Status PhraseListEditor::writeUserPhrases(const QString &path, const QString &ruleId,
                                                const std::optional<QStringList> &phrases)
{
    QJsonObject root;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return core::fail(tr("%1: cannot read: %2").arg(path, file.errorString()));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        // Never overwrite a file the user may have written by hand and broken.
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return core::fail(tr("%1 is not a JSON object (%2); fix or remove it first")
                                  .arg(path, error.errorString()));
        root = doc.object();
    }
    QJsonObject rule = root.value(ruleId).toObject();
    if (phrases)
        rule.insert(kPhrases, QJsonArray::fromStringList(*phrases));
    else
        rule.remove(kPhrases);
    if (rule.isEmpty())
        root.remove(ruleId);
    else
        root.insert(ruleId, rule);

    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return core::fail(tr("cannot create the folder of %1").arg(path));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return core::fail(tr("%1: cannot write: %2").arg(path, out.errorString()));
    return {};
}

} // namespace rapport::ui
