using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Measures;

/// <summary>
/// A list of "unfriendly" states is the measure of the state whose list it is, aimed at the states on it:
/// "Russia's list of unfriendly countries that included Japan", "Japan was placed on Russia's list of
/// unfriendly states". The owner is read from its possessive, so that the listed state is not taken for it.
/// </summary>
internal static class UnfriendlyLists
{
    /// <summary>The list's owner and the states on it, or false when the sentence names no owner by a possessive.</summary>
    public static bool Read(SentenceView s, Cue cue, int clauseStart, out Entity? owner, List<string> listed)
    {
        owner = null;
        listed.Clear();
        if (s.Word(cue.First) is not "unfriendly")
        {
            return false;
        }
        for (var k = cue.First - 1; k > clauseStart; k--)
        {
            if (s.Word(k) is "'s" or "’s" && s.MentionAt(k - 1) is { Entity.Kind: ActorKind.Country } m)
            {
                owner = m.Entity;
                break;
            }
        }
        if (owner is null)
        {
            return false;
        }
        // The states after "included", else the states of the clause before the list ("Japan was placed on …").
        var from = -1;
        for (var k = cue.End; k < s.Tokens.Count && s.Word(k) is not (";" or "but"); k++)
        {
            if (s.Word(k) is "include" or "includes" or "included" or "including")
            {
                from = k + 1;
                break;
            }
        }
        foreach (var m in s.Mentions)
        {
            var inSlot = from >= 0 ? m.First >= from : m.First >= clauseStart && m.End <= cue.First;
            if (inSlot && m.Entity.Kind == ActorKind.Country && m.Entity.Name != owner.Name && !listed.Contains(m.Entity.Name))
            {
                listed.Add(m.Entity.Name);
            }
        }
        return listed.Count > 0;
    }
}
