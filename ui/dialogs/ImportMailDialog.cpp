#include "ImportMailDialog.h"

#include "DateTimeText.h"
#include "FileChooser.h"
#include "Labels.h"
#include "Prompter.h"
#include "Session.h"
#include "delegates/ChoiceDelegate.h"
#include "models/MailPreviewModel.h"
#include "undo/RecordEdits.h"
#include "widgets/WindowSize.h"

#include "io/MailParser.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

QString colour(core::Severity severity)
{
    return labels::severityColor(severity).name();
}

QString addresses(const QList<core::MailAddress> &list)
{
    QStringList out;
    for (const core::MailAddress &a : list)
        out << (a.name.isEmpty() ? a.email : QStringLiteral("%1 <%2>").arg(a.name, a.email));
    return out.join(QStringLiteral(", "));
}

} // namespace

ImportMailDialog::ImportMailDialog(Session &session, Prompter &prompter, FileChooser &files,
                                   QWidget *parent)
    : QDialog(parent), m_session(session), m_prompter(prompter), m_files(files)
{
    setObjectName(QStringLiteral("importMailDialog"));
    setWindowTitle(tr("Import email"));
    m_model = new MailPreviewModel(session, this);
    connect(m_model, &MailPreviewModel::dataChanged, this, [this] {
        updateCounts();
        showDetails();
    });
    connect(m_model, &MailPreviewModel::modelReset, this, &ImportMailDialog::updateCounts);
    connect(m_model, &MailPreviewModel::editFailed, this,
            [this](const QString &message) { m_prompter.showError(this, message); });
    m_pages = new QStackedWidget;
    m_pages->addWidget(createPreviewPage());
    m_pages->addWidget(createSummaryPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    // Only once inside the dialog does the dialog learn its default button
    // and come back to it after another button had the focus.
    m_importButton->setDefault(true);
    resizeWithinScreen(this, {1260, 780});
    updateCounts();
}

ImportMailDialog::~ImportMailDialog() = default;

QWidget *ImportMailDialog::createPreviewPage()
{
    m_fileLabel = new QLabel(tr("Choose .eml files saved from your mail program, or mbox "
                                "archives (Thunderbird folders, Gmail's Takeout)."));
    m_fileLabel->setObjectName(QStringLiteral("mailFiles"));
    m_fileLabel->setWordWrap(true);
    auto *choose = new QPushButton(tr("Choose &files…"));
    choose->setObjectName(QStringLiteral("chooseFiles"));
    // Focus stays on it after choosing: Enter must import, not open the
    // file chooser again.
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &ImportMailDialog::chooseFiles);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose, 0, Qt::AlignTop);

    m_ownAddresses = new QLabel(
        tr("Your profile holds none of your email addresses, so every message is taken as "
           "incoming. Add them under Settings ▸ Profile, or change the direction here."));
    m_ownAddresses->setObjectName(QStringLiteral("ownAddressesNote"));
    m_ownAddresses->setWordWrap(true);
    m_ownAddresses->setStyleSheet(QStringLiteral("color: %1").arg(colour(core::Severity::Warning)));
    m_ownAddresses->hide();

    auto *hint = new QLabel(tr("Untick a message to leave it out. Double-click a program, "
                               "contact, direction or kind to change it."));
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("mailPreview"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(MailPreviewModel::ValueRole,
                                               MailPreviewModel::ChoiceLabelsRole,
                                               MailPreviewModel::ChoiceValuesRole, m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const struct
    {
        int column;
        int width;
    } widths[] = {{MailPreviewModel::ImportColumn, 56},    {MailPreviewModel::DateColumn, 130},
                  {MailPreviewModel::FromColumn, 104},     {MailPreviewModel::SubjectColumn, 184},
                  {MailPreviewModel::ProgramColumn, 190},  {MailPreviewModel::ContactColumn, 92},
                  {MailPreviewModel::DirectionColumn, 88}, {MailPreviewModel::KindColumn, 186}};
    for (const auto &w : widths)
        m_view->setColumnWidth(w.column, w.width);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportMailDialog::showDetails);

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("mailDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a message to read it here."));
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_counts = new QLabel;
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setObjectName(QStringLiteral("mailCounts"));
    m_counts->setWordWrap(true);
    m_blocker = new QLabel;
    m_blocker->setTextFormat(Qt::PlainText);
    m_blocker->setObjectName(QStringLiteral("mailBlocker"));
    m_blocker->setWordWrap(true);
    m_blocker->setStyleSheet(QStringLiteral("color: %1").arg(colour(core::Severity::Warning)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportMailDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fileRow);
    layout->addWidget(m_ownAddresses);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_blocker);
    layout->addWidget(buttons);
    return page;
}

QWidget *ImportMailDialog::createSummaryPage()
{
    m_summaryText = new QLabel;
    m_summaryText->setObjectName(QStringLiteral("mailSummary"));
    m_summaryText->setWordWrap(true);
    m_summaryText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryText, 1);
    layout->addWidget(buttons);
    return page;
}

void ImportMailDialog::chooseFiles()
{
    const QStringList paths = m_files.openFiles(
        this, tr("Import email"), tr("Email (*.eml *.mbox *.mbx *.mbs);;All files (*)"));
    if (!paths.isEmpty())
        openFiles(paths);
}

bool ImportMailDialog::openFiles(const QStringList &paths)
{
    QList<core::MailMessage> messages;
    QStringList read;
    for (const QString &path : paths) {
        auto file = core::MailParser::readFile(path);
        if (!file) {
            m_prompter.showError(
                this,
                tr("%1 was left out: %2").arg(QFileInfo(path).fileName(), file.errorMessage()));
            continue;
        }
        messages << *file;
        read << path;
    }
    auto import = core::MailImport::load(m_session.db());
    if (!import) {
        m_prompter.showError(this, import.errorMessage());
        return false;
    }
    auto candidates = import->preview(messages);
    if (!candidates) {
        m_prompter.showError(this, candidates.errorMessage());
        return false;
    }
    m_import.emplace(std::move(*import));
    m_paths = read;
    m_summary.reset();
    m_pages->widget(0)->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_pages->setCurrentIndex(0);
    m_model->setCandidates(&*m_import, *candidates);
    QStringList names;
    for (const QString &path : read)
        names << QFileInfo(path).fileName().toHtmlEscaped();
    m_fileLabel->setText(read.isEmpty() ? tr("No file could be read.")
                                        : tr("<b>%1</b>").arg(names.join(QStringLiteral(", "))));
    m_ownAddresses->setVisible(!m_import->knowsOwnAddresses());
    if (m_model->rowCount() > 0) {
        m_view->selectRow(0);
        m_view->setFocus();
    }
    return !messages.isEmpty();
}

void ImportMailDialog::showDetails()
{
    const core::MailCandidate *c = m_model->candidateAt(m_view->currentIndex());
    if (!c) {
        m_details->clear();
        return;
    }
    const core::MailMessage &m = c->message;
    QString html;
    if (!c->reason.isEmpty()) {
        const bool broken = c->status == core::MailStatus::Broken;
        html += QStringLiteral("<p style=\"color: %1\"><b>%2:</b> %3</p>")
                    .arg(colour(broken ? core::Severity::Violation : core::Severity::Warning),
                         MailPreviewModel::statusLabel(c->status).toHtmlEscaped(),
                         c->reason.toHtmlEscaped());
    }
    const auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td style=\"color: gray; padding-right: "
                                                "10px\">%1</td><td>%2</td></tr>")
                                     .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<table>") +
            row(tr("From"), m.from.email.isEmpty() ? m.fromHeader : addresses({m.from})) +
            row(tr("To"), addresses(m.to)) + row(tr("Cc"), addresses(m.cc)) +
            row(tr("Date"), DateTimeText::forSeason(m_session.snapshot().season)
                                .dateTime(m.date, DateTimeText::Context::Header)) +
            row(tr("Subject"), m.subject) +
            row(tr("Attachments"), m.attachments.join(QStringLiteral(", "))) +
            row(tr("Where"), m.position.describe()) + QStringLiteral("</table>");
    for (const QString &note : m.notes)
        html += QStringLiteral("<p style=\"color: gray\">%1</p>").arg(note.toHtmlEscaped());
    html +=
        QStringLiteral("<hr><p style=\"white-space: pre-wrap\">%1</p>").arg(m.body.toHtmlEscaped());
    m_details->setHtml(html);
}

void ImportMailDialog::updateCounts()
{
    const MailPreviewModel::Counts n = m_model->counts();
    const int total = m_model->rowCount();
    if (m_paths.isEmpty()) {
        m_counts->clear();
    } else {
        QStringList parts;
        parts << tr("%1 ready").arg(n.ready);
        if (n.unmatched)
            parts << tr("%1 unmatched").arg(n.unmatched);
        if (n.duplicates)
            parts << tr("%n duplicates", nullptr, n.duplicates);
        if (n.broken)
            parts << tr("%1 broken").arg(n.broken);
        m_counts->setText(
            tr("%n messages: %1.", nullptr, total).arg(parts.join(QStringLiteral(", "))) +
            QLatin1Char(' ') + tr("%n will be imported.", nullptr, n.toImport));
    }
    QString blocker;
    if (n.tickedUnmatched > 0)
        blocker = tr("%n ticked messages have no program: choose one for each, or untick them.",
                     nullptr, n.tickedUnmatched);
    m_blocker->setText(blocker);
    m_blocker->setVisible(!blocker.isEmpty());
    m_importButton->setEnabled(n.toImport > 0 && blocker.isEmpty());
    m_importButton->setText(tr("&Import %n messages", nullptr, n.toImport));
}

bool ImportMailDialog::import()
{
    if (!m_import || !m_importButton->isEnabled())
        return false;
    auto summary = m_import->apply(m_model->candidates());
    if (!summary) {
        m_prompter.showError(this, tr("Nothing was imported: %1").arg(summary.errorMessage()));
        return false;
    }
    m_summary = *summary;
    if (!summary->ids.isEmpty()) {
        auto edit = EntriesPresence::make(
            m_session, m_prompter,
            tr("Import %n Messages", nullptr, static_cast<int>(summary->ids.size())), summary->ids,
            true);
        if (edit)
            m_session.undoStack().push(*edit);
        else
            m_prompter.showError(this,
                                 tr("The import cannot be undone: %1").arg(edit.errorMessage()));
    }
    if (auto s = m_session.reload(); !s)
        m_prompter.showError(this, s.errorMessage());
    showSummary(*summary);
    return summary->imported > 0;
}

void ImportMailDialog::showSummary(const core::MailImportSummary &s)
{
    const auto line = [](const QString &text) {
        return QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
                       .arg(tr("Import finished").toHtmlEscaped(),
                            tr("%n messages imported.", nullptr, s.imported).toHtmlEscaped());
    if (s.duplicates)
        html += line(tr("%n duplicates skipped (already stored, or twice in the files)", nullptr,
                        s.duplicates));
    if (s.unmatched)
        html += line(tr("%n unmatched messages left out", nullptr, s.unmatched));
    if (s.skipped)
        html += line(tr("%n messages unticked", nullptr, s.skipped));
    if (s.broken) {
        html +=
            QStringLiteral("<li style=\"color: %1\">%2<ul>")
                .arg(colour(core::Severity::Violation),
                     tr("%n broken messages, not importable:", nullptr, s.broken).toHtmlEscaped());
        for (const core::MailCandidate &c : m_model->candidates()) {
            if (c.status == core::MailStatus::Broken)
                html += line(c.reason);
        }
        html += QStringLiteral("</ul></li>");
    }
    html += QStringLiteral("</ul>");
    m_summaryText->setText(html);
    m_pages->setCurrentIndex(1);
    // The summary is short: the dialog shrinks around it.
    m_pages->widget(0)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    resize(std::min(width(), 720), 380);
}

} // namespace rapport::ui
