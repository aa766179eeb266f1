#include "DemoContext.h"

#include <QTime>

namespace rapport::test {

QHash<QString, QString> demoFields()
{
    return {
        {QStringLiteral("program_detail"),
         QStringLiteral("your head and neck oncology service and its early operative experience")},
        {QStringLiteral("connection"),
         QStringLiteral("my research mentor, Dr. Samuel Okafor, completed his fellowship at your "
                        "institution and speaks highly of its residents")},
        {QStringLiteral("highlights"),
         QStringLiteral("I have worked as a research fellow in rhinology and published two papers "
                        "on chronic rhinosinusitis")},
        {QStringLiteral("update_1"), QStringLiteral("I have passed USMLE Step 3")},
        {QStringLiteral("update_2"),
         QStringLiteral("My manuscript on pediatric cochlear implant outcomes was accepted by The "
                        "Laryngoscope")},
        {QStringLiteral("visa_type"), QStringLiteral("J-1")},
        {QStringLiteral("conference"), QStringLiteral("the AAO-HNSF 2026 Annual Meeting")},
        {QStringLiteral("conversation_topic"),
         QStringLiteral("outcomes after transoral robotic surgery")},
        {QStringLiteral("fit_reason"),
         QStringLiteral("Having trained in a busy public hospital in Karachi, I would value the "
                        "graded autonomy and close mentorship your residents described.")},
        {QStringLiteral("visit_focus"),
         QStringLiteral("a morning in the resident continuity clinic")},
        {QStringLiteral("their_subject"), QStringLiteral("Following your interview")},
    };
}

core::RenderContext demoContext()
{
    core::RenderContext c;

    c.profile.name = QStringLiteral("Amina Rahman");
    c.profile.degree = QStringLiteral("MBBS");
    c.profile.medicalSchool = QStringLiteral("Aga Khan University");
    c.profile.country = QStringLiteral("Pakistan");
    c.profile.graduationYear = 2023;
    c.profile.aamcId = QStringLiteral("14523876");
    c.profile.visaStatus = QStringLiteral("Needs J-1 sponsorship");
    c.profile.email = QStringLiteral("amina.rahman@example.com");
    c.profile.phone = QStringLiteral("+1 312 555 0142");
    c.profile.signature = QStringLiteral("Amina Rahman, MBBS\nAAMC ID 14523876\n"
                                         "amina.rahman@example.com | +1 312 555 0142");

    c.season = core::Season::defaultsFor(2027);

    core::Program p;
    p.id = 1;
    p.name = QStringLiteral("Lakeside University Otolaryngology Residency");
    p.institution = QStringLiteral("Lakeside University Medical Center");
    p.city = QStringLiteral("Chicago");
    p.state = QStringLiteral("IL");
    p.nrmpCode = QStringLiteral("1234280C0");
    p.visa = core::VisaSponsorship::J1;
    p.matchedImgs = core::Tristate::Yes;
    p.status = core::ProgramStatus::Interviewed;
    p.applicationDate = QDate(2026, 9, 24);
    p.interviewDate = QDate(2026, 12, 4);
    p.interviewTime = QTime(9, 0);
    p.interviewOffsetSecs = -6 * 3600;
    p.emailDomain = QStringLiteral("lakeside.edu");
    c.program = p;

    core::Contact k;
    k.id = 1;
    k.programId = p.id;
    k.title = QStringLiteral("Dr.");
    k.firstName = QStringLiteral("Maria");
    k.lastName = QStringLiteral("Lopez");
    k.role = core::ContactRole::ProgramDirector;
    k.email = QStringLiteral("mlopez@lakeside.edu");
    c.contact = k;

    c.fields = demoFields();
    c.today = QDate(2026, 12, 6);
    return c;
}

core::RenderContext demoContext(core::Kind kind)
{
    core::RenderContext c = demoContext();
    switch (kind) {
    case core::Kind::PreInterviewInterest:
    case core::Kind::ApplicationUpdate:
    case core::Kind::VisaInquiry:
    case core::Kind::ConferenceFollowUp:
        c.program->status = core::ProgramStatus::Applied;
        c.program->interviewDate = {};
        c.program->interviewTime = {};
        c.today = QDate(2026, 10, 14);
        break;
    case core::Kind::ThankYou: c.today = QDate(2026, 12, 5); break;
    case core::Kind::PostInterviewUpdate:
    case core::Kind::LetterOfIntent:
    case core::Kind::LetterOfStrongInterest:
    case core::Kind::SecondLookRequest: c.today = QDate(2027, 1, 15); break;
    case core::Kind::ReplyToProgram: c.today = QDate(2027, 1, 20); break;
    default: break;
    }
    return c;
}

} // namespace rapport::test
