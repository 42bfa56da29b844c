using Monitoring.Extraction.Text;
using static Monitoring.Extraction.Measures.MeasureStatus;

namespace Monitoring.Extraction.Measures;

/// <summary>
/// An effort named before a measure: "working to impose", "efforts to sanction" prepare it (announced);
/// "working with partners on", "working on" weigh it (considered), unless a decision before the effort
/// ("will work with", "decided to work on") makes it a plan. Without "to", "with" or "on" after it the
/// word is not an effort on the measure ("firms working in Russia"); joining others' efforts is a deed of its own.
/// </summary>
internal static class EffortWords
{
    private static readonly WordSet Efforts = WordSet.Of("work works working worked effort efforts");

    private static readonly WordSet Joining = WordSet.Of("join joins joined joining");

    /// <summary>The status token <paramref name="k"/> gives as an effort on the measure, or null when it is none.</summary>
    public static string? StatusAt(SentenceView s, int k, int clauseStart)
    {
        if (!Efforts.Contains(s.Word(k)))
        {
            return null;
        }
        for (var j = k - 1; j >= Math.Max(clauseStart, k - 3); j--)
        {
            if (Joining.Contains(s.Word(j)))
            {
                // "joined US efforts to deny China access": the joiner acts now.
                return null;
            }
        }
        if (s.Word(k + 1) is "to")
        {
            return Announced;
        }
        if (s.Word(k + 1) is not ("with" or "on"))
        {
            return null;
        }
        for (var j = k - 1; j >= Math.Max(clauseStart, k - 3); j--)
        {
            if (s.Is(j, WordClass.Announced))
            {
                return Announced;
            }
        }
        return Considered;
    }
}
