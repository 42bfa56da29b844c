using Monitoring.Extraction;

namespace Monitoring.Stories;

/// <summary>
/// The one mapping from what the reader found to the article topics route on, take by grain call,
/// journal and apply (live, in replays and in the evaluation alike): outlets and places are not
/// actors of a story.
/// </summary>
public static class StoryArticles
{
    public static StoryArticle From(string id, string url, string outlet, DateTimeOffset published, string? title, Findings findings) => new()
    {
        Id = id,
        Url = url,
        Outlet = outlet,
        Published = published,
        Title = title,
        Text = findings.Text,
        Actors = findings.Actors
            .Where(a => a.Kind is not (ActorKind.Media or ActorKind.Place))
            .Select(a => new StoryActor { Name = a.Name, Kind = a.KindName, Forms = a.Forms, Evidence = a.FirstEvidence.Sentence, OnlyByDemonym = a.OnlyByDemonym })
            .ToList(),
        Measures = findings.Measures
            .Select(m => new StoryMeasure { Type = m.Type, Imposer = m.Imposer, Target = m.Target, Status = m.Status, Evidence = m.Evidence.Sentence, Quantity = m.Quantity })
            .ToList(),
        Fingerprint = findings.Fingerprint,
    };
}
