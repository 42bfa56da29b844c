using Monitoring.Extraction.Actors;

namespace Monitoring.Stories;

/// <summary>Decides whether a newly met name is an actor the story already knows.</summary>
public interface IActorResolver
{
    /// <summary>Compares names already split into folded words (<see cref="NameSimilarity.Parts"/>).</summary>
    bool SameActor(string[] knownParts, string[] newParts, string kind);
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
}
