#include "analysis/value_phrase.hpp"

#include "analysis/value_topic.hpp"
#include "analysis/value_walk.hpp"

namespace presscheck {
namespace {

constexpr int kWordsEachSide = 2;
constexpr int kLeastWords = 2;

// The next word of three letters or more: articles and elisions come and go as a date or a
// figure is rewritten (« n'est que le 16 juin que » and « n'est que jeudi que »).
const Token* next_word(Walk& walk) {
  const Token* token = walk.next();
  while (token != nullptr && token->folded.size() < 3)
    token = walk.next();
  return token;
}

}  // namespace

std::string phrase_around(const Document& doc, const BlockAnalysis& block,
                          const BlockExtraction& found, const Value& value) {
  std::string before;
  std::string after;
  int words = 0;
  bool named = false;  // « il y a _ ans » names nothing; « fêter ses _ ans » does
  Walk left = Walk::before(doc, block, found, value);
  for (int i = 0; i < kWordsEachSide; ++i) {
    const Token* token = next_word(left);
    if (token == nullptr)
      break;
    before = token->folded + " " + before;
    named = named || names_a_topic(found, *token);
    ++words;
  }
  Walk right = Walk::after(doc, block, found, value);
  for (int i = 0; i < kWordsEachSide; ++i) {
    const Token* token = next_word(right);
    if (token == nullptr)
      break;
    after += " " + token->folded;
    named = named || names_a_topic(found, *token);
    ++words;
  }
  if (words < kLeastWords || !named)
    return {};
  return before + "_" + after;
}

}  // namespace presscheck
