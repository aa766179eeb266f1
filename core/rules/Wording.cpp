#include "Wording.h"

#include "rules/PhraseMatcher.h"
#include "rules/RuleData.h"
#include "rules/Sentences.h"
#include "rules/TextNormalizer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>

#include <algorithm>
#include <cstdlib>

namespace rapport::core {
namespace {

const QString kRankListDisclosure = QStringLiteral("content.rank_list_disclosure");

// A list marker opening a sentence: "1.", "2)", "#3", "-", "*", "•".
bool startsWithListMarker(QStringView s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.front();
    if (c == QLatin1Char('-') || c == QLatin1Char('*') || c == u'\u2022' || c == u'\u2013')
        return s.size() > 1 && s[1].isSpace();
    qsizetype i = c == QLatin1Char('#') ? 1 : 0;
    const qsizetype digits = i;
    while (i < s.size() && s[i].isDigit())
        ++i;
    if (i == digits || i - digits > 2)
        return false;
    return i < s.size() && (s[i] == QLatin1Char('.') || s[i] == QLatin1Char(')') ||
                            (digits == 1 && s[i].isSpace()));
}

} // namespace

QString WordingHit::detectedBy() const
{
    return source == Source::Classifier ? QStringLiteral("classifier") : QStringLiteral("pattern");
}

const WordingHit *WordingAnalysis::hit(const QString &rule) const
{
    for (const WordingHit &h : hits) {
        if (h.rule == rule)
            return &h;
    }
    return nullptr;
}

std::shared_ptr<const WordingAnalysis> WordingAnalysis::raisingOnly() const
{
    if (hits.isEmpty())
        return nullptr;
    std::vector<int> kept(static_cast<std::size_t>(sentences.size()), -1);
    for (const WordingHit &h : hits)
        kept[static_cast<std::size_t>(h.sentence)] = 0;
    auto out = std::make_shared<WordingAnalysis>();
    out->sentences.reserve(std::count(kept.begin(), kept.end(), 0));
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (kept[i] == 0) {
            kept[i] = static_cast<int>(out->sentences.size());
            out->sentences << sentences.at(static_cast<qsizetype>(i));
        }
    }
    out->hits.reserve(hits.size());
    for (WordingHit h : hits) {
        h.sentence = kept[static_cast<std::size_t>(h.sentence)];
        out->hits << h;
    }
    return out;
}

struct WordingChecker::Prepared
{
    QString norm;
    PhraseMatcher::Scan scan;
    QStringList tokens;
    Lexicon::Hits hits;
    bool question = false;
    std::vector<float> scores;
};

const QStringList &WordingChecker::rules(Direction direction)
{
    static const QStringList outgoing = {
        QStringLiteral("content.rank_inquiry"),
        QStringLiteral("content.binding_commitment"),
        QStringLiteral("content.emotional"),
        QStringLiteral("content.pressure"),
        QStringLiteral("content.rank_list_disclosure"),
        QStringLiteral("content.top_choice_claim"),
    };
    static const QStringList incoming = {
        QStringLiteral("incoming.rank_request"),
        QStringLiteral("incoming.withdraw_pressure"),
        QStringLiteral("incoming.guarantee"),
        QStringLiteral("incoming.application_inquiry"),
        QStringLiteral("incoming.requires_communication"),
        QStringLiteral("incoming.strong_interest"),
        QStringLiteral("match.outside_contract"),
    };
    return direction == Direction::Incoming ? incoming : outgoing;
}

WordingChecker::WordingChecker(const RuleData &data, const PhraseMatcher &matcher, Lexicon lexicon,
                               std::shared_ptr<const SentenceClassifier> classifier)
    : m_data(data), m_matcher(matcher), m_lexicon(std::move(lexicon)),
      m_classifier(std::move(classifier))
{
    m_negation = m_lexicon.conceptId(QStringLiteral("negation"));
    m_questionOpener = m_lexicon.conceptId(QStringLiteral("question_opener"));
    m_named = m_lexicon.conceptId(QStringLiteral("named"));
    m_rankTalk = m_lexicon.conceptId(QStringLiteral("rank_talk"));
    m_achievement = m_lexicon.conceptId(QStringLiteral("achievement"));
    m_institution = m_lexicon.conceptId(QStringLiteral("institution"));
    m_nameStopwords = m_lexicon.nameStopwords();

    const auto resolve = [this](const QString &rule, const QJsonValue &names) {
        std::vector<std::vector<int>> out;
        for (const QJsonValue v : names.toArray()) {
            std::vector<int> alternatives;
            for (const QString &name : v.toString().split(QLatin1Char('|'))) {
                const int id = m_lexicon.conceptId(name.trimmed());
                if (id < 0)
                    m_unresolved << QStringLiteral("%1: %2").arg(rule, name.trimmed());
                else
                    alternatives.push_back(id);
            }
            out.push_back(std::move(alternatives));
        }
        return out;
    };
    for (const Direction direction : {Direction::Outgoing, Direction::Incoming}) {
        for (const QString &id : rules(direction)) {
            if (!m_data.hasRule(id))
                continue;
            Rule rule;
            rule.id = id;
            const QJsonObject r = m_data.rule(id);
            for (const QJsonValue fv : r.value(QStringLiteral("frames")).toArray()) {
                const QJsonObject fo = fv.toObject();
                Frame f;
                f.all = resolve(id, fo.value(QStringLiteral("all")));
                for (const auto &slot : resolve(id, fo.value(QStringLiteral("not"))))
                    f.none.insert(f.none.end(), slot.begin(), slot.end());
                for (const auto &slot : resolve(id, fo.value(QStringLiteral("unnegated"))))
                    f.unnegated.insert(f.unnegated.end(), slot.begin(), slot.end());
                f.question = fo.value(QStringLiteral("question")).toBool();
                f.within = fo.value(QStringLiteral("within")).toInt();
                const bool complete = std::all_of(f.all.begin(), f.all.end(),
                                                  [](const auto &slot) { return !slot.empty(); });
                if (complete)
                    rule.frames.push_back(std::move(f));
            }
            rule.anchors = resolve(id, r.value(QStringLiteral("classifier_anchors")));
            for (const auto &slot : resolve(id, r.value(QStringLiteral("classifier_vetoes"))))
                rule.vetoes.insert(rule.vetoes.end(), slot.begin(), slot.end());
            const QString label = r.value(QStringLiteral("classifier_label")).toString();
            if (m_classifier && !label.isEmpty()) {
                rule.label = m_classifier->labelIndex(label);
                rule.threshold = static_cast<float>(
                    m_data.real(id, QStringLiteral("classifier_threshold"), 1.0));
            }
            (direction == Direction::Outgoing ? m_outgoing : m_incoming).push_back(std::move(rule));
        }
    }
}

WordingChecker::~WordingChecker() = default;

qsizetype WordingChecker::Memo::size() const
{
    return m_verdicts[0].size() + m_verdicts[1].size() + m_scores.size();
}

void WordingChecker::Memo::clear()
{
    m_texts.clear();
    for (auto &known : m_verdicts)
        known.clear();
    m_scores.clear();
}

WordingChecker::Memo &WordingChecker::ownMemo() const
{
    // Enough for drafts and single sentences; a season brings its own.
    if (m_memo.size() > 2048)
        m_memo.clear();
    return m_memo;
}

std::vector<float> WordingChecker::scoresFor(const std::string &prepared, Memo *memo) const
{
    if (!m_classifier || !m_classifier->isLoaded())
        return {};
    if (!memo)
        return m_classifier->scores(prepared);
    const QByteArray key = QByteArray::fromStdString(prepared);
    const auto it = memo->m_scores.constFind(key);
    if (it != memo->m_scores.constEnd())
        return *it;
    std::vector<float> s = m_classifier->scores(prepared);
    memo->m_scores.insert(key, s);
    return s;
}

WordingChecker::Prepared WordingChecker::prepare(QStringView sentence, Memo *memo) const
{
    Prepared p;
    p.norm = TextNormalizer::normalize(sentence);
    p.scan = m_matcher.scan(p.norm);
    p.tokens = m_lexicon.tokens(p.norm);
    p.hits = m_lexicon.find(p.tokens);
    const QStringList names = m_lexicon.properNames(sentence);
    if (m_named >= 0 && !names.isEmpty()) {
        for (int i = 0; i < p.tokens.size(); ++i) {
            if (!names.contains(p.tokens.at(i)))
                continue;
            // A name is a name: "Valley Mercy" and "Mercy Wanjiru" plead
            // for nothing, so its word counts for no other concept.
            for (int c = 0; c < m_lexicon.conceptCount(); ++c) {
                if (c == m_institution)
                    continue;
                auto &spans = p.hits[static_cast<std::size_t>(c)];
                std::erase_if(spans,
                              [i](const Lexicon::Span &s) { return s.first == i && s.last == i; });
            }
            Lexicon::add(p.hits, m_named, Lexicon::Span{i, i});
        }
    }
    QStringView t = QStringView(sentence).trimmed();
    while (!t.isEmpty() && (t.back() == QLatin1Char(')') || t.back() == QLatin1Char('"') ||
                            t.back() == QLatin1Char('\'') || t.back().isSpace()))
        t.chop(1);
    p.question = t.endsWith(QLatin1Char('?'));
    // An opening "What", "How" or "Would" makes a question only of a
    // sentence left without an end mark: "What I can tell you is …." is not.
    const bool statement = t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('!'));
    if (!p.question && !statement && m_questionOpener >= 0) {
        for (const Lexicon::Span &s : p.hits[static_cast<std::size_t>(m_questionOpener)])
            p.question |= s.first == 0;
    }
    p.scores = scoresFor(Lexicon::classifierText(p.tokens, names), memo);
    return p;
}

bool WordingChecker::frameMatches(const Frame &f, const Prepared &p) const
{
    if (f.question && !p.question)
        return false;
    const auto &hits = p.hits;
    for (const int c : f.none) {
        if (!hits[static_cast<std::size_t>(c)].empty())
            return false;
    }
    // Each slot's occurrences.
    std::vector<std::vector<Lexicon::Span>> slots;
    for (const auto &alternatives : f.all) {
        std::vector<Lexicon::Span> occ;
        for (const int c : alternatives) {
            const auto &h = hits[static_cast<std::size_t>(c)];
            occ.insert(occ.end(), h.begin(), h.end());
        }
        if (occ.empty())
            return false;
        slots.push_back(std::move(occ));
    }
    // Each listed concept that occurs must occur once without a negation
    // just before it ("if I do not match" is no condition on matching).
    for (const int c : f.unnegated) {
        const auto &occ = hits[static_cast<std::size_t>(c)];
        if (occ.empty())
            continue;
        const bool free = std::any_of(occ.begin(), occ.end(), [&](const Lexicon::Span &s) {
            if (m_negation < 0)
                return true;
            for (const Lexicon::Span &n : hits[static_cast<std::size_t>(m_negation)]) {
                if (n.last < s.first && s.first - n.last <= 3)
                    return false;
            }
            return true;
        });
        if (!free)
            return false;
    }
    if (f.within <= 0)
        return true;
    // Some occurrence of the first slot with every other slot near it.
    for (const Lexicon::Span &anchor : slots.front()) {
        int lo = anchor.first;
        int hi = anchor.last;
        for (std::size_t k = 1; k < slots.size(); ++k) {
            const Lexicon::Span *best = nullptr;
            int bestDistance = 0;
            for (const Lexicon::Span &s : slots[k]) {
                const int d = std::abs(s.first - anchor.first);
                if (!best || d < bestDistance) {
                    best = &s;
                    bestDistance = d;
                }
            }
            lo = std::min(lo, best->first);
            hi = std::max(hi, best->last);
        }
        if (hi - lo < f.within)
            return true;
    }
    return false;
}

// The classifier is a second opinion on sentences that speak of the rule's
// subject at all: each of the rule's anchor slots has a concept in the
// sentence. One without ("My name is …") is not asked.
bool WordingChecker::anchored(const Rule &rule, const Prepared &p) const
{
    // Nor where a veto concept says the words mean something else: an
    // interview slot, "one of my top choices", "we are not allowed to ask".
    for (const int c : rule.vetoes) {
        if (!p.hits[static_cast<std::size_t>(c)].empty())
            return false;
    }
    return std::all_of(rule.anchors.begin(), rule.anchors.end(), [&](const auto &slot) {
        return std::any_of(slot.begin(), slot.end(),
                           [&](int c) { return !p.hits[static_cast<std::size_t>(c)].empty(); });
    });
}

float WordingChecker::classifierScore(const QString &sentence, const QString &ruleId) const
{
    const QMutexLocker lock(&m_memoLock);
    const Prepared p = prepare(sentence, &ownMemo());
    for (const auto *rules : {&m_outgoing, &m_incoming}) {
        for (const Rule &rule : *rules) {
            if (rule.id != ruleId || rule.label < 0 ||
                static_cast<std::size_t>(rule.label) >= p.scores.size())
                continue;
            return anchored(rule, p) ? p.scores[static_cast<std::size_t>(rule.label)] : 0.0F;
        }
    }
    return 0.0F;
}

std::optional<WordingHit::Source> WordingChecker::judge(const Rule &rule, const Prepared &p,
                                                        float *score) const
{
    *score = 1.0F;
    if (m_matcher.find(rule.id, p.norm, p.scan))
        return WordingHit::Source::Phrase;
    std::optional<WordingHit::Source> source;
    for (const Frame &f : rule.frames) {
        if (frameMatches(f, p)) {
            source = WordingHit::Source::Frame;
            break;
        }
    }
    // Three words or fewer ("My decision", "Where I stand") are headings
    // and fragments the classifier has too little to judge.
    if (!source && p.tokens.size() > 3 && rule.label >= 0 &&
        static_cast<std::size_t>(rule.label) < p.scores.size() &&
        p.scores[static_cast<std::size_t>(rule.label)] >= rule.threshold && anchored(rule, p)) {
        *score = p.scores[static_cast<std::size_t>(rule.label)];
        source = WordingHit::Source::Classifier;
    }
    // Exceptions last: most sentences raise nothing and need not run them.
    if (source && m_matcher.matchesAny(rule.id, QStringLiteral("exceptions"), p.norm))
        return std::nullopt;
    return source;
}

QList<WordingChecker::Verdict> WordingChecker::verdicts(QStringView sentence, Direction direction,
                                                        Memo *memo) const
{
    std::optional<QMutexLocker<QMutex>> lock;
    const bool own = !memo;
    if (own) {
        lock.emplace(&m_memoLock);
        memo = &ownMemo();
    }
    QHash<QStringView, QList<Verdict>> &known = memo->m_verdicts[direction == Direction::Incoming];
    const auto it = known.constFind(sentence);
    if (it != known.constEnd())
        return *it;
    QList<Verdict> out;
    const Prepared p = prepare(sentence, memo);
    const std::vector<Rule> &rules = direction == Direction::Incoming ? m_incoming : m_outgoing;
    for (std::size_t r = 0; r < rules.size(); ++r) {
        float score = 1.0F;
        if (const auto source = judge(rules[r], p, &score))
            out << Verdict{static_cast<int>(r), *source, score};
    }
    // The key must live as long as the memo: a copy of the sentence, not the
    // text it is part of, which a season lets go once its message is
    // prepared.
    memo->m_texts << sentence.toString();
    sentence = memo->m_texts.constLast();
    known.insert(sentence, out);
    return out;
}

QString WordingChecker::explain(const QString &sentence, Direction direction) const
{
    const Prepared p = prepare(sentence, nullptr);
    QString out = QStringLiteral("tokens: %1\n").arg(p.tokens.join(QLatin1Char(' ')));
    out += QStringLiteral("question: %1\nconcepts:")
               .arg(p.question ? QStringLiteral("yes") : QStringLiteral("no"));
    for (int c = 0; c < m_lexicon.conceptCount(); ++c) {
        const auto &h = p.hits[static_cast<std::size_t>(c)];
        if (h.empty())
            continue;
        out += QLatin1Char(' ') + m_lexicon.conceptName(c) + QLatin1Char('[');
        for (std::size_t k = 0; k < h.size(); ++k) {
            if (k > 0)
                out += QLatin1Char(',');
            out += p.tokens.mid(h[k].first, h[k].last - h[k].first + 1).join(QLatin1Char(' '));
        }
        out += QLatin1Char(']');
    }
    out += QLatin1Char('\n');
    for (const Rule &rule : direction == Direction::Incoming ? m_incoming : m_outgoing) {
        QStringList why;
        if (m_matcher.find(rule.id, p.norm, p.scan))
            why << QStringLiteral("phrase");
        if (m_matcher.matchesAny(rule.id, QStringLiteral("exceptions"), p.norm))
            why << QStringLiteral("excepted");
        for (std::size_t f = 0; f < rule.frames.size(); ++f) {
            if (frameMatches(rule.frames[f], p))
                why << QStringLiteral("frame %1").arg(f);
        }
        if (rule.label >= 0 && static_cast<std::size_t>(rule.label) < p.scores.size())
            why << QStringLiteral("score %1/%2")
                       .arg(p.scores[static_cast<std::size_t>(rule.label)], 0, 'f', 3)
                       .arg(rule.threshold);
        out += QStringLiteral("  %1: %2\n").arg(rule.id, why.join(QStringLiteral(", ")));
    }
    return out;
}

QList<WordingHit> WordingChecker::sentenceHits(const QString &sentence, Direction direction) const
{
    const std::vector<Rule> &rules = direction == Direction::Incoming ? m_incoming : m_outgoing;
    QList<WordingHit> out;
    for (const Verdict &v : verdicts(sentence, direction, nullptr))
        out << WordingHit{rules[static_cast<std::size_t>(v.rule)].id, 0, v.source, v.score};
    return out;
}

std::shared_ptr<const WordingAnalysis> WordingChecker::analyse(const QString &subject,
                                                               const QString &body,
                                                               Direction direction,
                                                               Memo *memo) const
{
    auto a = std::make_shared<WordingAnalysis>();
    const QStringList &abbreviations = m_lexicon.abbreviations();
    for (const TextField field : {TextField::Subject, TextField::Body}) {
        const QString &text = field == TextField::Subject ? subject : body;
        for (const SentenceSpan &s : Sentences::split(text, field, abbreviations)) {
            a->sentences.append(
                WordingAnalysis::Sentence{TextSpan{field == TextField::Subject, s.start, s.length},
                                          text.mid(s.start, s.length)});
        }
    }
    const std::vector<Rule> &rules = direction == Direction::Incoming ? m_incoming : m_outgoing;
    int listMarkers = 0;
    for (int i = 0; i < a->sentences.size(); ++i) {
        const TextSpan &span = a->sentences.at(i).span;
        const QString &text = span.inSubject ? subject : body;
        const QStringView sentence = QStringView(text).mid(span.start, span.length);
        listMarkers += startsWithListMarker(sentence.trimmed());
        for (const Verdict &v : verdicts(sentence, direction, memo)) {
            const auto r = static_cast<std::size_t>(v.rule);
            a->hits << WordingHit{rules[r].id, i, v.source, v.score};
        }
    }
    if (direction == Direction::Outgoing && listMarkers >= 2 && !a->hit(kRankListDisclosure))
        checkListLayout(*a, a->hits);
    return a;
}

// A list of programs in the body ("1. Stanford / 2. Iowa / 3. Michigan") is
// a rank list whatever the words around it: two or more short items that
// name places, in a message that speaks of ranking or a list, or three
// numbered ones.
void WordingChecker::checkListLayout(const WordingAnalysis &a, QList<WordingHit> &hits) const
{
    bool speaksOfLists = false;
    struct Item
    {
        int sentence;
        bool numbered;
        bool names;
    };
    std::vector<std::vector<Item>> runs(1);
    for (int i = 0; i < a.sentences.size(); ++i) {
        const QString &text = a.sentences.at(i).text;
        const QStringList tokens = m_lexicon.tokens(TextNormalizer::normalize(text));
        const Lexicon::Hits found = m_lexicon.find(tokens);
        const auto has = [&found](int concept_) {
            return concept_ >= 0 && !found[static_cast<std::size_t>(concept_)].empty();
        };
        speaksOfLists = speaksOfLists || has(m_rankTalk);
        // "2. Poster at the Triological Society …" lists a CV, not programs.
        const bool achievement = has(m_achievement);
        const bool item = startsWithListMarker(QStringView(text).trimmed()) && tokens.size() <= 9 &&
                          !text.trimmed().endsWith(QLatin1Char('?')) && !achievement;
        if (!item) {
            if (!runs.back().empty())
                runs.emplace_back();
            continue;
        }
        const bool names = !m_lexicon.properNames(text).isEmpty() || has(m_institution);
        runs.back().push_back(
            Item{i, text.trimmed().front().isDigit() || text.trimmed().front() == QLatin1Char('#'),
                 names});
    }
    for (const auto &run : runs) {
        const auto named =
            std::count_if(run.begin(), run.end(), [](const Item &it) { return it.names; });
        const auto numbered =
            std::count_if(run.begin(), run.end(), [](const Item &it) { return it.numbered; });
        if (named >= 2 && named * 2 >= static_cast<qsizetype>(run.size()) &&
            (speaksOfLists || numbered >= 3)) {
            hits << WordingHit{kRankListDisclosure, run.front().sentence,
                               WordingHit::Source::Layout, 1.0F};
            return;
        }
    }
}

} // namespace rapport::core
