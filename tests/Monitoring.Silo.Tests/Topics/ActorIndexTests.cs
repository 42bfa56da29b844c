using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Measures;
using Monitoring.Stories;

namespace Monitoring.Silo.Tests.Topics;

/// <summary>
/// A story compares a new name only with the actors filed under one of its lookup keys: every known name the
/// resolver joins to a new one is filed under one of the new name's keys, and a story told with the index joins exactly the actors it joins comparing
/// every name with every actor.
/// </summary>
public sealed class ActorIndexTests
{
    private static readonly TolerantActorResolver Resolver = new();

    private static readonly string[] People =
    [
        "Aleksei Miller", "Takeshi Iwaya", "Alexander Lukashenko", "Sergey Lavrov", "Kim Jong Un", "Yuri Khodorkovsky",
        "Roman Abramovich", "Oleg Deripaska", "Ksenia Sobchak", "Dmitry Peskov", "Xi Jinping", "Maria Zakharova",
        "Andrei Kostin", "Viktor Vekselberg", "Jiang Wei", "Yoshimasa Hayashi", "Mikhail Mishustin", "Arkady Rotenberg",
    ];

    private static readonly string[] Organizations =
    [
        "Stalprom Holding", "Bank Rossiya", "Credit Bank of Moscow", "Islamic Revolutionary Guard Corps", "Chelsea Football Club",
        "Transneft", "Sovcomflot Group", "Belaruskali", "Rosoboronexport", "Minsk Tractor Works", "National Bank of Iran",
        "Huawei Technologies", "Semiconductor Manufacturing International Corporation", "Zarya", "Gazprombank",
    ];

    /// <summary>Names and the spellings the resolver's rules join: slips, transliterations, orders, forms, initials, inflections.</summary>
    private static List<string> Variants(string name, string kind, Random random)
    {
        var words = name.Split(' ');
        var variants = new List<string> { name, OneEdit(name, random), OneEdit(name, random), Transliterate(name), Transliterate(OneEdit(name, random)) };
        if (kind == "person")
        {
            variants.Add(words[^1]);
            variants.Add(OneEdit(words[^1], random));
            variants.Add(string.Join(' ', words.Reverse()));
            variants.Add(words[0][0] + ". " + words[^1]);
        }
        else
        {
            variants.Add(name + " PJSC");
            variants.Add("OJSC " + name);
            if (words.Length >= 2)
            {
                variants.Add(words[0] + " " + string.Concat(words.Skip(1).Select(w => w[0])));
                variants.Add(string.Join(' ', words.Skip(1)) + " of " + words[0]);
                variants.Add(string.Join(' ', words.Select(w => w + "s")));
            }
        }
        return variants;
    }

    private static string OneEdit(string name, Random random)
    {
        var at = random.Next(name.Length);
        return random.Next(4) switch
        {
            0 => name.Remove(at, 1),
            1 => name.Insert(at, "e"),
            2 when at + 1 < name.Length => string.Concat(name.AsSpan(0, at), name[at + 1].ToString(), name[at].ToString(), name.AsSpan(at + 2)),
            _ => string.Concat(name.AsSpan(0, at), "a", name.AsSpan(at + 1)),
        };
    }

    private static string Transliterate(string name) =>
        name.Replace("ks", "x", StringComparison.Ordinal).Replace("y", "i", StringComparison.Ordinal).Replace("Kh", "H", StringComparison.Ordinal)
            .Replace("ei", "ey", StringComparison.Ordinal);

    [Fact]
    public void Every_pair_the_resolver_joins_shares_a_key()
    {
        var random = new Random(11);
        var joined = 0;
        foreach (var (names, kind) in new[] { (People, "person"), (Organizations, "organization") })
        {
            var pool = names.SelectMany(n => Variants(n, kind, random)).Distinct().Select(NameSimilarity.Parts).ToList();
            foreach (var a in pool)
            {
                var keys = Resolver.FilingKeys(a, kind).ToHashSet();
                foreach (var b in pool)
                {
                    if (Resolver.SameActor(a, b, kind))
                    {
                        joined += a.AsSpan().SequenceEqual(b) ? 0 : 1;
                        Assert.True(Resolver.LookupKeys(b, kind).Any(keys.Contains), $"known {string.Join(' ', a)}, new {string.Join(' ', b)}: joined without a shared key");
                    }
                }
            }
        }
        // The pool holds many joined pairs of two spellings, so the property is tested, not passed by default.
        Assert.True(joined > 800, $"{joined} pairs of two spellings joined");
    }

    [Fact]
    public void Keys_set_apart_names_of_another_kind_and_unrelated_names()
    {
        var person = Resolver.FilingKeys(NameSimilarity.Parts("Roman Abramovich"), "person").ToHashSet();
        Assert.DoesNotContain(Resolver.LookupKeys(NameSimilarity.Parts("Roman Abramovich"), "organization"), person.Contains);
        Assert.DoesNotContain(Resolver.LookupKeys(NameSimilarity.Parts("Oleg Deripaska"), "person"), person.Contains);
        // A given name shared by two people is no key between them: "Roman" is looked up among last words only.
        Assert.DoesNotContain(Resolver.LookupKeys(NameSimilarity.Parts("Roman Starovoit"), "person"), person.Contains);
        Assert.Contains(Resolver.LookupKeys(NameSimilarity.Parts("Roman"), "person"), person.Contains);
        Assert.Equal(["country=japan"], Resolver.LookupKeys(NameSimilarity.Parts("Japan"), "country"));
    }

    /// <summary>The same resolver without keys: a story using it compares every name with every actor.</summary>
    private sealed class Unindexed : IActorResolver
    {
        public bool SameActor(string[] knownParts, string[] newParts, string kind) => Resolver.SameActor(knownParts, newParts, kind);
    }

    [Fact]
    public void A_story_told_with_the_index_joins_and_alerts_as_one_comparing_every_actor()
    {
        var random = new Random(5);
        var topic = new TopicDefinition { Id = "t", AnyActors = ["Russia"] };
        var (indexed, full) = (new StoryState(), new StoryState());
        var pool = People.SelectMany(n => Variants(n, "person", random).Select(v => (Name: v, Kind: "person")))
            .Concat(Organizations.SelectMany(n => Variants(n, "organization", random).Select(v => (Name: v, Kind: "organization")))).ToList();
        for (var i = 0; i < 300; i++)
        {
            var article = new StoryArticle
            {
                Id = $"a{i}",
                Url = $"https://news.example/a{i}",
                Outlet = $"o{i % 7}.example",
                Published = DateTimeOffset.UnixEpoch.AddHours(i),
                Actors = [.. Enumerable.Range(0, 4).Select(_ => pool[random.Next(pool.Count)]).Select(p => new StoryActor
                {
                    Name = p.Name,
                    Kind = p.Kind,
                    Forms = random.Next(5) == 0 ? [pool[random.Next(pool.Count)].Name] : [],
                })],
            };
            if (i == 150)
            {
                // Read back as a host stores it: the index is rebuilt from the state.
                indexed = System.Text.Json.JsonSerializer.Deserialize<StoryState>(System.Text.Json.JsonSerializer.Serialize(indexed))!;
            }
            var a = StoryEngine.Apply(indexed, topic, article, Resolver).Select(x => $"{x.Sequence} {x.Kind} {x.Actor}");
            var b = StoryEngine.Apply(full, topic, article, new Unindexed()).Select(x => $"{x.Sequence} {x.Kind} {x.Actor}");
            Assert.Equal(b, a);
        }
        Assert.Equal(full.Actors.Keys, indexed.Actors.Keys);
        Assert.Equal(full.Actors.Values.Select(r => string.Join('|', r.Aliases)), indexed.Actors.Values.Select(r => string.Join('|', r.Aliases)));
        Assert.InRange(full.Actors.Count, 20, pool.Count - 50); // names were joined, and not all into one
    }

    private static StoryArticle Named(int i, params (string Name, string Kind)[] actors) => new()
    {
        Id = $"n{i}",
        Url = $"https://news.example/n{i}",
        Outlet = "o.example",
        Published = DateTimeOffset.UnixEpoch.AddHours(i),
        Actors = [.. actors.Select(a => new StoryActor { Name = a.Name, Kind = a.Kind })],
    };

    private static readonly TopicDefinition AnyRussia = new() { Id = "t", AnyActors = ["Russia"] };

    private static List<string> NewActors(StoryState state, StoryArticle article, IActorResolver resolver) =>
        [.. StoryEngine.Apply(state, AnyRussia, article, resolver).Where(a => a.Kind == AlertKinds.NewActor).Select(a => a.Actor!)];

    /// <summary>Joins organisations whose names begin with the same letter, filed by that letter alone.</summary>
    private sealed class FirstLetter : IActorResolver
    {
        public bool SameActor(string[] knownParts, string[] newParts, string kind) =>
            knownParts.Length > 0 && newParts.Length > 0 && knownParts[0][0] == newParts[0][0];

        public IReadOnlyList<string>? FilingKeys(string[] knownParts, string kind) => [.. knownParts.Take(1).Select(p => p[..1])];

        public IReadOnlyList<string>? LookupKeys(string[] newParts, string kind) => FilingKeys(newParts, kind);
    }

    [Fact]
    public void An_index_built_for_one_resolver_is_not_used_for_another()
    {
        var state = new StoryState();
        Assert.Equal(["Stalprom Holding"], NewActors(state, Named(0, ("Stalprom Holding", "organization")), Resolver));

        // The tolerant resolver's index files "Stalprom Holding" under its words, where "Sovcomflot" finds nothing.
        Assert.Empty(NewActors(state, Named(1, ("Sovcomflot", "organization")), new FirstLetter()));
        Assert.Equal(["Stalprom Holding"], state.Actors.Keys);
    }

    [Fact]
    public void An_index_of_replaced_actors_is_rebuilt_even_when_their_number_is_the_same()
    {
        var state = new StoryState();
        NewActors(state, Named(0, ("Stalprom Holding", "organization")), Resolver);

        state.Actors = new(StringComparer.OrdinalIgnoreCase) { ["Zarya Bank"] = new ActorRecord { Name = "Zarya Bank", Kind = "organization", Alerted = true } };

        Assert.Empty(NewActors(state, Named(1, ("Zarya Bank PJSC", "organization")), Resolver));
        Assert.Equal(["Stalprom Holding"], NewActors(state, Named(2, ("Stalprom Holding", "organization")), Resolver));
    }

    [Fact]
    public void Several_people_filed_under_one_surname_are_each_found()
    {
        var state = new StoryState();
        string[] petrovs = ["Ivan Petrov", "Oleg Petrov", "Sergei Petrov", "Anatoly Petrov"];
        for (var i = 0; i < petrovs.Length; i++)
        {
            Assert.Equal([petrovs[i]], NewActors(state, Named(i, (petrovs[i], "person")), Resolver));
        }

        Assert.Empty(NewActors(state, Named(10, ("Sergey Petrov", "person"), ("Anatoliy Petrov", "person"), ("Ivan Petrow", "person")), Resolver));
        Assert.Contains("Sergey Petrov", state.Actors["Sergei Petrov"].Aliases);
        Assert.Contains("Anatoliy Petrov", state.Actors["Anatoly Petrov"].Aliases);
        Assert.Contains("Ivan Petrow", state.Actors["Ivan Petrov"].Aliases);
        Assert.Equal(4, state.Actors.Count);
    }

    [Fact]
    public void Two_spellings_in_one_article_are_one_actor_and_one_alert()
    {
        var state = new StoryState();
        var named = Named(0, ("Stalprom Holding", "organization"), ("Stalprom", "organization"), ("Alyaksandr Lukashenka", "person"), ("Alexander Lukashenko", "person"));
        Assert.Equal(["Stalprom Holding", "Alyaksandr Lukashenka"], NewActors(state, named, Resolver));
        Assert.Equal(2, state.Actors.Count);
        Assert.Equal(["Stalprom"], state.Actors["Stalprom Holding"].Aliases);
        Assert.Equal(["Alexander Lukashenko"], state.Actors["Alyaksandr Lukashenka"].Aliases);
    }

    [Fact]
    public void A_name_of_no_letters_is_an_actor_of_its_own_and_breaks_no_lookup()
    {
        var state = new StoryState();
        Assert.Equal(["—", "Ivan Petrov"], NewActors(state, Named(0, ("—", "person"), ("Ivan Petrov", "person")), Resolver));
        Assert.Empty(NewActors(state, Named(1, ("Petrov", "person"), ("—", "person")), Resolver));
        Assert.Equal(["...", "Bank ..."], NewActors(state, Named(2, ("...", "organization"), ("Bank ...", "organization")), Resolver));
    }
}
