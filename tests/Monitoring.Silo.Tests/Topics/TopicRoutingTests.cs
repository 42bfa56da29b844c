using Monitoring.Stories;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// Routing edges the engine tests do not reach: how the index files and forgets topics, any-of
/// actors, keywords of several words, single-actor topics, and the article's words at their limits.
/// </summary>
public sealed class TopicRoutingTests
{
    private static StoryActor Country(string name) => new() { Name = name, Kind = "country" };

    private static StoryArticle Article(string text, params StoryActor[] actors) => new() { Id = "https://one.example/a", Text = text, Actors = actors };

    private static StoryMeasure Ban(string imposer, string target) => new() { Type = "export_ban", Imposer = imposer, Target = target, Status = "enacted" };

    [Fact]
    public void The_index_forgets_a_removed_or_redefined_topic_and_keeps_the_others_under_the_same_key()
    {
        var index = new TopicIndex();
        index.Add(new TopicDefinition { Id = "a", AllActors = ["Japan"] });
        index.Add(new TopicDefinition { Id = "b", AllActors = ["Japan"] });
        index.Add(new TopicDefinition { Id = "c", AllActors = ["Japan"] });
        var japan = Article("Japan.", Country("Japan"));

        index.Remove("a");
        index.Remove("nothing");
        index.Add(new TopicDefinition { Id = "c", AllActors = ["Iran"] }); // redefined: filed under Iran only

        Assert.Equal(2, index.Count);
        Assert.Equal(["b"], index.Candidates(japan).Order());
        Assert.Equal(["c"], index.Candidates(Article("Iran.", Country("Iran"))).Order());
        index.Remove("b");
        Assert.Empty(index.Candidates(japan));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Topics_are_found_by_any_of_actor_and_by_the_first_word_of_a_keyword_and_several_keys_add_up()
    {
        var index = new TopicIndex();
        index.Add(new TopicDefinition { Id = "any", AnyActors = ["China", "Iran"] });
        index.Add(new TopicDefinition { Id = "cap", Keywords = [" Price cap"] });
        index.Add(new TopicDefinition { Id = "tariff", Keywords = ["tariff"] });
        index.Add(new TopicDefinition { Id = "japan", AllActors = ["Japan"] });

        Assert.Equal(["any"], index.Candidates(Article("Talks.", Country("Iran"))).Order());
        Assert.Equal(["any", "cap", "japan", "tariff"], index.Candidates(Article("Prices and a tariff.", Country("China"), Country("Japan"))).Order());
        Assert.Equal(["tariff"], index.Candidates(Article("A tariff.")).Order()); // the word exactly as long as the longest keyword
        Assert.Empty(index.Candidates(Article("A cap on oil.")));
        Assert.Empty(index.Candidates(Article("")));
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => index.Candidates((ArticleTerms)null!)).ParamName);
    }

    [Fact]
    public void Any_of_actors_need_one_of_them_besides_all_of_them()
    {
        var topic = new TopicDefinition { Id = "t", AllActors = ["Japan"], AnyActors = ["China", "Iran"] };

        Assert.True(TopicMatcher.Matches(topic, Article("Talks.", Country("Japan"), Country("Iran"))));
        Assert.False(TopicMatcher.Matches(topic, Article("Talks.", Country("Japan"))));
        Assert.False(TopicMatcher.Matches(topic, Article("Talks.", Country("Iran"))));
    }

    [Fact]
    public void A_topic_of_one_actor_takes_a_measure_it_imposes_or_suffers_in_place_of_a_keyword()
    {
        var one = new TopicDefinition { Id = "one", AllActors = ["Japan"], Keywords = ["sanction"] };
        var two = new TopicDefinition { Id = "two", AllActors = ["Japan", "China"], Keywords = ["sanction"] };
        var keywordsOnly = new TopicDefinition { Id = "kw", Keywords = ["sanction"] };
        var article = Article("Japan bars exports to China.", Country("Japan"), Country("China"));

        Assert.True(TopicMatcher.Matches(one, article with { Measures = [Ban("Japan", "Iran")] }));
        Assert.True(TopicMatcher.Matches(one, article with { Measures = [Ban("Iran", "Japan")] }));
        Assert.False(TopicMatcher.Matches(two, article with { Measures = [Ban("Japan", "Iran")] }));
        Assert.False(TopicMatcher.Matches(two, article with { Measures = [Ban("Iran", "China")] }));
        Assert.True(TopicMatcher.Matches(two, article with { Measures = [Ban("China", "Japan")] }));
        Assert.False(TopicMatcher.Matches(keywordsOnly, article with { Measures = [Ban("Japan", "China")] }));
        Assert.True(TopicMatcher.Matches(one with { Keywords = [] }, article));
    }

    [Fact]
    public void A_keyword_of_several_words_matches_at_a_word_start_in_title_or_text_whatever_the_case()
    {
        var topic = new TopicDefinition { Id = "cap", Keywords = ["Price Cap"] };

        Assert.True(TopicMatcher.Matches(topic, Article("The oil price cap holds.")));
        Assert.True(TopicMatcher.Matches(topic, Article("Price caps hold.")));
        Assert.True(TopicMatcher.Matches(topic, Article("Nothing here.") with { Title = "A price cap" }));
        Assert.True(TopicMatcher.Matches(topic, Article("The superprice cap and the price cap.")));
        Assert.False(TopicMatcher.Matches(topic, Article("The superprice cap.")));
        Assert.False(TopicMatcher.Matches(topic, Article("A price on the cap.")));
    }

    [Fact]
    public void An_article_read_without_text_offers_no_words_but_its_title()
    {
        var topic = new TopicDefinition { Id = "words", Keywords = ["was"] };
        var titled = new StoryArticle { Id = "t", Url = "https://example.org/t", Title = "It was so" };

        Assert.False(TopicMatcher.Matches(topic, new StoryArticle { Id = "u", Url = "https://example.org/u" }));
        Assert.True(TopicMatcher.Matches(topic, titled));
    }

    [Fact]
    public void A_one_word_keyword_is_a_word_prefix_and_an_empty_one_matches_nothing()
    {
        var article = Article("Japan weighs sanctions; G7 partners agree.");

        Assert.True(TopicMatcher.Matches(new TopicDefinition { Id = "t", Keywords = [" SANCTION "] }, article));
        Assert.True(TopicMatcher.Matches(new TopicDefinition { Id = "t", Keywords = ["g7"] }, article));
        Assert.False(TopicMatcher.Matches(new TopicDefinition { Id = "t", Keywords = ["anction"] }, article));
        Assert.False(TopicMatcher.Matches(new TopicDefinition { Id = "t", Keywords = ["zzz"] }, article)); // after every word
        Assert.False(TopicMatcher.Matches(new TopicDefinition { Id = "t", Keywords = [""] }, article));
        Assert.False(TopicMatcher.Matches(new TopicDefinition { Id = "t", Keywords = ["  "] }, article));
    }

    [Fact]
    public void A_one_word_keyword_is_found_in_the_title_in_the_last_word_and_as_the_first_word_in_order()
    {
        var topic = new TopicDefinition { Id = "t", Keywords = ["sanction"] };

        Assert.True(TopicMatcher.Matches(topic, Article("Nothing here.") with { Title = "Sanctions" }));
        Assert.True(TopicMatcher.Matches(topic, Article("Japan weighs sanctions")));
        Assert.True(TopicMatcher.Matches(topic, Article("Sanction talks.")));
        Assert.False(TopicMatcher.Matches(topic, Article("Nothing here.")));
    }

    [Fact]
    public void A_word_longer_than_the_stack_buffer_is_still_a_word()
    {
        var longWord = "Sanction" + new string('x', 70);
        var article = Article($"Talk of {longWord} today.");

        Assert.True(ArticleTerms.Of(article).HasWordStartingWith(longWord.ToLowerInvariant()));
        Assert.Equal(["of", longWord.ToLowerInvariant(), "talk", "today"], ArticleTerms.Of(article).Words);
        Assert.True(TopicMatcher.Matches(new TopicDefinition { Id = "t", Keywords = ["sanction"] }, article));
    }

    [Fact]
    public void An_articles_names_are_its_actors_their_forms_and_its_measures_sides_folded()
    {
        var article = Article("", new StoryActor { Name = "Japan", Kind = "country", Forms = ["Nippon"] }) with { Measures = [Ban("Iran", "Côte d'Ivoire")] };

        Assert.Equal(["cote d ivoire", "iran", "japan", "nippon"], ArticleTerms.Of(article).Names.Order(StringComparer.Ordinal));
        Assert.Equal("article", Assert.Throws<ArgumentNullException>(() => ArticleTerms.Of(null!)).ParamName);
    }

    [Fact]
    public void A_null_topic_or_terms_is_refused_by_name()
    {
        var article = Article("x");

        Assert.Equal("topic", Assert.Throws<ArgumentNullException>(() => TopicMatcher.Matches(null!, article, ArticleTerms.Of(article))).ParamName);
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => TopicMatcher.Matches(new TopicDefinition { Id = "t" }, article, null!)).ParamName);
    }

    [Fact]
    public void A_measure_between_an_all_of_and_an_any_of_actor_stands_for_the_keyword()
    {
        var topic = new TopicDefinition { Id = "t", AllActors = ["Japan"], AnyActors = ["China", "Iran"], Keywords = ["sanction"] };
        var article = Article("Japan bars exports.", Country("Japan"), Country("Iran"));

        Assert.True(TopicMatcher.Matches(topic, article with { Measures = [Ban("Japan", "Iran")] }));
        Assert.False(TopicMatcher.Matches(topic, article with { Measures = [Ban("Japan", "Syria")] }));
        Assert.False(TopicMatcher.Matches(topic, article));
    }

    [Fact]
    public void A_topic_naming_a_capital_follows_its_state()
    {
        var topic = new TopicDefinition { Id = "tokyo", AllActors = ["Tokyo"] };
        var index = new TopicIndex();
        index.Add(topic);
        var article = Article("Talks.", Country("Japan"));

        Assert.Equal(["tokyo"], index.Candidates(article));
        Assert.True(TopicMatcher.Matches(topic, article));
        Assert.False(TopicMatcher.Matches(topic, Article("Talks.", Country("China"))));
    }

    [Fact]
    public void Topics_found_under_a_small_key_then_a_larger_one_are_all_candidates()
    {
        var index = new TopicIndex();
        index.Add(new TopicDefinition { Id = "any", AnyActors = ["China"] });
        index.Add(new TopicDefinition { Id = "j1", AllActors = ["Japan"] });
        index.Add(new TopicDefinition { Id = "j2", AllActors = ["Japan"] });

        Assert.Equal(["any", "j1", "j2"], index.Candidates(Article("Talks.", Country("China"), Country("Japan"))).Order());
        Assert.Equal(["any", "j1", "j2"], index.Candidates(Article("Talks.", Country("Japan"), Country("China"))).Order());
    }
}
