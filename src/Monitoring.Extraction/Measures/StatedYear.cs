using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Measures;

/// <summary>
/// The year a sentence dates its event to: "in 2014", "in July 2014". An article reporting a measure now seldom
/// dates it by year; a year marks the history it recalls ("eased some sanctions in July 2014").
/// </summary>
internal static class StatedYear
{
    private static readonly WordSet Months = WordSet.Of(
        "january february march april may june july august september october november december " +
        "jan feb mar apr jun jul aug sep sept oct nov dec");

    /// <summary>
    /// The year written "in YYYY" or "in Month YYYY" near the cue, within ten words either side and not past a
    /// full stop or semicolon (a sentence the splitter joined to the next keeps its date to itself); 0 when none.
    /// </summary>
    public static int Of(SentenceView s, Cue cue)
    {
        for (var k = cue.End; k < Math.Min(s.Tokens.Count, cue.End + 10) && s.Word(k) is not ("." or ";"); k++)
        {
            if (YearAt(s, k) is > 0 and var year)
            {
                return year;
            }
        }
        for (var k = cue.First - 1; k >= Math.Max(0, cue.First - 10) && s.Word(k) is not ("." or ";"); k--)
        {
            if (YearAt(s, k) is > 0 and var year)
            {
                return year;
            }
        }
        return 0;
    }

    /// <summary>A past the sentence names without a year ("last year", "two years ago"): older than any event it reports now.</summary>
    public const int UndatedPast = 1;

    private static int YearAt(SentenceView s, int k)
    {
        var w = s.Word(k);
        if ((w is "year" && s.Word(k - 1) is "last") || (w is "ago" && s.Word(k - 1) is "years" or "decade" or "decades"))
        {
            return UndatedPast;
        }
        if (w.Length != 4 || !(w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal))
            || !int.TryParse(w, out var year))
        {
            return 0;
        }
        return s.Word(k - 1) is "in" || (Months.Contains(s.Word(k - 1)) && s.Word(k - 2) is "in") ? year : 0;
    }

    /// <summary>
    /// Whether a lifting dated <paramref name="liftYear"/> is background to a measure enacted in
    /// <paramref name="enactedYear"/> (0: undated, so now): the lifting is dated and older.
    /// </summary>
    public static bool LiftIsBackground(int liftYear, int enactedYear) =>
        liftYear > 0 && (enactedYear == 0 || (liftYear > UndatedPast && enactedYear > liftYear));
}
