package dev.gleaner.extractors.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.model.Author;
import dev.gleaner.model.PostTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Small tests of the extractor's parts, each on a one-line input. */
class PartsTest {

    private static final ContentRules RULES = new ContentRules();

    private static Element first(String html) {
        return Jsoup.parse(html).body().child(0);
    }

    @Test
    void classHintsReadTokensAndCamelCase() {
        assertThat(ClassHints.tokens("shareBar social-icons")).contains("sharebar", "share", "bar", "social", "icons");
        assertThat(RULES.hints.isChrome(first("<div class='share-tools'></div>"))).isTrue();
        assertThat(RULES.hints.isChrome(first("<div id=commentsContainer></div>"))).isTrue();
        assertThat(RULES.hints.isChrome(first("<div class='article-body'></div>"))).isFalse();
        assertThat(RULES.hints.hint(first("<div class='articleBody'></div>"))).isEqualTo(1);
        // "shadow" and "header-image" must not be read as "ad" or chrome by substring
        assertThat(RULES.hints.isChrome(first("<div class='shadow'></div>"))).isFalse();
    }

    @Test
    void dateGuardRefusesTheFutureAndTheWebsPrehistory() {
        DateGuard guard = new DateGuard(LocalDate.of(2020, 1, 1));
        assertThat(guard.accepts(PostTime.ofDate(LocalDate.of(2019, 12, 31)))).isTrue();
        assertThat(guard.accepts(PostTime.ofDate(LocalDate.of(2020, 1, 2)))).isFalse();
        assertThat(guard.accepts(PostTime.ofDate(LocalDate.of(1989, 1, 1)))).isFalse();
        assertThat(DateGuard.today().accepts(PostTime.ofDate(LocalDate.now().plusYears(2)))).isFalse();
    }

    @Test
    void titlesLoseTheSiteName() {
        assertThat(TitleCleaner.clean("A story | Site", Optional.of("Site"))).isEqualTo("A story");
        assertThat(TitleCleaner.clean("Site - A story", Optional.of("Site"))).isEqualTo("A story");
        assertThat(TitleCleaner.clean("A long story about bridges - Site", Optional.empty()))
                .isEqualTo("A long story about bridges");
        assertThat(TitleCleaner.clean("Well-known facts", Optional.empty())).isEqualTo("Well-known facts");
        assertThat(TitleCleaner.clean("Song - Singer (Chinese - Name)", Optional.empty(), true))
                .isEqualTo("Song - Singer (Chinese - Name)");
        assertThat(TitleCleaner.clean("Site", Optional.of("Site"))).isEmpty();
    }

    @Test
    void bylinesBecomeNames() {
        Bylines bylines = new Bylines(List.of("by", "posted by", "email the author"));
        assertThat(bylines.authors("By Jane Doe and John Roe")).extracting(Author::name)
                .containsExactly("Jane Doe", "John Roe");
        assertThat(bylines.authors("Posted by Jane Doe on March 5, 2024")).extracting(Author::name)
                .containsExactly("Jane Doe");
        assertThat(bylines.authors("https://example.org/authors/jane")).isEmpty();
        assertThat(bylines.authors("A, B, C, D, E, F, G")).isEmpty();
    }

    @Test
    void languageTags() {
        assertThat(MetadataReader.languageTag("en_US")).contains("en-US");
        assertThat(MetadataReader.languageTag("pt-br")).contains("pt-BR");
        assertThat(MetadataReader.languageTag("english please")).isEmpty();
    }

    @Test
    void listingKindsFollowTheUrl() {
        assertThat(ListingDetector.kind("https://x.org/?s=bridge")).isEqualTo(dev.gleaner.model.PageKind.SEARCH);
        assertThat(ListingDetector.kind("https://x.org/tag/bridges/")).isEqualTo(dev.gleaner.model.PageKind.LABEL);
        assertThat(ListingDetector.kind("https://x.org/2024/03/")).isEqualTo(dev.gleaner.model.PageKind.ARCHIVE);
        assertThat(ListingDetector.kind("https://x.org/")).isEqualTo(dev.gleaner.model.PageKind.INDEX);
    }

    @Test
    void boilerplatePhrases() {
        RegionPruner pruner = new RegionPruner(RULES);
        assertThat(pruner.isBoilerplate("  Advertisement ")).isTrue();
        assertThat(pruner.isBoilerplate("Sign up for our daily briefing")).isTrue();
        assertThat(pruner.isBoilerplate("The bridge was advertised as safe.")).isFalse();
    }
}
