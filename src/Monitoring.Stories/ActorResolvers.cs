using Monitoring.Extraction.Actors;

namespace Monitoring.Stories;

/// <summary>Decides whether a newly met name is an actor the story already knows.</summary>
public interface IActorResolver
{
    /// <summary>Compares names already split into folded words (<see cref="NameSimilarity.Parts"/>).</summary>
    bool SameActor(string[] knownParts, string[] newParts, string kind);

    /// <summary>
    /// Keys under which a story files an actor it knows, so that a new name is compared only with the actors it
    /// could be: when <see cref="SameActor"/> joins a known name to a new one, some key of the known name's
    /// <see cref="FilingKeys"/> is among the new name's <see cref="LookupKeys"/>. A resolver without keys answers
    /// null, and each new name is compared with every actor of the story.
    /// </summary>
    IReadOnlyList<string>? FilingKeys(string[] knownParts, string kind) => null;

    /// <summary>The keys a new name is looked up by (see <see cref="FilingKeys"/>).</summary>
    IReadOnlyList<string>? LookupKeys(string[] newParts, string kind) => null;
}

/// <summary>
/// Case- and accent-insensitive equality for every kind; for persons also the reading library's
/// tolerance for transliteration slips, surname-only mentions and family-name-first order; for
/// organisations, one name spelled two ways ("Bank Rossia", "Bank Rossiya"); and the variants only a
/// story sees, across articles (<see cref="NameVariants"/>). Countries are the gazetteer's names and match exactly.
/// </summary>
public sealed class TolerantActorResolver : IActorResolver
{
    public bool SameActor(string[] knownParts, string[] newParts, string kind) =>
        knownParts.AsSpan().SequenceEqual(newParts)
        || (kind == "person" && (NameSimilarity.SamePerson(knownParts, newParts) || NameVariants.SamePerson(knownParts, newParts)))
        || (kind == "organization" && (NameSimilarity.SameOrganization(knownParts, newParts) || NameVariants.SameOrganization(knownParts, newParts)));

    /// <summary>
    /// A person is filed by the whole name, its last word and, for a name of two words or more, its first: every rule
    /// above joins the known name's last word to the new name's first or last word, or a lone new word to either end of
    /// the known name. An organisation is filed by every word (each rule needs one word of the two names alike). Other
    /// kinds match whole names only.
    /// </summary>
    public IReadOnlyList<string> FilingKeys(string[] knownParts, string kind)
    {
        var keys = new List<string> { kind + "=" + string.Join(' ', knownParts) };
        if (kind == "person" && knownParts.Length > 0)
        {
            AddWordKeys(keys, "person last", knownParts[^1]);
            if (knownParts.Length > 1)
            {
                AddWordKeys(keys, "person first", knownParts[0]);
            }
        }
        else if (kind == "organization")
        {
            foreach (var word in knownParts)
            {
                AddWordKeys(keys, kind, word);
            }
        }
        return keys;
    }

    public IReadOnlyList<string> LookupKeys(string[] newParts, string kind)
    {
        var keys = new List<string> { kind + "=" + string.Join(' ', newParts) };
        if (kind == "person" && newParts.Length > 0)
        {
            AddWordKeys(keys, "person last", newParts[0]);
            AddWordKeys(keys, "person last", newParts[^1]);
            if (newParts.Length == 1)
            {
                AddWordKeys(keys, "person first", newParts[0]);
            }
        }
        else if (kind == "organization")
        {
            foreach (var word in newParts)
            {
                AddWordKeys(keys, kind, word);
            }
        }
        return keys;
    }

    /// <summary>
    /// A word's spelling with transliterations made one (<see cref="NameSimilarity.Transliterated"/>) and, for words of
    /// five letters or more (the length from which one edit is a slip, <see cref="NameSimilarity.Close"/>), the word and
    /// the word with each letter left out in turn: two words one substitution, insertion, deletion or swap apart share one.
    /// </summary>
    private static void AddWordKeys(List<string> keys, string family, string word)
    {
        keys.Add(family + "~" + NameSimilarity.Transliterated(word));
        if (word.Length < 5)
        {
            return;
        }
        keys.Add(family + "-" + word);
        for (var i = 0; i < word.Length; i++)
        {
            keys.Add(string.Concat(family, "-", word.AsSpan(0, i), word.AsSpan(i + 1)));
        }
    }
}
