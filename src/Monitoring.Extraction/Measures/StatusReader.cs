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
    /// <summary>
    /// The status, weak and negation words. A word in two lists takes the later one's class (lifted
    /// over enacted), so that a word has one status.
    /// </summary>
    public static (WordClass Class, string Words)[] Vocabulary() =>
    [
        (WordClass.Enacted,
            "imposes imposed has have had froze frozen banned bans restricted restricts introduced " +
            "introduces adopted adopts implemented implements took effect force continue continues continued continuing " +
            "already include includes included comprise comprises comprised involve involves involved entail entails expanded extends extended blacklisted expelled expels withdrew " +
            "withdrawn revoked cut excluded remain remains remained targeting targets slapped hit hits enforce " +
            "enforces enforced enforcing unleashes unleashed tightened strengthened broadened widened put placed added " +
            "designated listed sanctioned was were suspended applied applies maintained maintains kept blocked barred " +
            "severed halted closed recalled cancelled canceled ended terminated prohibited prohibits outlawed curbed stripped " +
            "disconnected seized confiscated imposing banning prohibiting barring existing"),
        (WordClass.Announced,
            "will 'll shall decide decides decided decision plan plans planned planning prepare prepares prepared preparing " +
            "announce announces announced announcing agree agrees agreed intend intends intended pledge pledges pledged " +
            "vow vows vowed unveil unveils unveiled set going aims expected approve approves approved promise promised " +
            "promises confirm confirms " +
            // "we'll impose": the tokenizer keeps a contraction whole, so "'ll" alone never meets it.
            "i'll we'll you'll he'll she'll it'll they'll i’ll we’ll you’ll he’ll she’ll it’ll they’ll"),
        (WordClass.Considered,
            "may might could should consider considers considered considering consideration contemplate contemplates " +
            "contemplated contemplating review reviews reviewing urge urges urged urging call calls called calling threaten " +
            "threatens threatened threatening threat threats weigh weighs weighed weighing mull mulls mulled mulling discuss " +
            "discusses discussed discussing discussion propose proposes proposed proposing proposal proposals debate debated " +
            "debating explore explores explored exploring seek seeks sought seeking push pushes pushed pushing examine examines " +
            "examining study studies studied studying possibility possible potential option options mooted floated eyeing eyes covered agenda " +
            "ready demand demands demanded demanding want wants wanted pressed pressing pressured pressuring asked asks asking encouraged encourages encouraging"),
        (WordClass.Lifted,
            "lift lifts lifted lifting ease eases eased easing unfreeze unfreezes unfroze unfrozen unfreezing rescind " +
            "rescinds rescinded relief scrap scraps scrapped drop drops dropped relax relaxes relaxed relaxing waive waived " +
            "waiver waivers remove removes removed removing end ends ended ending"),
        (WordClass.Weak,
            "further additional more new fresh tougher another next extra"),
        (WordClass.Negation,
            "not n't never no refused refuses declined declines rejected rejects ruled without nor cannot unable"),
        (WordClass.Conditional,
            "if unless whether event case"),
    ];

    /// <summary>The status class of token <paramref name="k"/>: one of <see cref="WordClasses.Statuses"/>, or none.</summary>
    private static WordClass KindOf(SentenceView s, int k) => s.Classes(k) & WordClasses.Statuses;

    /// <summary>Whether token <paramref name="k"/> states a status (considered, announced, enacted or lifted).</summary>
    public static bool IsStatusWord(SentenceView s, int k) =>
        s.Is(k, WordClass.Considered | WordClass.Announced | WordClass.Enacted | WordClass.Lifted);

    /// <summary>
    /// "sanctions on Peru, to be imposed from May 3", "sanctions to be introduced this week": a passive infinitive of imposing
    /// right after the measure (past its object and a comma, within six words) sets it for later.
    /// </summary>
    private static bool ToBeImposedAfter(SentenceView s, Cue cue)
    {
        for (var k = cue.End; k < Math.Min(s.Tokens.Count - 2, cue.End + 6); k++)
        {
            var w = s.Word(k);
            if (w is "to")
            {
                return s.Word(k + 1) is "be" && s.Word(k + 2) is "imposed" or "introduced" or "implemented" or "applied" or "adopted" or "enforced";
            }
            if (w is not ("on" or "against" or "the" or ",") && s.MentionAt(k) is null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// The measure is what a state is pressed with ("to pressure Lima with constraints on banks") and no status word stands in
    /// the three words before the verb of pressing ("threatened to punish Peru with sanctions" keeps its threat).
    /// </summary>
    private static bool PressesWithMeans(SentenceView s, Cue cue, int clauseStart)
    {
        if (Roles.PressedWith(s, cue) is not { } pressed)
        {
            return false;
        }
        var verb = pressed.First - 1 - (s.Word(pressed.First - 1) is "the" ? 1 : 0);
        for (var k = Math.Max(clauseStart, verb - 3); k < verb; k++)
        {
            if (KindOf(s, k) is WordClass.Considered or WordClass.Announced or WordClass.Conditional or WordClass.Negation)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Types whose own verb "suspended", "removed" or "ended" means the measure is in force, not lifted.</summary>
    private static readonly WordSet ActsBySuspending = WordSet.Of("diplomatic travel_ban swift_exclusion trade_status");

    /// <summary>Types named by the activity they stop, whose own verb "suspended" is the measure: "suspended exports", "suspending new investment".</summary>
    private static readonly WordSet StoppedActivities = WordSet.Of("export_ban import_ban investment_ban");

    /// <summary>The status, or null when the text negates the measure.</summary>
    public static string? Read(SentenceView s, Cue cue, int clauseStart) => Read(s, cue, clauseStart, out _);

    /// <summary>As <see cref="Read(SentenceView, Cue, int)"/>; <paramref name="statedBefore"/> tells whether a word before the cue gave the status.</summary>
    public static string? Read(SentenceView s, Cue cue, int clauseStart, out bool statedBefore)
    {
        statedBefore = false;
        if (s.Word(cue.End) is "options" or "option" or "proposal" or "proposals" or "threat" or "threats" or "possibility")
        {
            // "what our sanctions options look like": the measure as one of the choices weighed.
            return Considered;
        }
        for (var k = Math.Max(clauseStart + 1, cue.First - 4); k < cue.First; k++)
        {
            if (s.Word(k) is "subject" && s.Word(k - 1) is "are" or "is" or "were" or "was" or "been" or "now" or "remain" or "remains")
            {
                // "all new designees are now subject to asset freezes": a state of things, in force ("new" says nothing here).
                return Enacted;
            }
        }
        if (PressesWithMeans(s, cue, clauseStart))
        {
            // "acts with its partners to pressure Lima with a series of constraints": the means of the pressing are in use.
            return Enacted;
        }
        var suspendingActs = ActsBySuspending.Contains(cue.Type) && !NamedAsBan(s, cue);
        var stopsActivity = StoppedActivities.Contains(cue.Type) && !NamedAsBan(s, cue);
        string? found = null;
        var weak = false;
        var stop = clauseStart;
        var infinitive = -1;
        var from = cue.End - 1;
        if (CoordinatedVerbGovernor(s, cue) is { } modal)
        {
            // "will adopt the sanctions implemented by the EU and freeze the assets …": the modal of the first verb governs the second.
            found = s.Word(modal) is "would" && Reported(s, modal) ? Announced : Classify(s, modal, suspendingActs, inCue: false);
            stop = modal;
            statedBefore = true;
            from = -1;
        }
        for (var k = from; k >= clauseStart; k--)
        {
            var w = s.Word(k);
            var kind = KindOf(s, k);
            if (IsNoLonger(s, k))
            {
                // "is no longer issuing export permits": the stop is in force.
                found = Enacted;
                stop = k;
                statedBefore = true;
                break;
            }
            if (w is "permitted" or "allowed" && s.Word(k + 1) is "to" && (KindOf(s, k - 1) == WordClass.Negation || (s.Word(k - 1) is "be" && KindOf(s, k - 2) == WordClass.Negation)))
            {
                // "are not allowed to enter", "will not be permitted to provide them with …": the negation is the prohibition itself.
                k -= s.Word(k - 1) is "be" ? 2 : 1;
                found = s.Word(k - 1) is "will" or "would" or "shall" ? Announced : Enacted;
                stop = k;
                statedBefore = true;
                break;
            }
            if (kind == WordClass.Negation || IsContractedNegation(w))
            {
                return null;
            }
            if (k < cue.First && (w is "covers" or "includes" || RestrictsNow(s, k, clauseStart)) && CoverIsInForce(s, k, clauseStart))
            {
                // "The ban, announced by the prime minister, covers all imports of meat": what a ban covers now is banned.
                found = Enacted;
                stop = k;
                statedBefore = true;
                break;
            }
            if (k < cue.First && NamesMeasuresOf(s, k, cue))
            {
                // "The sanctions are travel and asset bans": the measures named as what the sanctions are, as "include" would.
                found = Enacted;
                stop = k;
                statedBefore = true;
                break;
            }
            if (k < cue.First && w is "prevented" or "prevents" or "kept" or "keeps" && s.Word(k + 1) is "from")
            {
                // "are prevented from having trade relations with …": the barring verb is the measure's own; "will be prevented" is to come.
                found = s.Word(k - 1) is "be" && s.Word(k - 2) is "will" or "would" or "shall" ? Announced : Enacted;
                stop = k;
                statedBefore = true;
                break;
            }
            if (k < cue.First && EffortWords.StatusAt(s, k, clauseStart) is { } effort)
            {
                // "is working to impose sanctions": the effort, not the verb after it, says how far the measure is (a "work" inside the cue is the measure's).
                found = effort;
                stop = k;
                statedBefore = true;
                break;
            }
            if (kind == WordClass.Weak && w is "further" && s.Is(k + 1, WordClass.Restricting) && (s.MentionAt(k + 2) is not null || s.Word(k + 2) is "them" or "him" or "her" or "it"))
            {
                continue; // "the actions further bar Russia from …": the adverb of a verb with its object, no new measure weighed
            }
            if (kind == WordClass.Weak)
            {
                weak = true;
                continue;
            }
            if (w is "targeted" && k < cue.End - 1 && cue.First - k <= 2 && (k == clauseStart || KindOf(s, k - 1) == WordClass.Weak
                || s.Word(k - 1) is "the" or "a" or "its" or "their" or "of" or "'s" or "’s" or "and" or "with"))
            {
                // "additional targeted financial sanctions will be imposed": the adjective of the measure, no verb.
                continue;
            }
            if (w is "bans" && k > cue.First)
            {
                // "export bans", "travel bans": the plural noun heading the measure, no verb.
                continue;
            }
            if (w is "target" or "targets" && s.Word(k - 1) is "the" or "a" or "its" or "their" or "new" or "possible")
            {
                // "what would become the targets of rules to limit …": the noun, not the verb of a measure in force.
                continue;
            }
            if (kind == WordClass.None && !w.StartsWith("suspend", StringComparison.Ordinal) && w is not ("is" or "are" or "would"))
            {
                continue;
            }
            found = w is "would" && Reported(s, k) ? Announced : Classify(s, k, suspendingActs, inCue: k >= cue.First);
            if (found == Announced && k < cue.First && AimOfPackage(s, k) is { } head && HeadStatus(s, head, cue.Type) is { } headStatus)
            {
                // "working on a package of sanctions, which aims to ban oil imports": what a package aims at is as far as the package.
                found = headStatus;
                stop = k;
                statedBefore = true;
                break;
            }
            if (found == Lifted && k < cue.First && w is "remove" or "removes" or "removing" or "withdraw" or "withdraws" or "withdrawing" && Roles.IsOwnedStatus(s, cue))
            {
                // "is preparing to remove Peru's most-favoured-nation status": taking a status away is the measure, not its lifting.
                found = Enacted;
            }
            if (found == Lifted && stopsActivity && w.StartsWith("suspend", StringComparison.Ordinal))
            {
                // "has suspended exports to Peru", "suspending new investment there": stopping the trade is the measure.
                found = Enacted;
            }
            if (found == Enacted && w is "include" or "comprise" or "involve" or "entail" && s.Word(k - 1) is "could" or "may" or "might" or "will" or "would" or "shall")
            {
                // "new measures could include a travel ban", "the package will comprise …": the modal says how far the measure is.
                found = s.Word(k - 1) is "will" or "shall" || (s.Word(k - 1) is "would" && Reported(s, k - 1)) ? Announced : Considered;
            }
            if (found == Enacted && k < cue.First && s.Word(k - 1) is "and" or "," or "or" && IsBareVerb(w)
                && PlannedListGovernor(s, k - 1) is { } governor)
            {
                // "plans to freeze assets, ban exports and cut banks from SWIFT": a verb coordinated with an infinitive shares its plan.
                found = Classify(s, governor, suspendingActs, inCue: false);
                stop = governor;
                statedBefore = true;
                break;
            }
            if (found == Enacted && k < cue.First && infinitive < 0 && w.EndsWith("ing", StringComparison.Ordinal)
                && (IsStatusWord(s, k - 1) || s.Word(k - 1) is "by"))
            {
                // "is considering banning exports", "decided to impose sanctions by banning exports": the gerund is what the word
                // before it governs (or the means of the verb before), as an infinitive is.
                infinitive = k;
                found = null;
                continue;
            }
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
            // "will not", "has no plans to": a negation right before the status word governs it too; a
            // lifting denied ("did not lift") leaves the measure in force.
            for (var k = stop - 1; k >= Math.Max(clauseStart, stop - 3); k--)
            {
                if ((KindOf(s, k) == WordClass.Negation && !IsNoLonger(s, k)) || IsContractedNegation(s.Word(k))
                    || (s.Word(k) is "failed" or "fail" or "fails" && s.Word(k + 1) is "to"))
                {
                    // ("were unable to agree sanctions", "failed to agree on sanctions": what was not reached.)
                    return found == Lifted ? Enacted : null;
                }
            }
            // "a resolution that would have lifted sanctions": what would have happened did not.
            if (s.Word(stop - 1) is "have" && s.Word(stop - 2) is "would" or "could" or "might")
            {
                return null;
            }
        }
        if (found is null && NegatedAfter(s, cue))
        {
            return null;
        }
        if (found is null && ToBeImposedAfter(s, cue))
        {
            // "the latest sanctions on Peru, to be imposed from May 3, …": the measure is set for a later day.
            found = Announced;
        }
        if (found is null && ReadAfter(s, cue, suspendingActs) is { } after)
        {
            if (after.Denied)
            {
                return null;
            }
            found = after.Status;
        }
        if (found is null && LongSubjectFuture(s, cue))
        {
            found = Announced;
        }
        if (found is null && ComesAs(s, cue))
        {
            // "Norway's new sanctions on Bolivia come as Norway acts …": the measure that comes is here.
            found = Enacted;
        }
        found ??= (IsHeadlineFuture(s, cue) ? Announced : null) ?? (weak ? Considered : Enacted);
        if (found is Announced or Enacted && IsHypothetical(s) && !HasPerfect(s, clauseStart, cue.First))
        {
            return Considered;
        }
        return found;
    }

    /// <summary>Verbs of measures that a coordinated verb phrase may open with ("… and freeze their assets").</summary>
    private static readonly WordSet MeasureVerbs = WordSet.Of("freeze ban bar block cut halt expel exclude restrict prohibit stop impose sanction blacklist seize revoke suspend");

    /// <summary>
    /// "will adopt the sanctions implemented by the EU and freeze the assets of …": a measure verb in its bare form right after
    /// "and" shares the modal of the verb it is joined to (the nearest "will", "would", "could", "may" before it with a bare verb
    /// after, in the same sentence part); participles between them ("implemented by", "involved in") describe the first verb's
    /// object. Null when the cue opens with no such verb, or no modal governs it.
    /// </summary>
    private static int? CoordinatedVerbGovernor(SentenceView s, Cue cue)
    {
        if (s.Word(cue.First - 1) is not "and" || !MeasureVerbs.Contains(s.Word(cue.First)) || s.Word(cue.First + 1) is "on" or "of" or "and" or ",")
        {
            return null;
        }
        for (var k = cue.First - 2; k >= Math.Max(0, cue.First - 25); k--)
        {
            var w = s.Word(k);
            if (w is "." or ";" or ":" or "but" or "while" or "which" or "who" or "that" or "\"" or "“" or "”" || KindOf(s, k) == WordClass.Negation
                || IsContractedNegation(w))
            {
                return null;
            }
            if (w is "will" or "would" or "shall" or "could" or "may" or "might" or "should" && IsBareVerb(s.Word(k + 1)) && s.MentionAt(k + 1) is null
                && KindOf(s, k + 1) != WordClass.Negation && s.Word(k + 1) is not ("be" or "have"))
            {
                return k;
            }
            // "plans to adopt … and freeze", "is going to adopt … and freeze": a verb of intent before "to" governs both verbs.
            if (w is "to" && s.Word(k - 1) is "plans" or "plan" or "planning" or "intends" or "intend" or "going" or "set" or "expected" && IsBareVerb(s.Word(k + 1))
                && s.MentionAt(k + 1) is null && s.Word(k + 1) is not ("be" or "have"))
            {
                return k - 1;
            }
        }
        return null;
    }

    /// <summary>
    /// "the package of sanctions, which aims to …", "new measures that aim to …": the noun a relative clause of aiming at token
    /// <paramref name="k"/> describes, when it is a package or sanctions; null otherwise.
    /// </summary>
    private static int? AimOfPackage(SentenceView s, int k)
    {
        if (s.Word(k) is not ("aims" or "aim") || s.Word(k + 1) is not "to" || s.Word(k - 1) is not ("which" or "that"))
        {
            return null;
        }
        var head = k - 2 - (s.Word(k - 2) is "," ? 1 : 0);
        return s.Word(head) is "package" or "packages" or "sanctions" or "measures" or "round" or "tranche" or "penalties" ? head : null;
    }

    /// <summary>The status the words before a package noun state for it (its own clause), or null when none states one.</summary>
    private static string? HeadStatus(SentenceView s, int head, string type)
    {
        var status = Read(s, new Cue(type, head, head + 1), Roles.ClauseStart(s, head), out var stated);
        return stated ? status : null;
    }

    /// <summary>
    /// The plan of a lead line that ends in ":" ("The package will include:", "The Commission proposed:"): announced or
    /// considered by its weakest status word; null for a line that is no lead, states a fact or denies.
    /// </summary>
    public static string? PlannedLead(SentenceView s)
    {
        var n = s.Tokens.Count;
        if (n < 2 || s.Word(n - 1) is not ":")
        {
            return null;
        }
        string? plan = null;
        for (var k = 0; k < n - 1; k++)
        {
            var kind = KindOf(s, k);
            if (kind == WordClass.Negation || IsContractedNegation(s.Word(k)))
            {
                return null;
            }
            if (kind == WordClass.Considered)
            {
                plan = Considered;
            }
            else if (kind == WordClass.Announced && plan is null)
            {
                plan = Announced;
            }
        }
        return plan;
    }

    /// <summary>Others' measures named as background ("those imposed by the EU"): the participle after them, else in force.</summary>
    public static string ReadBackground(SentenceView s, Cue cue) =>
        ReadAfter(s, cue, suspendingActs: false) is { Denied: false } after ? after.Status : Enacted;

    /// <summary>
    /// "the travel ban was suspended", "suspended its ban on travel": a measure named as a ban is lifted by
    /// suspending it, unlike "suspended visa-free travel", where the suspending is the measure.
    /// </summary>
    private static bool NamedAsBan(SentenceView s, Cue cue)
    {
        for (var k = Math.Max(0, cue.First - 2); k <= cue.End; k++)
        {
            if (s.Word(k) is "ban" or "bans" or "embargo" or "embargoes" or "restriction" or "restrictions" or "controls" or "curbs"
                    or "sanctions" or "measures"
                && (k >= cue.First || s.Word(k + 1) is "on"))
            {
                return true;
            }
        }
        return false;
    }

    private static string? Classify(SentenceView s, int k, bool suspendingActs, bool inCue)
    {
        var word = s.Word(k);
        var previous = s.Word(k - 1);
        if (suspendingActs && word.StartsWith("suspend", StringComparison.Ordinal) || (suspendingActs && word is "removed" or "ended"))
        {
            return Enacted;
        }
        var kind = KindOf(s, k);
        if (kind == WordClass.Lifted && !(inCue && word is "end" or "ending"))
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
        if (word is "approve" or "approves" or "approved" or "agreed" && IsAdoption(s, k))
        {
            // "the EU approved its tenth package of sanctions", "ministers agreed further sanctions": a measure adopted is in force.
            return Enacted;
        }
        if (word is "is" or "are" && s.Word(k + 1) is "to")
        {
            // "Canada is to ban exports": a plan stated as fact, like "will".
            return Announced;
        }
        return kind switch
        {
            WordClass.Considered => Considered,
            WordClass.Announced => Announced,
            WordClass.Enacted => Enacted,
            _ => null,
        };
    }

    /// <summary>"the sanctions are travel bans", "the measures are an asset freeze and …": a copula between a general measure noun and the cue.</summary>
    private static bool NamesMeasuresOf(SentenceView s, int k, Cue cue) =>
        s.Word(k) is "are" && s.Word(k - 1) is "sanctions" or "measures" or "penalties" && cue.First - k <= 3
        && s.Word(k + 1) is not ("to" or "not" or "being" or "expected" or "likely" or "set" or "due");

    /// <summary>
    /// "approved new sanctions", "agreed further sanctions": the adopting verb with the measure as its object, not "agreed to
    /// impose" (a promise) nor "will approve", "could agree" (the modal says how far the measure is).
    /// </summary>
    private static bool IsAdoption(SentenceView s, int k)
    {
        var next = s.Word(k + 1);
        if (next is "to" or "on" or "that" or "with" or "in" || (s.Word(k) is "approve" && s.Word(k - 1) is not ("has" or "have")))
        {
            return false;
        }
        for (var j = k - 1; j >= Math.Max(0, k - 3); j--)
        {
            if (KindOf(s, j) is WordClass.Considered or WordClass.Announced || s.Word(j) is "to" or "would")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Japan to widen sanctions on Russia", "Seoul, Tokyo to ban exports": headline style, where the
    /// sentence opens with its states and "to" stands for "will".
    /// </summary>
    private static bool IsHeadlineFuture(SentenceView s, Cue cue)
    {
        var k = 0;
        while (k < cue.First && (s.MentionAt(k) is not null || s.Word(k) is "," or "and" or "the"))
        {
            k++;
        }
        return k > 0 && k < cue.First && s.MentionAt(k - 1) is not null && s.Word(k) is "to" && s.MentionAt(k + 1) is null;
    }

    /// <summary>
    /// "Talks on a $100 billion trade deal with Turkey will be terminated": the future passive of a measure whose subject runs
    /// past the few words <see cref="ReadAfter"/> reads; "the new sanctions on Peru will include": the future of what it contains.
    /// </summary>
    private static bool LongSubjectFuture(SentenceView s, Cue cue)
    {
        for (var k = cue.End; k < Math.Min(s.Tokens.Count - 2, cue.End + 16); k++)
        {
            var w = s.Word(k);
            if (w is "," or ";" or "which" or "that" or "who" or "but")
            {
                return false;
            }
            if (w is "will" or "would" or "shall" && s.Word(k + 1) is "be" && IsStatusWord(s, k + 2) && s.Word(k + 2).EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
            if (w is "will" or "shall" && s.Word(k + 1) is "include" or "comprise" or "involve" or "entail" or "consist" or "contain")
            {
                // "Norway's new package of sanctions against Peru will include: …": what the measure will contain is its plan.
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "The new sanctions on Bolivia come as …", "The measures came days after …": the measure as the subject of "come" that
    /// a time or reason follows, as news sets a measure taken beside events; not "could come as soon as next week".
    /// </summary>
    private static bool ComesAs(SentenceView s, Cue cue)
    {
        for (var k = cue.End; k < Math.Min(s.Tokens.Count - 1, cue.End + 10); k++)
        {
            var w = s.Word(k);
            if (w is "," or ";" or "which" or "that" or "who" or "but" || IsStatusWord(s, k) || KindOf(s, k) is WordClass.Negation or WordClass.Conditional)
            {
                return false;
            }
            if (w is "come" or "comes" or "came")
            {
                var next = s.Word(k + 1);
                return (next is "as" && s.Word(k + 2) is not "soon") || next is "after" or "amid" or "following"
                    || (next is "days" or "weeks" or "hours" or "months" or "just" or "shortly" && s.Word(k + 2) is "after" or "before" or "as");
            }
        }
        return false;
    }

    /// <summary>
    /// "The export controls announced in the two rules today restrict China's access": measures as the subject of a plural verb of
    /// restricting in the present; a participle that describes them ("announced", "unveiled") does not make them a plan.
    /// </summary>
    private static bool RestrictsNow(SentenceView s, int k, int clauseStart)
    {
        if (s.Word(k) is not ("restrict" or "limit" or "curb" or "bar" or "deny" or "block" or "prohibit") || s.Word(k - 1) is "to" or "and" or "or")
        {
            return false;
        }
        for (var j = clauseStart; j < k; j++)
        {
            if (s.Word(j) is "controls" or "rules" or "measures" or "regulations" or "restrictions" or "sanctions" && s.Word(j + 1) is not "to")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"The ban … covers": a present tense of a measure that no word before it puts in the future or in doubt.</summary>
    private static bool CoverIsInForce(SentenceView s, int k, int clauseStart)
    {
        for (var j = clauseStart; j < k; j++)
        {
            if (s.Word(j) is "proposed" or "planned" or "possible" or "draft" or "would" or "will" or "could" or "may" or "if")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"cut", "put", "hit": an enacted word that can stand after "to" (not "froze", "imposed", "bans").</summary>
    private static bool IsBareVerb(ReadOnlySpan<char> w) =>
        !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal)
        && w is not ("froze" or "frozen" or "withdrew" or "withdrawn" or "had" or "already" or "force" or "took" or "effect" or "kept");

    /// <summary>
    /// The planning word ("plans", "threatened", "decided") of the infinitive a list of verbs ending at <paramref name="join"/> goes
    /// back to ("plans to freeze assets, ban exports and cut …"); null when a verb with its own subject or tense comes first.
    /// </summary>
    private static int? PlannedListGovernor(SentenceView s, int join)
    {
        for (var k = join - 1; k >= Math.Max(1, join - 20); k--)
        {
            var w = s.Word(k);
            if (w is "." or ";" or ":" or "but" or "while" or "which" or "who")
            {
                return null;
            }
            if (w is "to" && KindOf(s, k - 1) is WordClass.Announced or WordClass.Considered && s.MentionAt(k + 1) is null)
            {
                return k - 1;
            }
            if (KindOf(s, k) is WordClass.Enacted or WordClass.Lifted && s.Word(k - 1) is not ("to" or "and" or "," or "or"))
            {
                return null;
            }
        }
        return null;
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

    /// <summary>
    /// A passive or a predicate after the cue: "sanctions were lifted", "will take effect", "remain in force";
    /// past the target, only a passive ("sanctions on Iran were lifted by Japan"). A negation before it denies
    /// the measure, except a lifting denied ("were not lifted"), which leaves it in force.
    /// </summary>
    private static (string Status, bool Denied)? ReadAfter(SentenceView s, Cue cue, bool suspendingActs)
    {
        var negated = false;
        var pastTarget = false;
        var auxiliary = false;
        // The predicate may follow the measure's own complement: "remittances of money to the country would be forbidden".
        for (var k = cue.End; k < Math.Min(s.Tokens.Count, cue.End + 9); k++)
        {
            var w = s.Word(k);
            if (w is "," or ";" or "which" or "that")
            {
                break;
            }
            if (w is "against" or "on")
            {
                if (pastTarget || auxiliary)
                {
                    break;
                }
                pastTarget = true;
                continue;
            }
            if (w is "has" or "have" or "was" or "were" or "is" or "are" or "been" or "had" or "be")
            {
                auxiliary = true;
                continue;
            }
            if (w is "bans" && (k == cue.End || s.Word(k - 1) is "travel" or "export" or "import" or "entry" or "visa" or "trade" or "arms" or "investment"))
            {
                continue; // "travel bans will be imposed", "sanctions and travel bans will be imposed": a noun, no verb
            }
            if (KindOf(s, k) == WordClass.Negation || IsContractedNegation(w))
            {
                // "sanctions on Iran weren't imposed": a contracted auxiliary is an auxiliary too, as "were not" is.
                auxiliary |= IsContractedAuxiliary(w);
                negated = true;
                continue;
            }
            if (pastTarget && !auxiliary)
            {
                // The target's words ("on Iran's central bank"); a status word before any auxiliary is not the measure's.
                if (IsStatusWord(s, k))
                {
                    break;
                }
                continue;
            }
            // "… told a news conference that remittances … would be forbidden": a reported future is announced.
            var status = s.Word(k) is "would" && Reported(s, k) ? Announced : Classify(s, k, suspendingActs, inCue: false);
            if (status is not null)
            {
                return negated ? (status == Lifted ? (Enacted, false) : (status, true)) : (status, false);
            }
            if (pastTarget)
            {
                // "sanctions on Russia are working": past the target, the word after the auxiliary is the predicate or nothing is.
                break;
            }
        }
        return null;
    }

    /// <summary>"didn't", "won’t": a contracted negation in either apostrophe (the tokenizer keeps the word whole).</summary>
    private static bool IsContractedNegation(ReadOnlySpan<char> w) =>
        w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal);

    private static bool IsContractedAuxiliary(ReadOnlySpan<char> w) =>
        w is "weren't" or "wasn't" or "isn't" or "aren't" or "hasn't" or "haven't" or "hadn't" or "weren’t" or "wasn’t" or "isn’t" or "aren’t"
            or "hasn’t" or "haven’t" or "hadn’t";

    /// <summary>"the sanctions are not expected to target oil": a negated predicate after the cue denies it.</summary>
    private static bool NegatedAfter(SentenceView s, Cue cue)
    {
        for (var k = cue.End; k < Math.Min(s.Tokens.Count, cue.End + 5); k++)
        {
            var w = s.Word(k);
            if (w is "," or ";" or "against" or "on" or "which" or "that")
            {
                return false;
            }
            if (KindOf(s, k) == WordClass.Negation || IsContractedNegation(w))
            {
                // "the sanctions weren't lifted": a lift denied leaves the measure in force (read after the cue), as "were not lifted" does.
                return !IsLiftAhead(s, k + 1);
            }
            if (IsStatusWord(s, k))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsLiftAhead(SentenceView s, int k) =>
        KindOf(s, k) == WordClass.Lifted || (s.Word(k) is "been" or "be" && KindOf(s, k + 1) == WordClass.Lifted);

    /// <summary>"no longer issuing export permits": stopping what trade needs restricts it; the "no" denies nothing.</summary>
    private static bool IsNoLonger(SentenceView s, int k) => s.Word(k) is "no" && s.Word(k + 1) is "longer";

    private static bool IsHypothetical(SentenceView s)
    {
        if (!s.Has(WordClass.Conditional))
        {
            return false;
        }
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            var w = s.Word(k);
            if (w is "if" && s.Word(k + 1) is "any" or "applicable" or "so" && s.Word(k + 2) is ")" or "," or "." or ";")
            {
                continue; // "blocking of their property (if any)": an aside on what there is, no condition on the measure
            }
            if (w is "unless" && s.Word(k + 1) is "authorized" or "authorised" or "licensed" or "exempted" or "otherwise" or "approved" or "permitted")
            {
                continue; // "are prohibited unless authorized by a license": the exception a ban in force allows, no condition on it
            }
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
}
