using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Measures;

/// <summary>
/// "The Government announced sanctions on Russia", "Parliament passed the bill", "the foreign ministry said it would
/// freeze …": a government body named bare, with no state before or after it, is the one a local reader lives under.
/// </summary>
internal static class HomeGovernment
{
    /// <summary>
    /// Whether the words before the cue hold a bare government body as the subject and the sentence names no state
    /// but the home state and those the measure is aimed at: a state named anywhere else may be whose body it is.
    /// </summary>
    public static bool IsSubject(SentenceView s, int from, int cue, List<string> targets, string home)
    {
        if (!HasBareBody(s, from, cue))
        {
            return false; // most sentences name no government body: bail out before looking at mentions
        }
        foreach (var m in s.Mentions)
        {
            var state = m.Entity.Country ?? m.Entity.Name;
            if (IsOfState(m.Entity) && state != home && !targets.Contains(m.Entity.Name) && !targets.Contains(state))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasBareBody(SentenceView s, int from, int cue)
    {
        for (var k = from; k < cue; k++)
        {
            if (IsBody(s, k) && s.MentionAt(k) is null && IsBare(s, from, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A state, or a body or person acting for one; an outlet or a place is no state's voice.</summary>
    private static bool IsOfState(Entity e) =>
        e.Kind is ActorKind.Country or ActorKind.Organization or ActorKind.Person && (e.Kind == ActorKind.Country || e.CanImpose || e.Country is not null);

    /// <summary>"government", "parliament", "cabinet", "ministers", "(foreign) ministry", "Federal Council".</summary>
    private static bool IsBody(SentenceView s, int k) =>
        s.Word(k) is "government" or "parliament" or "cabinet" or "ministers" or "ministry"
        || (s.Word(k) is "council" && s.Word(k - 1) is "federal");

    /// <summary>
    /// The body stands alone: after "the" (a ministry's field between) or at the sentence's start, and not "the government of …",
    /// "the Russian government" (a demonym is a mention) or "a government" in general.
    /// </summary>
    private static bool IsBare(SentenceView s, int from, int k)
    {
        if (s.Word(k + 1) is "of" or "in")
        {
            return false;
        }
        var j = k - 1;
        while (j >= from && s.Word(j) is "foreign" or "federal" or "finance" or "trade" or "economy" or "justice" or "defence" or "defense" or "new")
        {
            j--;
        }
        // "critics of the government", "talks with the government": a body named as an object is not who acts.
        return j < from || (s.Word(j) is "the" && s.Word(j - 1) is not ("of" or "with" or "to" or "against" or "from" or "on" or "for" or "about"));
    }
}
