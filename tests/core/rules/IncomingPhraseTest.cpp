#include "PhraseCase.h"

// Sentence tables for messages from programs.
namespace rapport::test {
namespace {

constexpr const char *kRankRequest = "incoming.rank_request";
const PhraseCase kRankRequestCases[] = {
    {kRankRequest, "Where will you rank us?", true},
    {kRankRequest, "Will you rank us #1?", true},
    {kRankRequest, "We need you to confirm you\u2019ll rank us first.", true},
    {kRankRequest, "If you tell us we\u2019re your #1, we can almost guarantee you a spot.", true},
    {kRankRequest, "How do you plan to rank our program?", true},
    {kRankRequest, "Are we your top choice?", true},
    {kRankRequest, "Please let us know whether our program is your first choice.", true},
    {kRankRequest, "We would like you to rank us first.", true},
    {kRankRequest, "Where does our program stand on your\nrank list?", true},
    {kRankRequest, "Are we your number one?", true},
    {kRankRequest, "We intend to rank you highly.", false},
    {kRankRequest, "Please rank programs in your true order of preference.", false},
    {kRankRequest, "Our rank list will be finalized next week.", false},
    {kRankRequest, "The rank list deadline is February 25.", false},
    {kRankRequest, "You will be ranked to match.", false},
    {kRankRequest, "We do not ask applicants where they will rank us.", false},
    {kRankRequest, "How do our residents rank their operative experience?", false},
    {kRankRequest, "We will rank all interviewed applicants by February.", false},
};

constexpr const char *kWithdraw = "incoming.withdraw_pressure";
const PhraseCase kWithdrawCases[] = {
    {kWithdraw, "We expect you to withdraw from other interviews if we rank you highly.", true},
    {kWithdraw, "You would need to withdraw from the Match to accept this position.", true},
    {kWithdraw, "Please cancel your remaining interviews.", true},
    {kWithdraw, "We ask that you not interview elsewhere.", true},
    {kWithdraw, "Please decline any other interview invitations.", true},
    {kWithdraw, "Withdraw your other applications and we will take care of you.", true},
    {kWithdraw, "We would like you to pull out of the Match.", true},
    {kWithdraw, "Consider\nwithdrawing from the NRMP.", true},
    {kWithdraw, "If you need to cancel your interview with us, please let us know.", false},
    {kWithdraw, "The ERAS withdrawal deadline is in January.", false},
    {kWithdraw, "We will never ask you to withdraw from other interviews.", false},
    {kWithdraw, "You may withdraw your application from our program at any time.", false},
    {kWithdraw, "Please do not withdraw from the Match without seeking advice.", false},
    {kWithdraw, "Our interview season ends in January.", false},
    {kWithdraw, "Interviews at other programs do not affect our decision.", false},
    {kWithdraw, "We hope to see you at the second look.", false},
};

constexpr const char *kGuarantee = "incoming.guarantee";
const PhraseCase kGuaranteeCases[] = {
    {kGuarantee, "If you tell us we\u2019re your #1, we can almost guarantee you a spot.", true},
    {kGuarantee, "We guarantee you a position if you rank us first.", true},
    {kGuarantee, "You will match here if you commit to us.", true},
    {kGuarantee, "If you promise to rank us #1, we\u2019ll rank you highly enough to match.", true},
    {kGuarantee, "We can promise you a spot in our program.", true},
    {kGuarantee, "The position is yours if you want it.", true},
    {kGuarantee, "We will rank you to match.", true},
    {kGuarantee, "You have a guaranteed spot with us.", true},
    {kGuarantee, "Your match with us is\nguaranteed.", true},
    {kGuarantee, "We cannot guarantee any outcome in the Match.", false},
    {kGuarantee, "There is no guarantee of a match.", false},
    {kGuarantee, "Ranking does not guarantee a position.", false},
    {kGuarantee, "We intend to rank you highly.", false},
    {kGuarantee, "Your spot at the second look is confirmed.", false},
    {kGuarantee, "Please secure your hotel room for the interview.", false},
    {kGuarantee, "Residents are guaranteed protected research time.", false},
    {kGuarantee, "We will rank all applicants fairly.", false},
};

constexpr const char *kInquiry = "incoming.application_inquiry";
const PhraseCase kInquiryCases[] = {
    {kInquiry, "Where else have you applied?", true},
    {kInquiry, "Which other programs are you interviewing with?", true},
    {kInquiry, "How many interviews do you have this season?", true},
    {kInquiry, "Which programs did you signal?", true},
    {kInquiry, "How will you rank the other programs?", true},
    {kInquiry, "Please tell us where else you interviewed.", true},
    {kInquiry, "What does your rank list look like?", true},
    {kInquiry, "Did you also signal Riverside University?", true},
    {kInquiry, "What other programs are you\nconsidering?", true},
    {kInquiry, "Thank you for applying to our program.", false},
    {kInquiry, "We received your preference signal, thank you.", false},
    {kInquiry, "Other programs in our department include facial plastics.", false},
    {kInquiry, "Which dates work best for your interview?", false},
    {kInquiry, "How many residents do we accept each year? Four.", false},
    {kInquiry, "You do not need to tell us where else you applied.", false},
    {kInquiry, "Which of our rotations interested you most?", false},
    {kInquiry, "What programs do you offer for research? None yet.", false},
};

constexpr const char *kRequires = "incoming.requires_communication";
const PhraseCase kRequiresCases[] = {
    {kRequires, "Please send us a letter of intent if you are interested.", true},
    {kRequires, "We require a letter of intent from all applicants we plan to rank.", true},
    {kRequires, "Attendance at the second look is mandatory.", true},
    {kRequires, "To be ranked, you must send a post-interview email.", true},
    {kRequires, "We only rank applicants who attend the second look.", true},
    {kRequires, "Applicants are expected to send thank-you notes to each interviewer.", true},
    {kRequires, "Please let us know your level of interest after your interview.", true},
    {kRequires, "We expect a letter of commitment before our rank meeting.", true},
    {kRequires, "Post-interview communication is not required.", false},
    {kRequires, "Second looks are optional and do not affect ranking.", false},
    {kRequires, "We do not require thank-you notes.", false},
    {kRequires, "We do not consider post-interview communication in our rankings.", false},
    {kRequires, "No further communication is needed.", false},
    {kRequires, "Please send your updated CV if you have new publications.", false},
    {kRequires, "Please submit your visa documents by Friday.", false},
    {kRequires, "We require all residents to complete BLS training.", false},
};

constexpr const char *kInterest = "incoming.strong_interest";
const PhraseCase kInterestCases[] = {
    {kInterest, "We intend to rank you highly.", true},
    {kInterest, "You will be ranked to match.", true},
    {kInterest, "You are a very competitive candidate.", true},
    {kInterest, "We plan to rank you very favorably.", true},
    {kInterest, "You are one of our top candidates this year.", true},
    {kInterest, "We\u2019d love to have you join our team.", true},
    {kInterest, "We look forward to having you here in July.", true},
    {kInterest, "You were ranked highly by our committee.", true},
    {kInterest, "You\u2019re a great fit for our program.", true},
    {kInterest, "We rank applicants after all interviews are complete.", false},
    {kInterest, "Thank you for interviewing with us.", false},
    {kInterest, "Rank lists are due on February 25.", false},
    {kInterest, "We cannot share where you are ranked highly or not.", false},
    {kInterest, "Our residents are highly competitive in fellowship matching.", false},
    {kInterest, "Please rank programs in your true order of preference.", false},
    {kInterest, "We hope you enjoyed your visit.", false},
    {kInterest, "The program has a strong fit with community hospitals.", false},
};

constexpr const char *kContract = "match.outside_contract";
const PhraseCase kContractCases[] = {
    {kContract, "We would like to offer you a position outside the Match.", true},
    {kContract, "We can offer you a contract now if you withdraw from the Match.", true},
    {kContract, "This is a pre-match offer for a categorical position.", true},
    {kContract, "Please sign the attached contract before Match Day.", true},
    {kContract, "If you withdraw from the Match, the position is yours.", true},
    {kContract, "Outside of the NRMP, we can offer you a spot today.", true},
    {kContract, "We are prepared to offer you a residency position immediately.", true},
    {kContract, "Accept this offer letter by Friday and we will hold your place.", true},
    {kContract, "We\u2019d like to offer you a position \u2014 outside\nthe Match.", true},
    {kContract, "Our program participates in the NRMP Match.", false},
    {kContract, "Contracts are issued after Match Day.", false},
    {kContract, "We cannot offer positions outside the Match.", false},
    {kContract, "We are pleased to offer you an interview on December 5.", false},
    {kContract, "All positions are filled through the Match.", false},
    {kContract, "Please review the sample contract on our website.", false},
    {kContract, "Thank you for accepting our interview invitation.", false},
    {kContract, "You can sign up for the second look by Friday.", false},
};

class IncomingPhraseTest : public PhraseRuleTest
{};

TEST_P(IncomingPhraseTest, Sentence)
{
    expectVerdict(core::Direction::Incoming);
}

INSTANTIATE_TEST_SUITE_P(RankRequest, IncomingPhraseTest, ::testing::ValuesIn(kRankRequestCases));
INSTANTIATE_TEST_SUITE_P(WithdrawPressure, IncomingPhraseTest, ::testing::ValuesIn(kWithdrawCases));
INSTANTIATE_TEST_SUITE_P(Guarantee, IncomingPhraseTest, ::testing::ValuesIn(kGuaranteeCases));
INSTANTIATE_TEST_SUITE_P(ApplicationInquiry, IncomingPhraseTest,
                         ::testing::ValuesIn(kInquiryCases));
INSTANTIATE_TEST_SUITE_P(RequiresCommunication, IncomingPhraseTest,
                         ::testing::ValuesIn(kRequiresCases));
INSTANTIATE_TEST_SUITE_P(StrongInterest, IncomingPhraseTest, ::testing::ValuesIn(kInterestCases));
INSTANTIATE_TEST_SUITE_P(OutsideContract, IncomingPhraseTest, ::testing::ValuesIn(kContractCases));

// An offer from a program outside the Match is legitimate: only programs
// that take part in the Match are held to it.
class OutsideContractTest : public RuleTest
{};

TEST_F(OutsideContractTest, OnlyProgramsInTheMatchAreFlagged)
{
    core::Draft d = draftFor(kLakeside, QStringLiteral("We would like to offer you a position "
                                                       "outside the Match."));
    d.direction = core::Direction::Incoming;
    EXPECT_TRUE(hasRule(engine().checkDraft(d), QStringLiteral("match.outside_contract")));
    program(kLakeside).participatesInMatch = false;
    EXPECT_FALSE(hasRule(engine().checkDraft(d), QStringLiteral("match.outside_contract")));
}

// Incoming rules read incoming text only; the applicant quoting a program's
// words is not the program asking.
TEST_F(OutsideContractTest, IncomingRulesIgnoreOutgoingText)
{
    core::Draft d = draftFor(kLakeside, QStringLiteral("Where will you rank us?"));
    EXPECT_FALSE(hasRule(engine().checkDraft(d), QStringLiteral("incoming.rank_request")));
}

} // namespace
} // namespace rapport::test
