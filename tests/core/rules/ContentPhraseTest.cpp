#include "PhraseCase.h"

// Sentence tables for the phrase rules of outgoing text. Positives are
// written as applicants paraphrase (curly quotes, "#1", "No. 1", "number
// one", line breaks inside a phrase); negatives are the near misses.
namespace rapport::test {
namespace {

constexpr const char *kRankInquiry = "content.rank_inquiry";
const PhraseCase kRankInquiryCases[] = {
    {kRankInquiry, "Could you tell me where I stand on your rank list?", true},
    {kRankInquiry, "Will I be ranked to match?", true},
    {kRankInquiry, "How will you rank me?", true},
    {kRankInquiry, "Do you plan to rank me highly?", true},
    {kRankInquiry, "What is my status?", true},
    {kRankInquiry, "I would appreciate an update on my status.", true},
    {kRankInquiry, "Where do I stand among the applicants?", true},
    {kRankInquiry, "Am I on your rank list?", true},
    {kRankInquiry, "Please let me know whether I will be\nranked.", true},
    {kRankInquiry, "How likely am I to match at Lakeside?", true},
    {kRankInquiry, "What are my chances of matching at your program?", true},
    {kRankInquiry, "Could you share my position on your rank list?", true},
    {kRankInquiry, "Thank you for ranking this year's applicants fairly.", false},
    {kRankInquiry, "I will be finalizing my rank list independently.", false},
    {kRankInquiry, "I would like to share an update on my application.", false},
    {kRankInquiry, "My visa status is J-1 and I will need sponsorship.", false},
    {kRankInquiry, "I understand that programs cannot share where I stand on the rank list.",
     false},
    {kRankInquiry, "How do residents rank the operative experience?", false},
    {kRankInquiry, "I was ranked first in my medical school class.", false},
    {kRankInquiry, "Could you tell me where the interview will be held?", false},
    {kRankInquiry, "Please let me know if I need to submit anything else.", false},
};

constexpr const char *kCommitment = "content.binding_commitment";
const PhraseCase kCommitmentCases[] = {
    {kCommitment, "I promise to rank you first.", true},
    {kCommitment, "I commit to ranking Lakeside #1.", true},
    {kCommitment, "If you rank me to match, I will rank you first.", true},
    {kCommitment, "I guarantee that I will rank your program No. 1.", true},
    {kCommitment, "You have my word that I will match with you.", true},
    {kCommitment, "I am committed to ranking your program first.", true},
    {kCommitment, "I will sign a contract with your program before Match Day.", true},
    {kCommitment, "I hereby commit to joining your program.", true},
    {kCommitment, "I\npromise to rank you number one.", true},
    {kCommitment, "If you rank me highly, I\u2019ll rank you first.", true},
    {kCommitment, "If given the opportunity, I would commit myself fully to your team.", false},
    {kCommitment, "I am committed to a career in otolaryngology.", false},
    {kCommitment, "I promise to keep this email brief.", false},
    {kCommitment, "I plan to rank your program highly.", false},
    {kCommitment, "I will be finalizing my rank list independently.", false},
    {kCommitment, "My commitment to research has only grown this year.", false},
    {kCommitment, "I understand this letter is not a binding commitment.", false},
    {kCommitment, "I am fully committed to the success of your team and patients.", false},
    {kCommitment, "Thank you for your commitment to resident education.", false},
};

constexpr const char *kEmotional = "content.emotional";
const PhraseCase kEmotionalCases[] = {
    {kEmotional, "This is my only dream; my life depends on matching at your program.", true},
    {kEmotional, "I am begging you to give me a chance.", true},
    {kEmotional, "Please, I need this position.", true},
    {kEmotional, "I will be devastated if I do not match at Lakeside.", true},
    {kEmotional, "I will do anything to train with your team.", true},
    {kEmotional, "This is my last chance to match.", true},
    {kEmotional, "My whole future depends on this.", true},
    {kEmotional, "I desperately want to join your program.", true},
    {kEmotional, "I can\u2019t live without this opportunity.", true},
    {kEmotional, "My family\u2019s future\ndepends on this match.", true},
    {kEmotional, "I would be honored to train at your program.", false},
    {kEmotional, "I am passionate about head and neck surgery.", false},
    {kEmotional, "It has long been my dream to become an otolaryngologist.", false},
    {kEmotional, "My last rotation was in rhinology.", false},
    {kEmotional, "Our patients depend on careful follow-up.", false},
    {kEmotional, "I am very enthusiastic about your program.", false},
    {kEmotional, "Please let me know if you need anything else from me.", false},
    {kEmotional, "I hope to contribute to your global surgery partnerships.", false},
};

constexpr const char *kPressure = "content.pressure";
const PhraseCase kPressureCases[] = {
    {kPressure, "I have received a competing offer from another program.", true},
    {kPressure, "Another program has offered me a position.", true},
    {kPressure, "I need an answer by Friday.", true},
    {kPressure, "Please let me know by January 15 whether you are interested.", true},
    {kPressure, "If I don\u2019t hear from you by next week, I will rank another program first.",
     true},
    {kPressure, "Before I commit to another program, I wanted to hear from you.", true},
    {kPressure, "I have been offered a position elsewhere and must decide soon.", true},
    {kPressure, "Unless you can confirm your interest, I will accept elsewhere.", true},
    {kPressure, "I have other offers\non the table.", true},
    {kPressure, "The rank list deadline is February 25.", false},
    {kPressure, "I look forward to hearing from you.", false},
    {kPressure, "Please let me know if you need any other documents.", false},
    {kPressure, "Please reply at your convenience.", false},
    {kPressure, "I have no other commitments that week.", false},
    {kPressure, "The other programs in the region also value research.", false},
    {kPressure, "I was offered the chance to present at AAO-HNSF.", false},
    {kPressure, "I need a letter of recommendation from my mentor.", false},
    {kPressure, "Thank you for the offer to join the second-look day.", false},
};

constexpr const char *kDisclosure = "content.rank_list_disclosure";
const PhraseCase kDisclosureCases[] = {
    {kDisclosure, "I am ranking Riverside above Lakeside.", true},
    {kDisclosure, "I will rank your program ahead of Westfield.", true},
    {kDisclosure, "My rank list is Lakeside, Riverside, then Westfield.", true},
    {kDisclosure, "My second choice is Riverside University.", true},
    {kDisclosure, "Westfield will be second on my rank list.", true},
    {kDisclosure, "My top three programs are Lakeside, Riverside and Westfield.", true},
    {kDisclosure, "I am ranking Riverside #1, but you are a close second.", true},
    {kDisclosure, "I ranked Westfield higher than your program.", true},
    {kDisclosure, "Westfield is #2 on my\nrank list.", true},
    {kDisclosure, "I will be finalizing my rank list independently.", false},
    {kDisclosure, "I plan to rank your program highly.", false},
    {kDisclosure, "Your program is one of my top choices.", false},
    {kDisclosure, "I am ranking programs after all my interviews.", false},
    {kDisclosure, "I ranked first in my medical school class.", false},
    {kDisclosure, "My second rotation was in head and neck surgery.", false},
    {kDisclosure, "My rank list is my own decision.", false},
    {kDisclosure, "Over the past year I have grown as a clinician.", false},
};

constexpr const char *kTopChoice = "content.top_choice_claim";
const PhraseCase kTopChoiceCases[] = {
    {kTopChoice, "After all my interviews, your program stands out as my top choice.", true},
    {kTopChoice, "You are my #1 choice.", true},
    {kTopChoice, "Lakeside is my No. 1 choice.", true},
    {kTopChoice, "Your program is my number one choice.", true},
    {kTopChoice, "I plan to rank you first.", true},
    {kTopChoice, "I will rank your program #1.", true},
    {kTopChoice, "Your program will be at the top of my rank list.", true},
    {kTopChoice, "You are my first-choice program.", true},
    {kTopChoice, "I intend to rank your residency program first on my list.", true},
    {kTopChoice, "Lakeside is my\ntop choice.", true},
    {kTopChoice, "You\u2019re my top choice.", true},
    {kTopChoice, "Lakeside is my # 1.", true},
    {kTopChoice, "Your program is one of my top choices.", false},
    {kTopChoice, "Your program is among my top choices.", false},
    {kTopChoice, "I plan to rank your program highly.", false},
    {kTopChoice, "My first publication was in laryngology.", false},
    {kTopChoice, "I ranked first in my medical school class.", false},
    {kTopChoice, "Patient safety always comes first for me.", false},
    {kTopChoice, "This was the first time I saw a free flap reconstruction.", false},
    {kTopChoice, "I will be finalizing my rank list independently.", false},
    {kTopChoice, "Your program is a top choice for many applicants.", false},
    {kTopChoice, "Head and neck oncology is my top interest.", false},
};

class OutgoingPhraseTest : public PhraseRuleTest
{};

TEST_P(OutgoingPhraseTest, Sentence)
{
    expectVerdict(core::Direction::Outgoing);
}

INSTANTIATE_TEST_SUITE_P(RankInquiry, OutgoingPhraseTest, ::testing::ValuesIn(kRankInquiryCases));
INSTANTIATE_TEST_SUITE_P(BindingCommitment, OutgoingPhraseTest,
                         ::testing::ValuesIn(kCommitmentCases));
INSTANTIATE_TEST_SUITE_P(Emotional, OutgoingPhraseTest, ::testing::ValuesIn(kEmotionalCases));
INSTANTIATE_TEST_SUITE_P(Pressure, OutgoingPhraseTest, ::testing::ValuesIn(kPressureCases));
INSTANTIATE_TEST_SUITE_P(RankListDisclosure, OutgoingPhraseTest,
                         ::testing::ValuesIn(kDisclosureCases));
INSTANTIATE_TEST_SUITE_P(TopChoiceClaim, OutgoingPhraseTest, ::testing::ValuesIn(kTopChoiceCases));

} // namespace
} // namespace rapport::test
