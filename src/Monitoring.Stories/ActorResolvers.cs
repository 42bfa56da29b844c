using Monitoring.Extraction.Actors;

namespace Monitoring.Stories;

/// <summary>Decides whether a newly met name is an actor the story already knows.</summary>
public interface IActorResolver
{
    /// <summary>Compares names already split into folded words (<see cref="NameSimilarity.Parts"/>).</summary>
    bool SameActor(string[] knownParts, string[] newParts, string kind);

    /// <summary>
    /// Keys under which a story files an actor so that a new name is compared only with the actors it could be:
    /// two names <see cref="SameActor"/> calls the same, of one kind, share a key. A resolver without such keys
    /// answers null for every name, and each new name is compared with every actor of the story.
    /// </summary>
    IReadOnlyList<string>? Keys(string[] parts, string kind) => null;
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
    /// The whole name; for people and organisations also each word as transliterated (every rule above but the
    /// one-edit slip needs one word equal or transliterated alike in both names) and, for words of five letters or
    /// more, their first two and last two letters (one edit in a word that long leaves one of the two pairs as it was).
    /// </summary>
    public IReadOnlyList<string> Keys(string[] parts, string kind)
    {
        var keys = new List<string>(1 + (parts.Length * 3)) { kind + "=" + string.Join(' ', parts) };
        if (kind is "person" or "organization")
        {
            foreach (var word in parts)
            {
                keys.Add(kind + "~" + NameSimilarity.Transliterated(word));
                if (word.Length >= 5)
                {
                    keys.Add(string.Concat(kind, "<", word.AsSpan(0, 2)));
                    keys.Add(string.Concat(kind, ">", word.AsSpan(word.Length - 2)));
                }
            }
        }
        return keys;
    }
}
