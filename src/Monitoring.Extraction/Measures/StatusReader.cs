using Monitoring.Extraction.Text;
using static Monitoring.Extraction.Measures.MeasureStatus;

namespace Monitoring.Extraction.Measures;

/// <summary>
/// Reads what the text says about a measure: the nearest status word before the cue in its clause
/// (the cue's own verb first: "froze", "banned"), else a passive after it ("were lifted"); weak
/// words ("further", "new") mean considered only when nothing else speaks. Negation governing the
/// cue cancels it; a hypothetical ("if", "in the event of") keeps a promise at considered.
/// </summary>
internal static class StatusReader
{
    private static readonly HashSet<string> ConsideredWords = Words(
        "may might could should consider considers considered considering consideration contemplate contemplates " +
        "contemplated contemplating review reviews reviewing urge urges urged urging call calls called calling threaten " +
        "threatens threatened threatening threat threats weigh weighs weighed weighing mull mulls mulled mulling discuss " +
        "discusses discussed discussing discussion propose proposes proposed proposing proposal proposals debate debated " +
        "debating explore explores explored exploring seek seeks sought seeking push pushes pushed pushing examine examines " +
        "examining study studying possibility possible potential option options mooted floated eyeing eyes covered agenda " +
        "ready demand demands demanded demanding want wants wanted pressed pressing pressured pressuring asked asks asking encouraged encourages encouraging");

    private static readonly HashSet<string> AnnouncedWords = Words(
        "will 'll shall decide decides decided decision plan plans planned planning prepare prepares prepared preparing " +
        "announce announces announced announcing agree agrees agreed intend intends intended pledge pledges pledged " +
        "vow vows vowed unveil unveils unveiled set going aims expected approve approves approved promise promised " +
        "promises");

    private static readonly HashSet<string> EnactedWords = Words(
        "imposes imposed has have had froze frozen banned bans restricted restricts introduced " +
        "introduces adopted adopts implemented implements took effect force continue continues continued continuing " +
        "already include includes included expanded extends extended blacklisted expelled expels withdrew " +
        "withdrawn revoked cut excluded remain remains remained targeting targets slapped hit hits enforce " +
        "enforces enforced enforcing unleashes unleashed tightened strengthened broadened widened put placed added " +
        "designated listed sanctioned was were suspended applied applies maintained maintains kept blocked barred " +
        "severed halted closed recalled cancelled canceled ended terminated prohibited prohibits outlawed curbed stripped " +
        "disconnected seized confiscated");

    private static readonly HashSet<string> LiftedWords = Words(
        "lift lifts lifted lifting ease eases eased easing unfreeze unfreezes unfroze unfrozen unfreezing rescind " +
        "rescinds rescinded relief scrap scraps scrapped drop drops dropped relax relaxes relaxed relaxing waive waived " +
        "waiver waivers remove removes removed removing end ends ended ending");

    private static readonly HashSet<string> WeakWords = Words("further additional more new fresh tougher another next extra");

    private static readonly HashSet<string> Negations = Words(
        "not n't never no refused refuses declined declines rejected rejects ruled without nor cannot");

    private enum Kind : byte
    {
        None,
        Considered,
        Announced,
        Enacted,
        Lifted,
        Weak,
        Negation,
    }

    /// <summary>Every status, weak and negation word in one table: one lookup per word read.</summary>
    private static readonly Dictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> Kinds = BuildKinds().GetAlternateLookup<ReadOnlySpan<char>>();

    private static Kind KindOf(ReadOnlySpan<char> word) => Kinds.TryGetValue(word, out var kind) ? kind : Kind.None;

    private static Dictionary<string, Kind> BuildKinds()
    {
        var kinds = new Dictionary<string, Kind>(StringComparer.Ordinal);
        // Later sets win where a word is in two: lifted over enacted, as before.
        foreach (var (set, kind) in new[] { (EnactedWords, Kind.Enacted), (AnnouncedWords, Kind.Announced), (ConsideredWords, Kind.Considered), (LiftedWords, Kind.Lifted), (WeakWords, Kind.Weak), (Negations, Kind.Negation) })
        {
            foreach (var word in set)
            {
                kinds[word] = kind;
            }
        }
        return kinds;
    }

    /// <summary>Whether a word states a status (considered, announced, enacted or lifted).</summary>
    public static bool IsStatusWord(ReadOnlySpan<char> word) => KindOf(word) is Kind.Considered or Kind.Announced or Kind.Enacted or Kind.Lifted;

    /// <summary>Types whose own verb "suspended", "removed" or "ended" means the measure is in force, not lifted.</summary>
    private static readonly WordSet ActsBySuspending = WordSet.Of("diplomatic travel_ban swift_exclusion trade_status");

    /// <summary>The status, or null when the text negates the measure.</summary>
    public static string? Read(SentenceView s, Cue cue, int clauseStart) => Read(s, cue, clauseStart, out _);

    /// <summary>As <see cref="Read(SentenceView, Cue, int)"/>; <paramref name="statedBefore"/> tells whether a word before the cue gave the status.</summary>
    public static string? Read(SentenceView s, Cue cue, int clauseStart, out bool statedBefore)
    {
        statedBefore = false;
        var suspendingActs = ActsBySuspending.Contains(cue.Type);
        string? found = null;
        var weak = false;
        var stop = clauseStart;
        var infinitive = -1;
        for (var k = cue.End - 1; k >= clauseStart; k--)
        {
            var w = s.Word(k);
            var kind = KindOf(w);
            if (kind == Kind.Negation || w.EndsWith("n't", StringComparison.Ordinal))
            {
                return null;
            }
            if (kind == Kind.Weak)
            {
                weak = true;
                continue;
            }
            if (kind == Kind.None && !w.StartsWith("suspend", StringComparison.Ordinal) && w is not ("is" or "would"))
            {
                continue;
            }
            found = w is "would" && Reported(s, k) ? Announced : Classify(w, s.Word(k - 1), suspendingActs, inCue: k >= cue.First);
            if (found == Enacted && k < cue.First && s.Word(k - 1) is "to" && infinitive < 0)
            {
                // "urged Beijing to enforce sanctions": an infinitive is what the word before it governs.
                infinitive = k;
                found = null;
                continue;
            }
            if (found is not null)
            {
                stop = k;
                statedBefore = true;
                break;
            }
        }
        if (found is null && infinitive >= 0)
        {
            found = Enacted;
            stop = infinitive;
            statedBefore = true;
        }
        if (found is not null)
        {
            // "will not", "has no plans to": a negation right before the status word governs it too.
            for (var k = stop - 1; k >= Math.Max(clauseStart, stop - 3); k--)
            {
                if (KindOf(s.Word(k)) == Kind.Negation || s.Word(k).EndsWith("n't", StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }
        found ??= ReadAfter(s, cue, suspendingActs) ?? (weak ? Considered : Enacted);
        if (found is Announced or Enacted && IsHypothetical(s) && !HasPerfect(s, clauseStart, cue.First))
        {
            return Considered;
        }
        return found;
    }

    private static string? Classify(ReadOnlySpan<char> word, ReadOnlySpan<char> previous, bool suspendingActs, bool inCue)
    {
        if (suspendingActs && word.StartsWith("suspend", StringComparison.Ordinal) || (suspendingActs && word is "removed" or "ended"))
        {
            return Enacted;
        }
        var kind = KindOf(word);
        if (kind == Kind.Lifted && !(inCue && word is "end" or "ending"))
        {
            return Lifted;
        }
        if (word.StartsWith("suspend", StringComparison.Ordinal))
        {
            return Lifted;
        }
        if (word is "would")
        {
            return previous is "it" or "they" or "and" ? Announced : Considered;
        }
        if (word is "is" && previous is "to")
        {
            return Announced;
        }
        return KindOf(word) switch
        {
            Kind.Considered => Considered,
            Kind.Announced => Announced,
            Kind.Enacted => Enacted,
            _ => null,
        };
    }

    /// <summary>"said (that) Canada would ban": a reported future is an announcement, not a conditional.</summary>
    private static bool Reported(SentenceView s, int would)
    {
        for (var k = would - 1; k >= 0; k--)
        {
            if (s.Word(k) is "said" or "says" or "announced" or "stated" or "told" or "confirmed" or "declared" or "pledged" or "promised")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A passive or a predicate after the cue: "sanctions were lifted", "will take effect", "remain in force".</summary>
    private static string? ReadAfter(SentenceView s, Cue cue, bool suspendingActs)
    {
        for (var k = cue.End; k < Math.Min(s.Tokens.Count, cue.End + 5); k++)
        {
            var w = s.Word(k);
            if (w is "," or ";" or "against" or "on" or "which" or "that")
            {
                break;
            }
            if (w is "has" or "have" or "was" or "were" or "is" or "are" or "been" or "had")
            {
                continue;
            }
            var status = Classify(w, s.Word(k - 1), suspendingActs, inCue: false);
            if (status is not null)
            {
                return status;
            }
        }
        return null;
    }

    private static bool IsHypothetical(SentenceView s)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            var w = s.Word(k);
            if (w is "if" or "unless" or "whether" || (w is "event" or "case" && s.Word(k - 1) is "the" or "in" && s.Word(k + 1) is "of" or "that"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"has imposed", "imposed": a perfect or past verb states a fact even in a sentence that also says "if".</summary>
    private static bool HasPerfect(SentenceView s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (s.Word(k) is "has" or "have" or "had" or "imposed" or "froze" or "banned")
            {
                return true;
            }
        }
        return false;
    }

    private static HashSet<string> Words(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
