#include "ImportProgramsDialog.h"

#include "FileChooser.h"
#include "Labels.h"
#include "Prompter.h"
#include "Session.h"
#include "models/ImportPreviewModel.h"
#include "widgets/WindowSize.h"

#include "io/ProgramMatcher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int kMappingPairsPerRow = 3;

QString colour(core::Severity severity)
{
    return labels::severityColor(severity).name();
}

// The stored program each row would update, by the rule the import applies.
QList<ImportPreviewModel::Match> matchStored(const QList<core::Program> &stored,
                                             const core::ProgramCsvPreview &preview)
{
    const core::ProgramMatcher matcher(stored);
    QList<ImportPreviewModel::Match> out;
    for (const core::ProgramCsvRow &row : preview.rows) {
        const auto found = row.ok() ? matcher.find(row.program) : std::nullopt;
        out << (found ? ImportPreviewModel::Match{found->program.id, found->program.name}
                      : ImportPreviewModel::Match{});
    }
    return out;
}

} // namespace

ImportProgramsDialog::ImportProgramsDialog(Session &session, Prompter &prompter, FileChooser &files,
                                           QWidget *parent)
    : QDialog(parent), m_session(session), m_prompter(prompter), m_files(files)
{
    setObjectName(QStringLiteral("importProgramsDialog"));
    setWindowTitle(tr("Import programs from CSV"));
    m_model = new ImportPreviewModel(this);
    m_pages = new QStackedWidget;
    m_pages->addWidget(createPreviewPage());
    m_pages->addWidget(createSummaryPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resizeWithinScreen(this, {1040, 700});
    updateCounts();
}

QWidget *ImportProgramsDialog::createPreviewPage()
{
    m_file = new QLabel(tr("Choose the CSV file your spreadsheet saved: one program per row, "
                           "the first row naming the columns."));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("Choose &file…"));
    choose->setObjectName(QStringLiteral("chooseFile"));
    connect(choose, &QPushButton::clicked, this, &ImportProgramsDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose, 0, Qt::AlignTop);

    auto *mapping = new QGroupBox(tr("Columns of the file"));
    mapping->setObjectName(QStringLiteral("columnMapping"));
    m_mappingBox = mapping;
    auto *mappingLayout = new QVBoxLayout(mapping);
    auto *explain = new QLabel(tr("Each column fills one field of a program. Change a choice to "
                                  "read the rows again."));
    explain->setWordWrap(true);
    explain->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
    m_mappingGrid = new QGridLayout;
    m_mappingGrid->setHorizontalSpacing(10);
    m_ignored = new QLabel;
    m_ignored->setTextFormat(Qt::PlainText);
    m_ignored->setObjectName(QStringLiteral("ignoredColumns"));
    m_ignored->setWordWrap(true);
    mappingLayout->addWidget(explain);
    mappingLayout->addLayout(m_mappingGrid);
    mappingLayout->addWidget(m_ignored);
    mapping->hide();

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_counts = new QLabel;
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_blocker = new QLabel;
    m_blocker->setTextFormat(Qt::PlainText);
    m_blocker->setObjectName(QStringLiteral("importBlocker"));
    m_blocker->setWordWrap(true);
    m_blocker->setStyleSheet(QStringLiteral("color: %1").arg(colour(core::Severity::Warning)));

    m_goodRows = new QRadioButton(tr("Import the &good rows"));
    m_goodRows->setObjectName(QStringLiteral("modeGoodRows"));
    m_goodRows->setToolTip(tr("Rows with problems are left out and listed afterwards"));
    m_goodRows->setChecked(true);
    m_allOrNothing = new QRadioButton(tr("Import &nothing unless every row is good"));
    m_allOrNothing->setObjectName(QStringLiteral("modeAllOrNothing"));
    connect(m_goodRows, &QRadioButton::toggled, this, &ImportProgramsDialog::updateCounts);
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_goodRows);
    modes->addWidget(m_allOrNothing);
    modes->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &ImportProgramsDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fileRow);
    layout->addWidget(mapping);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_blocker);
    layout->addLayout(modes);
    layout->addWidget(buttons);
    return page;
}

QWidget *ImportProgramsDialog::createSummaryPage()
{
    m_summaryText = new QLabel;
    m_summaryText->setObjectName(QStringLiteral("importSummary"));
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

void ImportProgramsDialog::chooseFile()
{
    const QString path = m_files.openFile(this, tr("Import programs from CSV"),
                                          tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportProgramsDialog::openFile(const QString &path)
{
    auto preview = core::ProgramCsvImport::previewFile(path);
    if (!preview) {
        m_prompter.showError(this,
                             tr("The file cannot be imported: %1").arg(preview.errorMessage()));
        return false;
    }
    m_path = path;
    m_file->setText(tr("<b>%1</b> — %2")
                        .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                             QFileInfo(path).absolutePath().toHtmlEscaped()));
    m_summary.reset();
    m_pages->widget(0)->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_pages->setCurrentIndex(0);
    rebuildMappingRow(preview->mapping);
    showPreview(*preview);
    return true;
}

QComboBox *ImportProgramsDialog::mappingCombo(int column) const
{
    return column >= 0 && column < m_combos.size() ? m_combos.at(column) : nullptr;
}

void ImportProgramsDialog::rebuildMappingRow(const core::ProgramColumnMapping &mapping)
{
    m_combos.clear();
    while (QLayoutItem *item = m_mappingGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < mapping.headers.size(); ++i) {
        auto *header =
            new QLabel(mapping.headers.at(i).trimmed().isEmpty() ? tr("(column %1)").arg(i + 1)
                                                                 : mapping.headers.at(i).trimmed());
        header->setTextFormat(Qt::PlainText); // the file's own words
        header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mapColumn%1").arg(i));
        combo->addItem(tr("— ignore —"), -1);
        for (const core::ProgramColumn field : core::ProgramCsvImport::allColumns())
            combo->addItem(ImportPreviewModel::fieldLabel(field), int(field));
        header->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i] { onMappingChanged(i); });
        const int row = i / kMappingPairsPerRow;
        const int col = (i % kMappingPairsPerRow) * 2;
        m_mappingGrid->addWidget(header, row, col);
        m_mappingGrid->addWidget(combo, row, col + 1);
        header->show(); // added to a dialog that may be showing already
        combo->show();
        m_combos << combo;
    }
    for (int c = 0; c < kMappingPairsPerRow; ++c)
        m_mappingGrid->setColumnStretch(c * 2 + 1, 1);
    m_mappingBox->setVisible(!m_combos.isEmpty());
}

void ImportProgramsDialog::onMappingChanged(int column)
{
    core::ProgramColumnMapping mapping = m_model->preview().mapping;
    const int value = m_combos.at(column)->currentData().toInt();
    mapping.set(column, value < 0 ? std::nullopt
                                  : std::optional<core::ProgramColumn>(core::ProgramColumn(value)));
    showPreview(core::ProgramCsvImport::remap(m_model->preview(), mapping));
}

void ImportProgramsDialog::showPreview(const core::ProgramCsvPreview &preview)
{
    m_model->setPreview(preview, matchStored(m_session.snapshot().programs, preview));
    // A field taken by another column leaves its old column ignored: show it.
    for (int i = 0; i < m_combos.size(); ++i) {
        const auto column = preview.mapping.columns.value(i);
        const QSignalBlocker block(m_combos.at(i));
        m_combos.at(i)->setCurrentIndex(
            std::max(0, m_combos.at(i)->findData(column ? int(*column) : -1)));
    }
    const QStringList ignored = preview.mapping.ignoredHeaders();
    m_ignored->setText(
        ignored.isEmpty() ? QString() : tr("Ignored: %1").arg(ignored.join(QStringLiteral(", "))));
    m_ignored->setVisible(!ignored.isEmpty());

    m_view->clearSpans();
    const int columns = m_model->columnCount();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!preview.rows.at(row).ok() && columns > ImportPreviewModel::OutcomeColumn + 1)
            m_view->setSpan(row, ImportPreviewModel::OutcomeColumn, 1,
                            columns - ImportPreviewModel::OutcomeColumn);
    }
    m_view->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 260));
    // A bad row's message spans the row; it must not widen "New"/"Update".
    const QFontMetrics metrics = m_view->fontMetrics();
    int outcome = 0;
    for (const QString &word :
         {m_model->headerData(ImportPreviewModel::OutcomeColumn, Qt::Horizontal).toString(),
          tr("New"), tr("Update")})
        outcome = std::max(outcome, metrics.horizontalAdvance(word) + 20);
    m_view->setColumnWidth(ImportPreviewModel::OutcomeColumn, outcome);
    updateCounts();
}

core::ImportMode ImportProgramsDialog::mode() const
{
    return m_allOrNothing->isChecked() ? core::ImportMode::AllOrNothing
                                       : core::ImportMode::GoodRows;
}

void ImportProgramsDialog::setMode(core::ImportMode mode)
{
    (mode == core::ImportMode::AllOrNothing ? m_allOrNothing : m_goodRows)->setChecked(true);
}

void ImportProgramsDialog::updateCounts()
{
    const core::ProgramCsvPreview &preview = m_model->preview();
    const int good = preview.goodCount();
    const int bad = preview.badCount();
    const int updates = m_model->updateCount();
    QString counts;
    if (!m_path.isEmpty()) {
        counts = tr("%n good rows", nullptr, good);
        if (bad > 0)
            counts += tr(", %n with problems", nullptr, bad);
        if (updates > 0)
            counts += tr("; %n will update existing programs", nullptr, updates);
        counts += QLatin1Char('.');
    }
    m_counts->setText(counts);

    QString blocker;
    if (m_path.isEmpty())
        blocker = QString();
    else if (!preview.mapping.indexOf(core::ProgramColumn::Name))
        blocker = tr("No column holds the program name: choose \"Program name\" for one of them.");
    else if (good == 0)
        blocker = tr("No row can be imported.");
    else if (mode() == core::ImportMode::AllOrNothing && bad > 0)
        blocker =
            tr("%n rows have problems: correct the file, or import the good rows.", nullptr, bad);
    m_blocker->setText(blocker);
    m_blocker->setVisible(!blocker.isEmpty());
    m_import->setEnabled(!m_path.isEmpty() && blocker.isEmpty());
    m_import->setText(tr("&Import %n programs", nullptr, good));
}

bool ImportProgramsDialog::import()
{
    if (!m_import->isEnabled())
        return false;
    auto summary = core::ProgramCsvImport::apply(m_session.db(), m_model->preview(), mode());
    if (!summary) {
        m_prompter.showError(this, tr("Nothing was imported: %1").arg(summary.errorMessage()));
        return false;
    }
    m_summary = *summary;
    if (auto s = m_session.reload(); !s)
        m_prompter.showError(this, s.errorMessage());
    showSummary(*summary);
    return summary->applied && summary->added + summary->updated > 0;
}

void ImportProgramsDialog::showSummary(const core::ProgramImportSummary &s)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Import finished").toHtmlEscaped());
    if (!s.applied) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Nothing was imported: some rows have problems.").toHtmlEscaped());
    } else {
        QStringList done;
        if (s.added > 0)
            done << tr("%n programs added", nullptr, s.added);
        if (s.updated > 0)
            done << tr("%n programs updated", nullptr, s.updated);
        html += QStringLiteral("<p>%1</p>")
                    .arg((done.isEmpty() ? tr("No program was added or updated.")
                                         : done.join(QStringLiteral(", ")) + QLatin1Char('.'))
                             .toHtmlEscaped());
    }
    if (!s.problems.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>")
                    .arg(tr("%n rows were not imported:", nullptr, int(s.problems.size()))
                             .toHtmlEscaped());
        for (const QString &problem : s.problems)
            html += QStringLiteral("<li style=\"color: %1\">%2</li>")
                        .arg(colour(core::Severity::Violation), problem.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_summaryText->setText(html);
    m_pages->setCurrentIndex(1);
    // The summary is short: the dialog shrinks around it.
    m_pages->widget(0)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    resize(std::min(width(), 720), 380);
}

} // namespace rapport::ui
