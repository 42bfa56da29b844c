using Monitoring.Extraction.Actors;

namespace Monitoring.Stories;

/// <summary>Decides whether a newly met name is an actor the story already knows.</summary>
public interface IActorResolver
{
    bool SameActor(string knownName, string newName, string kind);
}

/// <summary>
/// Case- and accent-insensitive equality for every kind; for persons also the reading library's
/// tolerance for transliteration slips, surname-only mentions and family-name-first order.
/// </summary>
public sealed class TolerantActorResolver : IActorResolver
{
    public bool SameActor(string knownName, string newName, string kind) =>
        NameSimilarity.Fold(knownName) == NameSimilarity.Fold(newName)
        || (kind == "person" && NameSimilarity.SamePerson(knownName, newName));
}
