using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Actors;

/// <summary>How a phrase names its entry: by name, as a demonym ("Russian"), or as a capital standing for the government.</summary>
public enum FormRole
{
    Name,
    Demonym,
    Capital,
}

/// <summary>A country, body, person or outlet the reader knows.</summary>
public sealed class Entity(string name, ActorKind kind, string? country, bool canImpose, bool fromText = false)
{
    /// <summary>Named by the article's own words (a firm, a bureau) rather than by a table: such a name is the story's, not background.</summary>
    public bool FromText { get; } = fromText;

    public string Name { get; } = name;
    public ActorKind Kind { get; } = kind;

    /// <summary>The country (or bloc) a body or person acts for; a country is its own.</summary>
    public string? Country { get; } = country;

    /// <summary>Countries and blocs impose measures; firms and banks do not.</summary>
    public bool CanImpose { get; } = canImpose;

    /// <summary>The folded words of the name, for comparing people's names.</summary>
    public string[] NameParts => _nameParts ??= NameSimilarity.Parts(Name);

    private string[]? _nameParts;

    /// <summary>The state a body or person acts for, as an entity of its own; null when it has no country.</summary>
    public Entity? State => Country is null ? null : _state ??= new Entity(Country, ActorKind.Country, Country, canImpose: true);

    private Entity? _state;

    public override string ToString() => Name;
}

/// <summary>A surface form of an entity, as written and tokenized.</summary>
public sealed record Phrase(string Form, string[] Tokens, Entity Entity, FormRole Role);

/// <summary>
/// The dictionary of known names, indexed by first token so that a sentence is matched in one pass,
/// longest phrase first. Matching is case-sensitive: "Chad" and "Turkey" are countries, "turkey" is not.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<Phrase>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> _byFirstTokenSpan;

    public Gazetteer() => _byFirstTokenSpan = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<string, Entity> _byName = new(StringComparer.OrdinalIgnoreCase);

    public static Gazetteer Default { get; } = Build();

    /// <summary>The reading rules' words with this gazetteer's first words, for classifying tokens.</summary>
    internal Lexicon Lexicon => _lexicon ?? MakeLexicon();

    private Lexicon? _lexicon;

    /// <summary>The phrases of each first word, by its <see cref="Token.Name"/> in <see cref="Lexicon"/> (from 1).</summary>
    private List<Phrase>[] _phrasesByName = [];

    private Lexicon MakeLexicon()
    {
        var starts = _byFirstToken.Keys.ToArray();
        _phrasesByName = [[], .. starts.Select(w => _byFirstToken[w])];
        return _lexicon = new Lexicon(starts);
    }

    public Entity? Find(string nameOrForm) => _byName.GetValueOrDefault(nameOrForm.Trim());

    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);

    /// <summary>A country's first demonym ("Iranian" for Iran), to name its bodies as reporters do; null when it has none.</summary>
    internal string? DemonymOf(string country) => _demonyms.GetValueOrDefault(country);

    public IEnumerable<Entity> Entities => _byName.Values.Distinct();

    /// <summary>The people the gazetteer knows by name.</summary>
    public IReadOnlyList<Entity> People { get; private set; } = [];

    internal PeopleIndex PeopleIndex => _peopleIndex ??= new PeopleIndex(People);

    private PeopleIndex? _peopleIndex;

    /// <summary>The longest phrase starting at <paramref name="index"/>, or null.</summary>
    public Phrase? Match(SentenceView s, int index)
    {
        // Tokens classified by this gazetteer's lexicon carry their first word's number; others are looked up.
        List<Phrase>? candidates;
        if (ReferenceEquals(s.Lexicon, _lexicon))
        {
            candidates = _phrasesByName[s.NameOf(index)];
        }
        else if (!_byFirstTokenSpan.TryGetValue(s.Text(index), out candidates))
        {
            return null;
        }
        Phrase? best = null;
        foreach (var phrase in candidates)
        {
            if ((best is null || phrase.Tokens.Length > best.Tokens.Length) && Matches(s, index, phrase.Tokens))
            {
                best = phrase;
            }
        }
        return best;
    }

    private static bool Matches(SentenceView s, int index, string[] words)
    {
        if (index + words.Length > s.Tokens.Count)
        {
            return false;
        }
        for (var k = 1; k < words.Length; k++)
        {
            // "People’s Republic of China": a possessive matches in any of its spellings.
            if (!s.Text(index + k).SequenceEqual(words[k]) && !(words[k] == "'s" && s.Is(index + k, WordClass.Possessive)))
            {
                return false;
            }
        }
        return true;
    }

    private void Add(string form, Entity entity, FormRole role)
    {
        var words = Tokenizer.Words(form);
        if (words.Length == 0)
        {
            return;
        }
        if (!_byFirstToken.TryGetValue(words[0], out var list))
        {
            _byFirstToken[words[0]] = list = [];
        }
        list.Add(new Phrase(form, words, entity, role));
        _byName.TryAdd(form, entity);
    }

    /// <summary>
    /// "sanctions against European individuals": a bare "European" may mean the continent, but before the people or bodies
    /// a state lists it is the bloc's, as the labels read it; the two words name the European Union.
    /// </summary>
    private static void AddEuropeanPeople(Gazetteer g)
    {
        var bloc = g.Find("European Union")!;
        // The people and bodies a listing names (a local: the gazetteer is built before later static fields are set).
        string[] listed = ["individuals", "officials", "diplomats", "figures", "politicians", "lawmakers", "citizens", "entities", "institutions"];
        foreach (var noun in listed)
        {
            g.Add("European " + noun, bloc, FormRole.Demonym);
        }
        // Members of the European Parliament: a listing of "MEPs" is aimed at the bloc.
        g.Add("MEPs", bloc, FormRole.Demonym);
    }

    private static IEnumerable<string[]> Rows(string lines) =>
        lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split('|'));

    private static string[] List(string field) => field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Gazetteer Build()
    {
        var g = new Gazetteer();
        foreach (var row in Rows(CountryTable.Lines))
        {
            var country = new Entity(row[0], ActorKind.Country, row[0], canImpose: true);
            g.Add(row[0], country, FormRole.Name);
            foreach (var alias in List(row[1]))
            {
                g.Add(alias, country, FormRole.Name);
            }
            foreach (var demonym in List(row[2]))
            {
                g._demonyms.TryAdd(row[0], demonym);
                g.Add(demonym, country, FormRole.Demonym);
                g.Add(demonym + "s", country, FormRole.Demonym);
            }
            foreach (var capital in List(row[3]))
            {
                g.Add(capital, country, FormRole.Capital);
            }
        }
        foreach (var (name, forms) in ForeignNames.Forms)
        {
            var entity = g.Find(name)!;
            foreach (var form in forms)
            {
                g.Add(form, entity, FormRole.Name);
            }
        }
        foreach (var row in Rows(OrganizationTable.Lines))
        {
            var isBloc = row[3] == "bloc";
            var country = row[2].Length > 0 ? row[2] : isBloc ? row[0] : null;
            var org = new Entity(row[0], ActorKind.Organization, country, canImpose: isBloc || row[3] == "body");
            g.Add(row[0], org, FormRole.Name);
            foreach (var alias in List(row[1]))
            {
                g.Add(alias, org, FormRole.Name);
            }
        }
        AddEuropeanPeople(g);
        foreach (var row in Rows(MediaTable.Lines))
        {
            var outlet = new Entity(row[0], ActorKind.Media, null, canImpose: false);
            g.Add(row[0], outlet, FormRole.Name);
            foreach (var alias in List(row[1]))
            {
                g.Add(alias, outlet, FormRole.Name);
            }
        }
        var place = new Entity("place", ActorKind.Place, null, canImpose: false);
        foreach (var name in List(PlaceTable.Lines.Replace('\n', ',')))
        {
            g.Add(name, place, FormRole.Name);
        }
        foreach (var row in Rows(PeopleTable.Lines))
        {
            var person = new Entity(row[0], ActorKind.Person, row[2], canImpose: false);
            g.Add(row[0], person, FormRole.Name);
            foreach (var alias in List(row[1]))
            {
                g.Add(alias, person, FormRole.Name);
            }
        }
        g.People = g.Entities.Where(e => e.Kind == ActorKind.Person).ToList();
        return g;
    }
}
