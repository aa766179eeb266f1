#include "DemoText.h"

#include <QStringList>

namespace rapport::core::demo {
namespace {

QString pick(const QStringList &options, QRandomGenerator &rng)
{
    return options.at(static_cast<int>(rng.bounded(static_cast<quint32>(options.size()))));
}

QString fill(QString text, const LetterContext &ctx)
{
    text.replace(QStringLiteral("%P"), ctx.program);
    text.replace(QStringLiteral("%C"), ctx.city);
    text.replace(QStringLiteral("%I"), ctx.interest);
    text.replace(QStringLiteral("%D"), ctx.interviewDay);
    return text;
}

QString letter(const LetterContext &ctx, const QStringList &paragraphs)
{
    return QStringLiteral("Dear %1,\n\n%2\n\nSincerely,\n%3")
        .arg(ctx.salutation, fill(paragraphs.join(QStringLiteral("\n\n")), ctx), ctx.signature);
}

const QStringList kOpeners{
    QStringLiteral("I am an international medical graduate who applied to the otolaryngology "
                   "residency at %P this season."),
    QStringLiteral(
        "I recently submitted my ERAS application to %P and wanted to introduce myself briefly."),
    QStringLiteral(
        "As an applicant to the %P otolaryngology program, I am writing with a short note."),
    QStringLiteral("My name is on your list of applicants for otolaryngology at %P, and I hope a "
                   "brief introduction is welcome."),
};
const QStringList kInterest{
    QStringLiteral("Your program's work in %I matches the research I did during my fellowship."),
    QStringLiteral(
        "I was drawn to the %I service at %P and to the way residents are involved early."),
    QStringLiteral("The %I clinic in %C is the kind of practice I hope to build my career around."),
    QStringLiteral("Reading about your residents' projects in %I made %P stand out among the "
                   "programs I applied to."),
    QStringLiteral("I have followed your department's publications in %I for two years."),
};
const QStringList kUpdates{
    QStringLiteral("Since applying, my manuscript on chronic rhinosinusitis outcomes was accepted "
                   "for publication."),
    QStringLiteral("I have passed USMLE Step 3 since my application was submitted."),
    QStringLiteral("I completed a further two months of otolaryngology observership in the United "
                   "States this autumn."),
    QStringLiteral(
        "I presented a poster on pediatric airway outcomes at a national meeting last month."),
    QStringLiteral("My ECFMG certification is now complete."),
};
const QStringList kClosers{
    QStringLiteral("Thank you for your time and for considering my application."),
    QStringLiteral("Thank you for reading this note; I would be glad to share anything further."),
    QStringLiteral("I appreciate your time and the work of your selection committee."),
    QStringLiteral("Thank you for your consideration."),
};
const QStringList kThanks{
    QStringLiteral("Thank you for the opportunity to interview at %P on %D."),
    QStringLiteral("I am grateful for the time you and your residents gave me on %D."),
    QStringLiteral("Thank you for a thoughtful interview day at %P on %D."),
};
const QStringList kThanksDetail{
    QStringLiteral("Our conversation about %I stayed with me, especially the way your residents "
                   "share the operative load."),
    QStringLiteral("Hearing how your residents rotate through %I in their second year answered "
                   "many of my questions."),
    QStringLiteral(
        "The tour of the %C campus and the discussion of your %I research made the day memorable."),
    QStringLiteral("I especially valued learning about the mentorship your faculty offer in %I."),
};
const QStringList kFit{
    QStringLiteral("I left with a clear sense that my background would fit your team well."),
    QStringLiteral("The collegial atmosphere among your residents was obvious throughout the day."),
    QStringLiteral("I would be glad to train in an environment like the one I saw in %C."),
};

} // namespace

QString subspecialty(QRandomGenerator &rng)
{
    return pick({QStringLiteral("head and neck oncology"), QStringLiteral("rhinology"),
                 QStringLiteral("otology and neurotology"),
                 QStringLiteral("pediatric otolaryngology"), QStringLiteral("laryngology"),
                 QStringLiteral("facial plastic surgery"), QStringLiteral("sleep surgery"),
                 QStringLiteral("skull base surgery")},
                rng);
}

Letter outgoingLetter(Kind kind, const LetterContext &ctx, QRandomGenerator &rng)
{
    switch (kind) {
    case Kind::PreInterviewInterest:
        return {fill(QStringLiteral("Interest in the %P otolaryngology residency"), ctx),
                letter(ctx, {pick(kOpeners, rng) + QLatin1Char(' ') + pick(kInterest, rng),
                             pick(kClosers, rng)})};
    case Kind::ApplicationUpdate:
        return {QStringLiteral("Application update"),
                letter(ctx, {pick(kOpeners, rng),
                             pick(kUpdates, rng) + QLatin1Char(' ') + pick(kInterest, rng),
                             pick(kClosers, rng)})};
    case Kind::VisaInquiry:
        return {QStringLiteral("Question about visa sponsorship"),
                letter(ctx, {pick(kOpeners, rng),
                             QStringLiteral(
                                 "Could you tell me whether %P sponsors J-1 or H-1B visas for "
                                 "incoming residents? I could not find it on the website."),
                             pick(kClosers, rng)})};
    case Kind::Logistics:
        return {
            QStringLiteral("Interview confirmation"),
            letter(
                ctx,
                {QStringLiteral("Thank you for the invitation. I am glad to confirm the interview "
                                "date of %D and will join the pre-interview social as well."),
                 QStringLiteral("Please let me know if you need anything further from me.")})};
    case Kind::ConferenceFollowUp:
        return {
            QStringLiteral("Following up from the annual meeting"),
            letter(ctx, {QStringLiteral(
                             "It was a pleasure to meet you at the AAO-HNSF annual meeting and to "
                             "hear about %P."),
                         pick(kInterest, rng), pick(kClosers, rng)})};
    case Kind::ThankYou:
        return {QStringLiteral("Thank you"),
                letter(ctx, {pick(kThanks, rng) + QLatin1Char(' ') + pick(kThanksDetail, rng),
                             pick(kFit, rng), pick(kClosers, rng)})};
    case Kind::PostInterviewUpdate:
        return {
            QStringLiteral("An update since my interview"),
            letter(ctx,
                   {QStringLiteral(
                        "I enjoyed my interview at %P on %D and wanted to share a brief update."),
                    pick(kUpdates, rng),
                    QStringLiteral("I remain very interested in training in %C."),
                    pick(kClosers, rng)})};
    case Kind::LetterOfIntent:
        return {
            QStringLiteral("Letter of intent"),
            letter(ctx, {QStringLiteral(
                             "After reflecting on every interview this season, I want to let you "
                             "know that %P is my first choice."),
                         pick(kThanksDetail, rng), pick(kClosers, rng)})};
    case Kind::LetterOfStrongInterest:
        return {QStringLiteral("Continued strong interest"),
                letter(ctx, {QStringLiteral("I wanted to tell you that I remain very interested in "
                                            "%P after my interview."),
                             pick(kThanksDetail, rng), pick(kClosers, rng)})};
    case Kind::ReplyToProgram:
        return {
            QStringLiteral("Re: your message"),
            letter(ctx,
                   {QStringLiteral(
                        "Thank you for your kind note and for your interest in my application."),
                    QStringLiteral(
                        "I remain enthusiastic about %P and will be finalizing my rank list "
                        "independently, as the NRMP asks of every applicant."),
                    pick(kClosers, rng)})};
    case Kind::SecondLookRequest:
        return {
            QStringLiteral("Second look"),
            letter(ctx, {QStringLiteral(
                             "If %P hosts second-look visits this year, I would welcome the chance "
                             "to spend a day with the %I team."),
                         pick(kClosers, rng)})};
    default:
        return {QStringLiteral("A note"), letter(ctx, {pick(kOpeners, rng), pick(kClosers, rng)})};
    }
}

Letter incomingLetter(Kind kind, const LetterContext &ctx, QRandomGenerator &rng)
{
    const QString coordinator = QStringLiteral("\n\nBest regards,\nResidency Program Office\n%P");
    switch (kind) {
    case Kind::ProgramInvitation:
        return {fill(QStringLiteral("Interview invitation - %P Otolaryngology"), ctx),
                fill(QStringLiteral(
                         "Dear Applicant,\n\nWe are pleased to invite you to interview with the %P "
                         "otolaryngology residency. Please choose a date through the scheduling "
                         "link within five days.") +
                         coordinator,
                     ctx)};
    case Kind::Logistics:
        return {
            QStringLiteral("Interview day details"),
            fill(
                pick({QStringLiteral(
                          "Dear Applicant,\n\nAttached is the schedule for your interview on %D. "
                          "The virtual social begins the evening before."),
                      QStringLiteral(
                          "Dear Applicant,\n\nThis is a reminder of your interview on %D. Parking "
                          "is available in the visitor garage."),
                      QStringLiteral(
                          "Dear Applicant,\n\nOur residents host an informal evening before "
                          "interview days; you are welcome to join on the evening before %D."),
                      QStringLiteral(
                          "Dear Applicant,\n\nOptional in-person visits for interviewed applicants "
                          "will be held in late January; reply only if you wish to attend.")},
                     rng) +
                    coordinator,
                ctx)};
    case Kind::ProgramInterest:
        return {QStringLiteral("Thank you for interviewing"),
                fill(QStringLiteral(
                         "Dear Applicant,\n\nThank you for interviewing with us. It was a pleasure "
                         "to meet you, and we wish you well in the Match.") +
                         coordinator,
                     ctx)};
    case Kind::ReplyToProgram:
        return {QStringLiteral("Re: Thank you"),
                fill(QStringLiteral(
                         "Dear Dr. Haddad,\n\nThank you for your note; I have shared it with the "
                         "program director.") +
                         coordinator,
                     ctx)};
    case Kind::Other:
        return {
            QStringLiteral("Your application"),
            fill(QStringLiteral(
                     "Dear Applicant,\n\nThank you for your interest in %P. We received many "
                     "strong applications and are unable to offer you an interview this year.") +
                     coordinator,
                 ctx)};
    default:
        return {QStringLiteral("Message from the program"),
                fill(QStringLiteral("Dear Applicant,\n\nThank you for your message.") + coordinator,
                     ctx)};
    }
}

Letter applicationReceived(const LetterContext &ctx)
{
    return {fill(QStringLiteral("Application received - %P"), ctx),
            fill(QStringLiteral(
                     "Dear Applicant,\n\nThis confirms that your ERAS application to the %P "
                     "otolaryngology residency has been received. Interview invitations are "
                     "sent from mid-October.\n\nBest regards,\nResidency Program Office\n%P"),
                 ctx)};
}

Letter breachLetter(const QString &rule, const LetterContext &ctx)
{
    const QString sig = QStringLiteral("\n\nBest regards,\nProgram Director\n%P");
    if (rule == QLatin1String("incoming.rank_request"))
        return {
            QStringLiteral("Following up"),
            fill(QStringLiteral(
                     "Dear Dr. Applicant,\n\nWe enjoyed meeting you. Before we finalise our list, "
                     "could you let us know where you plan to rank our program?") +
                     sig,
                 ctx)};
    if (rule == QLatin1String("incoming.withdraw_pressure"))
        return {QStringLiteral("Your remaining interviews"),
                fill(QStringLiteral(
                         "Dear Dr. Applicant,\n\nWe would like you to cancel your other interviews "
                         "if you are serious about joining us.") +
                         sig,
                     ctx)};
    if (rule == QLatin1String("incoming.application_inquiry"))
        return {QStringLiteral("A question"),
                fill(QStringLiteral(
                         "Dear Dr. Applicant,\n\nWhich other programs did you interview with this "
                         "season?") +
                         sig,
                     ctx)};
    if (rule == QLatin1String("incoming.strong_interest"))
        return {
            QStringLiteral("After your interview"),
            fill(QStringLiteral(
                     "Dear Dr. Applicant,\n\nOur faculty were impressed, and we intend to rank you "
                     "highly.") +
                     sig,
                 ctx)};
    if (rule == QLatin1String("match.outside_contract"))
        return {
            QStringLiteral("A position for you"),
            fill(QStringLiteral(
                     "Dear Dr. Applicant,\n\nWe can offer you a position outside the Match if you "
                     "sign a contract with us this month.") +
                     sig,
                 ctx)};
    if (rule == QLatin1String("content.rank_inquiry"))
        return {
            QStringLiteral("Checking in"),
            letter(ctx, {QStringLiteral(
                             "I enjoyed my interview at %P on %D. Could you let me know where I "
                             "stand on your rank list?"),
                         QStringLiteral("Thank you for your time.")})};
    return {QStringLiteral("A note"), letter(ctx, {QStringLiteral("A note about %P.")})};
}

} // namespace rapport::core::demo
