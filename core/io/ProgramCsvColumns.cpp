#include "ProgramCsvFields.h"

#include <QHash>

// Which header names which Program field.
namespace rapport::core {
namespace csvfields {
namespace {

struct ColumnInfo
{
    ProgramColumn column;
    const char *name;     // canonical, as printed
    const char *synonyms; // compact forms, space-separated
};

// The first synonym of each is the compact canonical name.
constexpr ColumnInfo kColumns[] = {
    {ProgramColumn::Name, "name", "name program programname residency residencyprogram"},
    {ProgramColumn::Institution, "institution",
     "institution hospital sponsoringinstitution university sponsor"},
    {ProgramColumn::Specialty, "specialty", "specialty speciality"},
    {ProgramColumn::City, "city", "city town location"},
    {ProgramColumn::State, "state", "state st province"},
    {ProgramColumn::NrmpCode, "nrmp_code",
     "nrmpcode nrmp programcode nrmpprogramcode nrmpnumber nrmpid code"},
    {ProgramColumn::ParticipatesInMatch, "participates_in_match",
     "participatesinmatch inmatch nrmpmatch participates"},
    {ProgramColumn::Visa, "visa", "visa visasponsorship visas sponsorsvisa sponsorship"},
    {ProgramColumn::MatchedImgs, "matched_imgs", "matchedimgs imgs img imgfriendly takesimgs"},
    {ProgramColumn::Policy, "policy", "policy communicationpolicy commpolicy"},
    {ProgramColumn::PolicyNote, "policy_note", "policynote policynotes policydetails"},
    {ProgramColumn::ApplicationStatus, "status", "status applicationstatus stage"},
    {ProgramColumn::Signal, "signal", "signal signalsent preferencesignal signaled signalled"},
    {ProgramColumn::ApplicationDate, "application_date",
     "applicationdate applied dateapplied appliedon"},
    {ProgramColumn::InterviewDate, "interview_date", "interviewdate interview interviewday"},
    {ProgramColumn::InterviewTime, "interview_time", "interviewtime time"},
    {ProgramColumn::PreferenceRank, "preference_rank", "preferencerank rank myrank preference"},
    {ProgramColumn::Website, "website", "website url web homepage site"},
    {ProgramColumn::EmailDomain, "email_domain", "emaildomain domain maildomain"},
    {ProgramColumn::Notes, "notes", "notes note comments comment remarks"},
    {ProgramColumn::DirectorName, "director_name",
     "directorname pdname programdirector programdirectorname director pd"},
    {ProgramColumn::DirectorEmail, "director_email",
     "directoremail pdemail programdirectoremail pdmail directormail pdemailaddress"},
    {ProgramColumn::CoordinatorName, "coordinator_name",
     "coordinatorname pcname programcoordinator programcoordinatorname coordinator pc"},
    {ProgramColumn::CoordinatorEmail, "coordinator_email",
     "coordinatoremail pcemail programcoordinatoremail coordinatormail pcmail "
     "coordinatoremailaddress"},
};

} // namespace

QString compact(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace csvfields

std::optional<ProgramColumn> ProgramCsvImport::columnForHeader(const QString &header)
{
    static const QHash<QString, ProgramColumn> bySynonym = [] {
        QHash<QString, ProgramColumn> h;
        for (const auto &info : csvfields::kColumns) {
            for (const QString &s : QString::fromLatin1(info.synonyms).split(QLatin1Char(' ')))
                h.insert(s, info.column);
        }
        return h;
    }();
    const auto it = bySynonym.find(csvfields::compact(header));
    if (it == bySynonym.end())
        return std::nullopt;
    return *it;
}

QString ProgramCsvImport::columnName(ProgramColumn column)
{
    for (const auto &info : csvfields::kColumns) {
        if (info.column == column)
            return QString::fromLatin1(info.name);
    }
    return {};
}

QList<ProgramColumn> ProgramCsvImport::allColumns()
{
    QList<ProgramColumn> out;
    for (const auto &info : csvfields::kColumns)
        out << info.column;
    return out;
}

} // namespace rapport::core
