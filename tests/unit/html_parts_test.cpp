// HTML pages read through gumbo: which element gives the headline, the standfirst, the
// body, the date and the language, and the source bytes each decoded character maps to.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "input/html_text.hpp"

namespace presscheck {
namespace {

DecodedDraft parts(const std::string& html) {
  return read_html_parts(MappedText::identity(html));
}

// The source bytes the decoded bytes [from, to) of `text` came from.
std::string source_of(const MappedText& text, const std::string& html, std::size_t from = 0,
                      std::size_t to = std::string::npos) {
  const Span span = text.to_source({from, std::min(to, text.size())});
  return html.substr(span.begin, span.size());
}

std::vector<std::string> texts(const std::vector<MappedText>& paragraphs) {
  std::vector<std::string> out;
  for (const MappedText& paragraph : paragraphs)
    out.push_back(paragraph.text());
  return out;
}

TEST(HtmlParts, ALogoH1InThePageHeaderIsNeverTheHeadline) {
  const std::string html =
      "<html lang=fr><head><title>Bruxelles « ne prend pas au sérieux » Grok</title></head>"
      "<body><header><h1><a href=\"/\">Le Quotidien</a></h1></header>\n"
      "<p>La Commission dit prendre l'affaire « au sérieux ».</p></body></html>";
  const DecodedDraft draft = parts(html);
  EXPECT_EQ(draft.headline.text(), "Bruxelles « ne prend pas au sérieux » Grok");
  EXPECT_EQ(texts(draft.body),
            std::vector<std::string>{"La Commission dit prendre l'affaire « au sérieux »."});
  EXPECT_EQ(draft.lang, Lang::fr);
}

TEST(HtmlParts, OgTitleIsTheHeadlineMappedInsideTheAttribute) {
  const std::string html =
      "<meta property=\"og:title\" content=\"L&rsquo;UE &laquo;&nbsp;ne prend pas au "
      "s&eacute;rieux&nbsp;&raquo; Grok\">\n"
      "<header><h1>Le Quotidien</h1></header><article><h1>L’UE « ne prend pas au sérieux » "
      "Grok</h1><p>Texte.</p></article>";
  const DecodedDraft draft = parts(html);
  EXPECT_EQ(draft.headline.text(), "L’UE «\u00A0ne prend pas au sérieux\u00A0» Grok");
  EXPECT_EQ(source_of(draft.headline, html),
            "L&rsquo;UE &laquo;&nbsp;ne prend pas au s&eacute;rieux&nbsp;&raquo; Grok");
  // « maps to its whole entity, the no-break space to &nbsp;.
  EXPECT_EQ(source_of(draft.headline, html, 7, 9), "&laquo;");
  EXPECT_EQ(source_of(draft.headline, html, 9, 11), "&nbsp;");
  // The article's <h1> repeats the headline: it is not read again as body text.
  EXPECT_EQ(texts(draft.body), std::vector<std::string>{"Texte."});
}

TEST(HtmlParts, TheH1InTheArticleBeatsAnEarlierOne) {
  const std::string html =
      "<div class=brand><h1>The Daily</h1></div>\n"
      "<article><h1>Minister &ldquo;not planning&rdquo; cuts</h1><p>Body.</p></article>";
  const DecodedDraft draft = parts(html);
  EXPECT_EQ(draft.headline.text(), "Minister “not planning” cuts");
  EXPECT_EQ(source_of(draft.headline, html), "Minister &ldquo;not planning&rdquo; cuts");
  EXPECT_EQ(texts(draft.body), std::vector<std::string>{"Body."});
}

TEST(HtmlParts, TheH1ThatTheTitleNamesIsTheHeadline) {
  for (const std::string title : {"Minister denies cuts | The Daily",
                                  "Minister denies cuts - The Daily", "Minister denies cuts"}) {
    const std::string html = "<title>" + title +
                             "</title><div class=brand><h1>The Daily</h1></div>"
                             "<div><h1>Minister denies cuts</h1><p>He said so.</p></div>";
    const DecodedDraft draft = parts(html);
    EXPECT_EQ(draft.headline.text(), "Minister denies cuts") << title;
    EXPECT_EQ(texts(draft.body), (std::vector<std::string>{"The Daily", "He said so."})) << title;
  }
}

TEST(HtmlParts, WithoutH1TheTitleIsTheHeadline) {
  const DecodedDraft draft =
      parts("<title>Le ministre d&eacute;ment</title><p>Il a d&eacute;menti lundi.</p>");
  EXPECT_EQ(draft.headline.text(), "Le ministre dément");
  EXPECT_EQ(texts(draft.body), std::vector<std::string>{"Il a démenti lundi."});
}

TEST(HtmlParts, TheStandfirstComesFromEachUsualPlace) {
  for (const std::string klass :
       {"standfirst", "chapo", "chapeau", "lead", "intro", "summary", "article-lead"}) {
    const std::string html =
        "<meta name=\"description\" content=\"Meta description.\">"
        "<article><h1>Titre</h1><p class=\"article__x " +
        klass +
        "\">Le chapô&nbsp;: l&rsquo;essentiel.</p><p>Corps.</p>"
        "</article>";
    const DecodedDraft draft = parts(html);
    EXPECT_EQ(draft.standfirst.text(), "Le chapô\u00A0: l’essentiel.") << klass;
    EXPECT_EQ(source_of(draft.standfirst, html), "Le chapô&nbsp;: l&rsquo;essentiel.") << klass;
    // Not repeated in the body.
    EXPECT_EQ(texts(draft.body), std::vector<std::string>{"Corps."}) << klass;
  }
}

TEST(HtmlParts, TheStandfirstFallsBackToTheDescriptions) {
  const std::string description =
      "<meta name=\"description\" content=\"The minister&#39;s plan.\">"
      "<meta property=\"og:description\" content=\"Open Graph text.\"><h1>Title</h1><p>Body.</p>";
  EXPECT_EQ(parts(description).standfirst.text(), "The minister's plan.");
  EXPECT_EQ(source_of(parts(description).standfirst, description), "The minister&#39;s plan.");
  const std::string open_graph =
      "<meta property=\"og:description\" content=\"Open Graph text.\"><h1>Title</h1>";
  EXPECT_EQ(parts(open_graph).standfirst.text(), "Open Graph text.");
}

TEST(HtmlParts, TheBodyLeavesOutWhatIsNotTheArticle) {
  const std::string html = R"(<html><head><style>p { color: red }</style></head><body>
<nav><ul><li>Home</li><li>Politics</li></ul></nav>
<header><p>Site banner</p></header>
<article>
  <h1>Headline</h1>
  <script>document.write("<p>written by a script</p>")</script>
  <noscript>Enable JavaScript</noscript>
  <template><p>template</p></template>
  <!-- <p>commented out</p> -->
  <p>First   paragraph,
  on two lines.</p>
  <aside>Read also</aside>
  <blockquote>A quote.</blockquote>
  <ul><li>One</li><li>Two</li></ul>
  <h2>Sub<br>heading</h2>
  <div>Direct text <p>inner paragraph</p> after</div>
  <table><tr><td>Cell</td></tr></table>
  <form><button>Subscribe</button></form>
  <footer>Tags</footer>
</article>
<footer>Copyright</footer>
</body></html>)";
  EXPECT_EQ(
      texts(parts(html).body),
      (std::vector<std::string>{"First paragraph, on two lines.", "A quote.", "One", "Two",
                                "Sub heading", "Direct text", "inner paragraph", "after", "Cell"}));
}

TEST(HtmlParts, DateAndLanguage) {
  EXPECT_EQ(parts("<html lang=\"en-GB\"><meta property=\"article:published_time\" "
                  "content=\"2026-01-05T10:00:00Z\"><time datetime=\"2025-12-01\">x</time>")
                .date->iso(),
            "2026-01-05");
  const DecodedDraft in_article = parts(
      "<html lang=\"fr-FR\"><time datetime=\"2020-01-01\">menu</time><article><h1>T</h1>"
      "<time datetime=\"2026-02-03\">3 février</time></article>");
  EXPECT_EQ(in_article.date->iso(), "2026-02-03");
  EXPECT_EQ(in_article.lang, Lang::fr);
  EXPECT_EQ(parts("<meta name=\"date\" content=\"2024-07-14\"><h1>T</h1>").date->iso(),
            "2024-07-14");
  EXPECT_FALSE(parts("<h1>T</h1>").lang.has_value());
}

}  // namespace
}  // namespace presscheck
