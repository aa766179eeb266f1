#include "ImportPreviewModel.h"

#include "DateTimeText.h"
#include "Labels.h"
#include "PlainText.h"
#include "models/OwnRow.h"

namespace rapport::ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const core::ProgramCsvPreview &preview,
                                    const QList<Match> &matches)
{
    beginResetModel();
    m_preview = preview;
    m_matches = matches;
    m_matches.resize(m_preview.rows.size());
    m_fields.clear();
    for (const auto &column : m_preview.mapping.columns) {
        if (column)
            m_fields << *column;
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + int(m_fields.size());
}

const core::ProgramCsvRow *ImportPreviewModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_preview.rows.size())
        return nullptr;
    return &m_preview.rows.at(index.row());
}

QModelIndex ImportPreviewModel::indexOfLine(int line, int column) const
{
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        if (m_preview.rows.at(row).line == line)
            return index(row, column);
    }
    return {};
}

std::optional<core::ProgramColumn> ImportPreviewModel::fieldAt(int column) const
{
    const int i = column - FirstFieldColumn;
    if (i < 0 || i >= m_fields.size())
        return std::nullopt;
    return m_fields.at(i);
}

int ImportPreviewModel::columnOf(core::ProgramColumn field) const
{
    const qsizetype i = m_fields.indexOf(field);
    return i < 0 ? -1 : FirstFieldColumn + int(i);
}

int ImportPreviewModel::updateCount() const
{
    int n = 0;
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        if (m_preview.rows.at(row).ok() && m_matches.at(row).id != 0)
            ++n;
    }
    return n;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnRow(*this, index))
        return {};
    const core::ProgramCsvRow &row = m_preview.rows.at(index.row());
    const Match &match = m_matches.at(index.row());
    switch (role) {
    case LineRole: return row.line;
    case OkRole: return row.ok();
    case MessageRole: return row.ok() ? QString() : row.message();
    case ExistingIdRole: return match.id;
    default: break;
    }
    const int column = index.column();
    if (role == Qt::ForegroundRole && !row.ok() && column != LineColumn)
        return labels::severityColor(core::Severity::Violation);
    if (role == Qt::ToolTipRole && column == OutcomeColumn)
        return plainText::toolTip(
            row.ok() ? (match.id ? tr("Updates the stored program \"%1\" with the cells this row "
                                      "fills; empty cells keep what is stored")
                                       .arg(match.name)
                                 : tr("Added as a new program"))
                     : row.message());
    if (role == Qt::TextAlignmentRole && column == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (column == LineColumn)
        return row.line;
    if (column == OutcomeColumn)
        return row.ok() ? (match.id ? tr("Update") : tr("New")) : row.message();
    if (!row.ok())
        return {};
    const auto field = fieldAt(column);
    return field ? fieldValue(row, *field) : QString();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == LineColumn)
        return tr("Line");
    if (section == OutcomeColumn)
        return tr("Import as");
    const auto field = fieldAt(section);
    return field ? fieldLabel(*field) : QVariant();
}

QString ImportPreviewModel::fieldLabel(core::ProgramColumn field)
{
    using F = core::ProgramColumn;
    switch (field) {
    case F::Name: return tr("Program name");
    case F::Institution: return tr("Institution");
    case F::Specialty: return tr("Specialty");
    case F::City: return tr("City");
    case F::State: return tr("State");
    case F::NrmpCode: return tr("NRMP code");
    case F::ParticipatesInMatch: return tr("In the NRMP Match");
    case F::Visa: return tr("Visa sponsorship");
    case F::MatchedImgs: return tr("Has matched IMGs");
    case F::Policy: return tr("Communication policy");
    case F::PolicyNote: return tr("Policy note");
    case F::ApplicationStatus: return tr("Status");
    case F::Signal: return tr("Signal sent");
    case F::ApplicationDate: return tr("Applied on");
    case F::InterviewDate: return tr("Interview date");
    case F::InterviewTime: return tr("Interview time");
    case F::PreferenceRank: return tr("Your rank");
    case F::Website: return tr("Website");
    case F::EmailDomain: return tr("Email domain");
    case F::Notes: return tr("Notes");
    case F::DirectorName: return tr("Program director");
    case F::DirectorEmail: return tr("Director's email");
    case F::CoordinatorName: return tr("Coordinator");
    case F::CoordinatorEmail: return tr("Coordinator's email");
    }
    return {};
}

QString ImportPreviewModel::fieldValue(const core::ProgramCsvRow &row, core::ProgramColumn field)
{
    using F = core::ProgramColumn;
    const core::Program &p = row.program;
    const auto person = [&](core::ContactRole role, bool email) {
        for (const core::Contact &c : row.contacts) {
            if (c.role == role)
                return email ? c.email : c.formalName();
        }
        return QString();
    };
    if (!row.given.contains(field) && field < F::DirectorName)
        return {};
    const auto yesNo = [](bool v) {
        return v ? tr("Yes") : tr("No");
    };
    const auto day = [](const QDate &d) {
        return DateTimeText::forDates().date(d, DateTimeText::Context::Cell);
    };
    switch (field) {
    case F::Name: return p.name;
    case F::Institution: return p.institution;
    case F::Specialty: return p.specialty;
    case F::City: return p.city;
    case F::State: return p.state;
    case F::NrmpCode: return p.nrmpCode;
    case F::ParticipatesInMatch: return yesNo(p.participatesInMatch);
    case F::Visa: return labels::visa(p.visa);
    case F::MatchedImgs: return labels::tristate(p.matchedImgs);
    case F::Policy: return labels::policy(p.policy);
    case F::PolicyNote: return p.policyNote;
    case F::ApplicationStatus: return labels::status(p.status);
    case F::Signal: return yesNo(p.signalSent);
    case F::ApplicationDate: return day(p.applicationDate);
    case F::InterviewDate: return day(p.interviewDate);
    case F::InterviewTime: return DateTimeText::forDates().time(p.interviewTime);
    case F::PreferenceRank:
        return p.preferenceRank ? QString::number(*p.preferenceRank) : QString();
    case F::Website: return p.website;
    case F::EmailDomain: return p.emailDomain;
    case F::Notes: return QString(p.notes).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    case F::DirectorName: return person(core::ContactRole::ProgramDirector, false);
    case F::DirectorEmail: return person(core::ContactRole::ProgramDirector, true);
    case F::CoordinatorName: return person(core::ContactRole::ProgramCoordinator, false);
    case F::CoordinatorEmail: return person(core::ContactRole::ProgramCoordinator, true);
    }
    return {};
}

} // namespace rapport::ui
