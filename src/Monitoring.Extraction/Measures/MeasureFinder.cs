using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Measures;

/// <summary>
/// Reads the measures of an article sentence by sentence. The article's context fills what a
/// sentence leaves implicit: "It also restricted exports … to the country" takes the imposer and
/// target of the sentence before. One entry per (type, imposer, target), at the strongest status.
/// </summary>
internal sealed class MeasureFinder
{
    /// <summary>
    /// What a number near a cue counts (<see cref="WordClass.Quantified"/>); function words of English
    /// (<see cref="WordClass.English"/>), none of them a word of the languages after; function words of
    /// French, German, Spanish and Italian that English text does not use, name particles left out
    /// (<see cref="WordClass.Foreign"/>). The last two are matched as written.
    /// </summary>
    public static (WordClass Class, string Words)[] Vocabulary() =>
    [
        (WordClass.Quantified,
            "individuals entities organizations organisations banks companies firms people persons officials items vessels " +
            "ships tankers businesses groups lawmakers oligarchs products goods diplomats citizens nationals billion million " +
            "trillion bn mln percent %"),
        (WordClass.English,
            "the of to and for with by against from that is was were has have had would its their it said an at as this which be been are"),
        (WordClass.Foreign,
            "le les des du et une est sont ont contre sur avec dans aux au qui pas " +
            "das und ein eine einen gegen mit zu ist sind nicht auf für über den dem wird werden nach bei " +
            "los las y con por para una que es sus il della gli che sono"),
    ];

    /// <summary>One entry per (type, imposer, target), in the order first found; an article has a handful, so a list searched in order serves.</summary>
    private readonly List<Measure> _found = [];
    private readonly List<int> _keys = [];
    private readonly List<Cue> _cues = [];

    // Working lists of the cue being read, kept from one to the next.
    private readonly List<Entity> _imposers = [];
    private readonly List<string> _targets = [];
    private readonly List<string> _aimed = [];
    private readonly List<string> _listed = [];
    /// <summary>The state the article's outlet is at home in (<see cref="OutletCountry"/>), whose bare "the Government" it means.</summary>
    public Entity? HomeState { get; init; }

    private Entity? _lastImposer;

    /// <summary>The imposer of the last measure named with no target, and its sentence: the context before any measure is whole.</summary>
    private Entity? _targetless;
    private int _targetlessSentence = -10;

    /// <summary>The imposer of a measure named without a target in one of the two sentences before (see <see cref="_targetless"/>).</summary>
    private Entity? TargetlessImposer(List<string> targets) =>
        _sentence - _targetlessSentence <= 2 && _targetless is { } imposer && !targets.Contains(imposer.Name) ? imposer : null;
    private int _lastImposerCount;

    // "Britain and Canada have announced sanctions …": states joined by "and" as one subject, and the sentence that named them.
    private readonly List<Entity> _jointImposers = [];
    private int _jointSentence = -10;

    /// <summary>Whether a state outside <see cref="_jointImposers"/> was given a measure since they were named.</summary>
    private bool _outsideJoint;

    // Whether this sentence and the one before named states as a group ("Western countries"): "They" may be them.
    private bool _groupNamed;
    private bool _groupBefore;
    private readonly List<string> _lastTargets = [];
    private int _lastTargetsSentence = -1;
    private Entity? _firstState;
    private int _sentence;

    /// <summary>The number <see cref="_sentence"/> has while the first sentence, the headline, is read.</summary>
    private const int HeadlineSentence = 1;
    private int _lastMeasureSentence = -10;

    // The first two states named in the sentence before and in this one: who "each other" means.
    private (string A, string B)? _pairBefore;
    private (string A, string B)? _pair;

    /// <summary>The plan a lead line ending in ":" states ("The package will include:"), which the bulleted items after it share.</summary>
    private string? _listStatus;
    private bool _inListItem;

    /// <summary>Whether the Entity List was named: "placed on this list" then means it.</summary>
    private bool _entityList;
    private bool _armsEmbargo;

    /// <summary>Measures of a headline that names no imposer, with whether their target was named as a state; resolved at the end.</summary>
    private List<(Measure Measure, bool Direct)>? _headline;

    /// <summary>Whether a found entry's target was named as a state in its sentence (not only through its people, firms or context).</summary>
    private readonly List<bool> _direct = [];

    /// <summary>Per found measure, the sentence it was first found in, and whether that sentence gave it as one more ("also", "already").</summary>
    private readonly List<int> _firstSentence = [];
    private readonly List<bool> _added = [];

    /// <summary>Per found measure, whether the sentence it was first found in opens with an earlier time ("In June,", "Last month,").</summary>
    private readonly List<bool> _dated = [];

    /// <summary>Per found measure, the year its status sentence dates itself to (0: none); see <see cref="StatedYear"/>.</summary>
    private readonly List<int> _years = [];

    /// <summary>
    /// Per found measure, whether its status was read from a headline line (<see cref="IsHeadlineLine"/>), and the strongest
    /// reading the article's own sentences gave it (null: none). See <see cref="HeadlineYields"/>.
    /// </summary>
    private readonly List<bool> _fromHeadline = [];
    private readonly List<Measure?> _bodyBest = [];

    /// <summary>Per found measure, whether a sentence of the article gave it as announced by a past deed ("has announced", "decided to").</summary>
    private readonly List<bool> _bodyDeed = [];

    /// <summary>Whether the sentence being read is a headline line.</summary>
    private bool _headlineLine;

    /// <summary>
    /// The entries, less a general sanction aimed at a state only through its people or firms when the article
    /// names that imposer's specific measures on the same state: "the sanctioned oligarchs" are the freeze's.
    /// </summary>
    public IReadOnlyList<Measure> Measures
    {
        get
        {
            var result = new List<Measure>(_found.Count);
            for (var i = 0; i < _found.Count; i++)
            {
                var m = HeadlineYields(i) ? _bodyBest[i]! : _found[i];
                if ((m.Type != MeasureTypes.SanctionsGeneral || _direct[i] || !HasSpecific(m.Imposer, m.Target, _firstSentence[i])) && !SpeaksForBloc(m))
                {
                    result.Add(m);
                }
            }
            foreach (var (pending, direct) in _headline ?? [])
            {
                // "Treasury heightens sanctions on Russia": the imposer the article shows acting on the headline's target.
                var imposer = FirstImposerOn(pending.Target);
                if (imposer is not null && IndexOf(pending.Type, imposer, pending.Target) < 0 && !result.Exists(r => r.Type == pending.Type && r.Imposer == imposer && r.Target == pending.Target)
                    && (pending.Type != MeasureTypes.SanctionsGeneral || direct || !HasSpecific(imposer, pending.Target, HeadlineSentence)))
                {
                    result.Add(pending with { Imposer = imposer });
                }
            }
            return result;
        }
    }

    /// <summary>
    /// The bloc's members set their sanctions together: one member's minister threatening "new sanctions" on a state the
    /// bloc already sanctions in the same article speaks of the bloc's measures, not of a national regime of its own.
    /// Only a threat or call (considered) of sanctions named without a type; a member's own export controls stay its.
    /// </summary>
    private bool SpeaksForBloc(Measure m)
    {
        if (m.Type != MeasureTypes.SanctionsGeneral || m.Status != MeasureStatus.Considered || !BlocMembers.Contains(m.Imposer))
        {
            return false;
        }
        foreach (var other in _found)
        {
            if (other.Imposer == Bloc && other.Target == m.Target)
            {
                return true;
            }
        }
        return false;
    }

    private const string Bloc = "European Union";

    private static readonly WordSet BlocMembers = new(
    [
        "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czech Republic", "Denmark", "Estonia", "Finland", "France",
        "Germany", "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands",
        "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden",
    ]);

    /// <summary>
    /// A headline's present tense tells of what is done and of what is about to be ("Norway sanctions Peruvian banks"): when
    /// the article's sentences give the same measure only as announced ("Norway will freeze the assets of …"), the body says
    /// how far it is, not the headline's enacted.
    /// </summary>
    private bool HeadlineYields(int i) =>
        _fromHeadline[i] && _found[i].Status == MeasureStatus.Enacted && _bodyBest[i] is { Status: MeasureStatus.Announced } && !_bodyDeed[i];

    /// <summary>
    /// "will freeze", "would be imposed", "is to ban": the measure told as to come (a future word before it in its clause, or
    /// right after it), not as a deed of announcing ("has announced sanctions", "decided to freeze"), which a headline's
    /// present tense may report as done.
    /// </summary>
    private static bool ToldAsToCome(SentenceView s, Cue cue)
    {
        for (var k = cue.First - 1; k >= Math.Max(0, cue.First - 12); k--)
        {
            var w = s.Word(k);
            if (w is ";" or ":" or "but" or "while" || (w is "," && k < cue.First - 1 && s.Word(k + 1) is "and" or "which" or "who"))
            {
                break;
            }
            if (IsFutureWord(s, k))
            {
                return true;
            }
            if (w is "announced" or "announces" or "announce" or "decided" or "decides" or "agreed" or "approved" or "unveiled" or "unveils")
            {
                return false;
            }
        }
        for (var k = cue.End; k < Math.Min(s.Tokens.Count, cue.End + 6); k++)
        {
            if (s.Word(k) is "," or ";" or "." or "which" or "that" or "approved" or "adopted" or "agreed" or "decided" or "announced")
            {
                break;
            }
            if (IsFutureWord(s, k))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsFutureWord(SentenceView s, int k) =>
        s.Word(k) is "will" or "shall" or "would" || s.Word(k).EndsWith("'ll", StringComparison.Ordinal) || s.Word(k).EndsWith("’ll", StringComparison.Ordinal)
        || (s.Word(k) is "is" or "are" && s.Word(k + 1) is "to") || (s.Word(k) is "going" && s.Word(k + 1) is "to")
        || (s.Word(k) is "plans" or "plan" or "intends" or "intend" && s.Word(k + 1) is "to");

    /// <summary>
    /// A headline line: a line of its own that ends without a stop ("Norway sanctions Peruvian banks over vote"), as titles
    /// and subheads are written; a sentence of the article ends with one.
    /// </summary>
    private static bool IsHeadlineLine(SentenceView s)
    {
        var n = s.Tokens.Count;
        return n >= 3 && s.OpensLine && s.Word(n - 1) is not ("." or "!" or "?" or ":" or ";" or "\"" or "”" or "'" or "’" or ")" or "…");
    }

    private string? FirstImposerOn(string target)
    {
        foreach (var m in _found)
        {
            if (m.Target == target)
            {
                return m.Imposer;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the imposer has a specific measure on the target that may be what the general sanction carried out: not one a
    /// later sentence gives as one more, as older or as further measures ("imposed new penalties on eight Belarusian officials.
    /// An asset freeze has also been placed on a potash producer"; "imposed sanctions on four officials in Peru. New measures
    /// could involve a travel ban"). Nor one a sentence dates to an earlier time ("sanctioned six officials … In June, it
    /// imposed travel penalties on his circle"): an older round carried out nothing of today's.
    /// </summary>
    private bool HasSpecific(string imposer, string target, int generalSentence)
    {
        for (var j = 0; j < _found.Count; j++)
        {
            var m = _found[j];
            if (m.Type != MeasureTypes.SanctionsGeneral && m.Imposer == imposer && m.Target == target
                && !(_added[j] && _firstSentence[j] > generalSentence)
                && !(_dated[j] && _firstSentence[j] != generalSentence))
            {
                return true;
            }
        }
        return false;
    }

    private void ListedBy(string imposer, List<string> into)
    {
        if (imposer == "United Nations")
        {
            imposer = "UN Security Council"; // as Add names it
        }
        foreach (var m in _found)
        {
            if (m.Imposer == imposer && !into.Contains(m.Target))
            {
                into.Add(m.Target);
            }
        }
    }

    /// <summary>
    /// Whether the cue is what someone is barred "from" doing ("barred from making new investments") or transactions barred, and
    /// every mention of <paramref name="name"/> in the sentence is where or with whom ("in the country", "with Peru").
    /// </summary>
    private static bool OnlyDealtWith(SentenceView s, string name, Cue cue, int nextCue)
    {
        var barred = false;
        for (var k = cue.First - 1; k >= Math.Max(0, cue.First - 3); k--)
        {
            barred |= s.Word(k) is "from" && s.Word(k + 1) is "making" or "engaging" or "doing" or "trading" or "conducting" or "having";
        }
        var until = s.Tokens.Count;
        for (var k = Math.Max(0, cue.First - 3); !barred && k < Math.Min(s.Tokens.Count, cue.End + 2); k++)
        {
            // "block any transactions with Norwegian entities": the imposer's own people are the other side of the dealings barred
            // (up to the next measure: "…, and bar him from Norway" is the travel ban's).
            barred = cue.Type == MeasureTypes.FinancialRestriction && s.Word(k) is "transactions" or "dealings";
            until = barred ? nextCue : until;
        }
        if (!barred)
        {
            return false;
        }
        var any = false;
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Name != name || m.First >= until)
            {
                continue;
            }
            var before = m.First - 1;
            if (s.Word(before) is "the")
            {
                before--;
            }
            if (s.Word(before) is not ("with" or "in" or "into"))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    /// <summary>Whether every mention of <paramref name="name"/> in the sentence owns a list: "the UN blacklist", "the EU sanctions list".</summary>
    private static bool OnlyListOwner(SentenceView s, string name)
    {
        var any = false;
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Name != name)
            {
                continue;
            }
            // ("the Dutch control list", "the US entity list".)
            if (!(s.Word(m.End) is "blacklist" or "list" || (s.Word(m.End) is "sanctions" or "control" or "entity" or "export" && s.Word(m.End + 1) is "list")
                || NamesSanctionsRegime(s, m.End)))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    /// <summary>
    /// "an application of the EU Global Human Rights Sanctions Regime", "under the UK's Russia sanctions regime": the name of a
    /// legal regime (up to four words of it after the owner) owned by the state before it. A state right before the words
    /// ("the Sudan sanctions regime") is what the regime is aimed at.
    /// </summary>
    private static bool NamesSanctionsRegime(SentenceView s, int k)
    {
        var possessive = s.Word(k) is "'s" or "’s";
        k += possessive ? 1 : 0;
        // The words between are the regime's name ("Global Human Rights"), capitalised; "with the Sudan sanctions regime" is another's.
        for (var j = k; j <= k + 5 && j + 1 < s.Tokens.Count && s.Tokens[j].IsWord; j++)
        {
            if (s.Word(j) is "sanctions" && s.Word(j + 1) is "regime" or "regimes")
            {
                return j > k || possessive;
            }
            if (!char.IsUpper(s.Text(j)[0]))
            {
                return false;
            }
        }
        return false;
    }

    private static bool NamesGroupOfStates(SentenceView s)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.Word(k) is "countries" or "nations" or "allies" or "partners" or "governments" or "powers" or "democracies")
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesState(SentenceView s, string state)
    {
        foreach (var m in s.Mentions)
        {
            // "Russia-based oligarchs" name people, not the state.
            // Nor does a state named as the reason: "in retaliation to Russia's aggression".
            // "7 oligarchs from Russia" names people too.
            if (m.Entity.Kind == ActorKind.Country && m.Role != FormRole.Demonym && m.Entity.Name == state && s.Word(m.End) is not "-" && !Roles.IsReason(s, m)
                && !OwnsPartiesAimedAt(s, m) && !NamesPeopleAfter(s, m)
                && !(s.Word(m.First - 1) is "from" or "in" or "of" && s.Is(m.First - 2, WordClass.Quantified))
                && !PlaceOrOwner(s, m) && !InReportedClause(s, m) && !OfficeOf(s, m) && !InLawTitle(s, m)
                && !InDeedOfPeople(s, m))
            {
                return true;
            }
            if (m.Entity.Kind == ActorKind.Country && m.Role == FormRole.Demonym && m.Entity.Name == state && AimsAtRulers(s, m))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "New Sanctions on Syrian Government", "sanctions against the Bolivian regime": the state's ruling body named with its
    /// demonym as what the sanctions are on is the state, as "the government of Syria" is.
    /// </summary>
    private static bool AimsAtRulers(SentenceView s, Mention m)
    {
        var before = s.Word(m.First - 1) is "the" ? m.First - 2 : m.First - 1;
        return s.Word(m.End) is "government" or "regime" or "junta" && s.Word(before) is "on" or "against" or "targeting";
    }

    /// <summary>
    /// "announced sanctions on a dozen Iranian individuals, warning that the administration in Tehran …": a state named
    /// only in what the imposer says beside the measure is not what the measure is aimed at.
    /// </summary>
    private static bool InReportedClause(SentenceView s, Mention m)
    {
        for (var k = m.First - 1; k > 0; k--)
        {
            if (s.Word(k - 1) is "," && s.Word(k) is "warning" or "saying" or "adding" or "noting" or "arguing" or "claiming" or "accusing")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "until control in Caracas could be transferred", "preserve these assets for the people of Venezuela", "diverting of
    /// Venezuela's assets": a state named as a place or as the owner of what the measure keeps is not the state aimed at
    /// (unlike "the government of Venezuela").
    /// </summary>
    private static bool PlaceOrOwner(SentenceView s, Mention m)
    {
        var before = s.Word(m.First - 1) is "the" ? m.First - 2 : m.First - 1;
        if (before >= 1 && s.Word(before) is "in" or "of" && !s.Is(before - 1, WordClass.Sanction | WordClass.GovernmentNoun | WordClass.CueHead))
        {
            return true;
        }
        return s.Word(m.End) is "'s" or "’s" && s.Word(m.End + 1) is "assets" or "funds" or "property" or "resources" or "wealth" or "money";
    }

    /// <summary>People and bodies a state's name may stand before as a noun modifier ("Belarus leader", "Iran officials").</summary>
    private static readonly WordSet PeopleNouns = WordSet.Of(
        "leader leaders president officials official figures individuals citizens nationals businessmen businesspeople oligarchs " +
        "minister ministers generals commanders officers judges entities companies firms company firm business businesses conglomerates");

    /// <summary>Words that say what a firm or a body of a state is: "state oil firm", "state-owned oil company", "military junta".</summary>
    private static readonly WordSet FirmQualifiers = WordSet.Of("state state-owned state-run owned run - oil gas energy military national");

    /// <summary>
    /// "sanctions Belarus leader Lukashenko", "seven Belarus officials", "Iran Defence Minister …": a state's name used as
    /// the modifier of its people names them, as a demonym does, not the state.
    /// </summary>
    private static bool NamesPeopleAfter(SentenceView s, Mention m)
    {
        // Past the words of an office or a body: "Iran Defence Minister", "Minsk Riot Police chief Dmitry Balaba".
        var k = m.End;
        // ("Sudan state oil firm", "Sudan military generals": past the words of what the firm or people are.)
        while (k < s.Tokens.Count && k - m.End < 4 && s.MentionAt(k) is null
            && ((s.Tokens[k].IsCapitalized && s.Tokens[k].IsWord) || s.Word(k) is "chief" or "head" or "deputy" || FirmQualifiers.Contains(s.Word(k))))
        {
            if (PeopleNouns.Contains(s.Word(k)))
            {
                return true;
            }
            k++;
        }
        return k < s.Tokens.Count && (PeopleNouns.Contains(s.Word(k)) || s.MentionAt(k) is { Entity.Kind: ActorKind.Person });
    }

    /// <summary>
    /// "sanctions on Russia's two largest financial institutions", "sanctions Iran's Revolutionary Guard": a state's
    /// possessive before its firms, people or bodies names them, not the state.
    /// </summary>
    private static bool OwnsPartiesAimedAt(SentenceView s, Mention m)
    {
        if (s.Word(m.End) is not ("'s" or "’s"))
        {
            return false;
        }
        if (s.MentionAt(m.End + 1) is { Entity: { Kind: ActorKind.Person } leader } && leader.Country == m.Entity.Name
            && Gazetteer.Default.Find(leader.Name) == leader)
        {
            return false; // "sanctions Syria's Assad": the state's own leader, whom the tables know, stands for its government
        }
        for (var k = m.End + 1; k <= m.End + 5 && k < s.Tokens.Count; k++)
        {
            // ("Sudan's state-owned oil company": a firm of the state. Its ruling body, "Sudan's military junta", is the state.)
            if (s.MentionAt(k) is { Entity.Kind: ActorKind.Organization or ActorKind.Person } || s.Word(k) is "institutions" or "lenders" or "elites" or "leaders"
                or "company" or "companies" or "firm" or "firms" or "generals" || OfficeHolder(s.Word(k))
                || (s.Is(k, WordClass.Quantified) && s.Tokens[k].IsWord && s.Word(k) is not ("goods" or "products" or "items" or "billion" or "million" or "trillion" or "percent")))
            {
                return true;
            }
            if ((!s.Tokens[k].IsWord && s.Word(k) is not "-") || s.Is(k, WordClass.Sanction))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "to sanction persons who take part in abuses by the Government of Ruritania": a state named in what the listed people
    /// did is not the state aimed at.
    /// </summary>
    private static bool InDeedOfPeople(SentenceView s, Mention m)
    {
        for (var k = m.First - 1; k > 0 && m.First - k <= 15; k--)
        {
            if (s.Word(k) is "who" && s.Is(k - 1, WordClass.Quantified))
            {
                return true;
            }
            if (s.Word(k) is ";" or "." or ":")
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"the Vice President of Ruritania", "the foreign minister of Freedonia": the state names its office holder, who is aimed at.</summary>
    private static bool OfficeOf(SentenceView s, Mention m) =>
        s.Word(m.First - 1) is "of" && OfficeHolder(s.Word(s.Word(m.First - 2) is "the" ? m.First - 3 : m.First - 2));

    /// <summary>
    /// "pursuant to The Ruritania (Sanctions) Regulations 2019", "under the Freedonia Accountability Act": a state named in
    /// the title of the law a listing is made under is not the state the listing aims at, nor one that imposes.
    /// </summary>
    /// <summary>Whether every mention of <paramref name="name"/> in the sentence stands in a law's title (see <see cref="InLawTitle"/>).</summary>
    private static bool NamedOnlyInLawTitle(SentenceView s, string name)
    {
        var any = false;
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Name == name)
            {
                if (!InLawTitle(s, m))
                {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    internal static bool InLawTitle(SentenceView s, Mention m)
    {
        for (var k = m.End; k < Math.Min(s.Tokens.Count, m.End + 12); k++)
        {
            if (s.Word(k) is "regulations" or "act" or "order" && s.Tokens[k].IsCapitalized)
            {
                return true;
            }
            if (!(s.Tokens[k].IsCapitalized || s.Word(k) is "(" or ")" or "and" or "of" or "-"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"Nicaragua's vice president", "Ruritania's first lady", "the country's national security adviser": a person's office or tie.</summary>
    private static bool OfficeHolder(ReadOnlySpan<char> w) =>
        PeopleNouns.Contains(w) || w is "lady" or "adviser" or "advisor" or "aide" or "aides" or "wife" or "husband" or "son" or "daughter";

    public void Read(SentenceView s)
    {
        _sentence++;
        _headlineLine = IsHeadlineLine(s);
        _pairBefore = _pair;
        _pair = StatePair(s, s.Tokens.Count);
        var bulleted = s.Tokens.Count > 1 && s.Word(0) is "-" or "•" or "–" or "*";
        // "The 6th package will include: - A ban on oil imports …": an item without a status of its own is as planned as its lead.
        var listStatus = bulleted ? _listStatus : null;
        // "- A ban on oil imports. This ban will cut …": a sentence that goes on in an item's line does not end the list.
        var inItem = bulleted || (_inListItem && !s.OpensLine);
        if (!inItem)
        {
            _listStatus = StatusReader.PlannedLead(s);
        }
        _inListItem = inItem;
        _groupBefore = _groupNamed;
        _groupNamed = NamesGroupOfStates(s);
        if (_sentence == 1)
        {
            // The headline's first state is the imposer a later sentence may leave unsaid.
            _firstState = FirstState(s);
        }
        if (s.IsEnglish && s.Has(WordClass.Restricting))
        {
            AddGoodsBarredFrom(s);
        }
        FollowSuit(s);
        if (!s.Has(CueFinder.Heads) || !s.IsEnglish || IsTagLine(s))
        {
            // The cue words are English; in another language the same letters ("sanctions", "embargo") stand in
            // clauses the roles below cannot read.
            return;
        }
        var cues = _cues;
        cues.Clear();
        CueFinder.Find(s, cues, _entityList);
        RetypeReferredEmbargo(s, cues);
        if (cues.Count == 0 && _lastGoodsBan is { } banType && _lastImposer is { } banOwner)
        {
            AddCovered(s, banType, banOwner);
        }
        foreach (var found in cues)
        {
            _entityList |= found.Type == MeasureTypes.ExportBan && s.Text(found.First) is "Entity";
            _armsEmbargo |= found.Type == MeasureTypes.ArmsEmbargo && s.Word(found.First) is "embargo" or "embargoes";
        }
        // A sentence whose measure names no imposer, right after one with a measure, goes on about it:
        // "The measures include an asset freeze and a travel ban."
        var recent = _sentence - _lastMeasureSentence <= 2;
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            if (c + 1 < cues.Count && cues[c + 1].Type == cue.Type && cues[c + 1].First == cue.End && cue.End == cue.First + 1)
            {
                continue; // "an arms embargo on Chile": one measure named by two words, read from the second, which its object follows
            }
            // Others' measures named as background ("in line with moves made by the EU") count only in an article about measures.
            var background = CueFinder.IsBackground(s, cue);
            // "timed to coincide with broadly similar US sanctions": another's measure named for comparison is reported,
            // but the sentences after go on about the article's own.
            var compared = NamedForComparison(s, cue) || CameAfter(s, cue);
            if (OnEachOther(s, cue) && (StatePair(s, cue.First) ?? _pairBefore) is { } pair)
            {
                // "saw both countries impose sanctions on each other" after "between Washington and Beijing": each on the other.
                var mutual = StatusReader.Read(s, cue, Roles.ClauseStart(s, cue.First)) ?? MeasureStatus.Enacted;
                Add(s, cue, pair.A, pair.B, mutual, imposerFromContext: false);
                Add(s, cue, pair.B, pair.A, mutual, imposerFromContext: false);
                continue;
            }
            if (Roles.IsAnswered(s, cue))
            {
                // "Putin warned he may end exports in response to sanctions imposed by the European Union and the United States":
                // the measures answered are their imposers', aimed at whoever answers, and in force.
                AddAnswered(s, cue);
                continue;
            }
            if (Roles.IsBreached(s, cue) || Roles.ImposedByGroup(s, cue) || Roles.IsCondition(s, cue)
                || (background && _found.Count == 0) || InFrontedAddition(s, cue))
            {
                continue;
            }
            // Targets are looked for up to the next measure named after this one ("trade ban" names two at once).
            var nextCue = NextCue(cues, c) is { Type: not null } after ? after.First : s.Tokens.Count;
            // "Japan and South Korea welcomed the sanctions": who reacts to a measure neither imposes nor suffers it.
            var sentenceStart = Roles.AfterReaction(s, cue.First);
            var clauseStart = Math.Max(sentenceStart, Roles.ClauseStart(s, cue.First));
            var statedBefore = false;
            var status = background ? StatusReader.ReadBackground(s, cue) : StatusReader.Read(s, cue, clauseStart, out statedBefore);
            if (status is null)
            {
                continue;
            }
            if (listStatus is not null && !statedBefore && status == MeasureStatus.Enacted)
            {
                status = listStatus;
            }
            var imposers = _imposers;
            imposers.Clear();
            Roles.Imposers(s, cue, clauseStart, out var named, imposers, out var byPerson);
            // "made under the Iran (Sanctions) (EU Exit) Regulations 2019": a state named only in a law's title imposes nothing.
            imposers.RemoveAll(i => NamedOnlyInLawTitle(s, i.Name));
            if (imposers.Count == 0 && Roles.ActOfBloc(s, clauseStart) is { } bloc)
            {
                // "a UN resolution, which was passed on Saturday, banning …": the relative clause is the bloc's act.
                imposers.Add(bloc);
            }
            if (imposers.Count == 0 && clauseStart > sentenceStart)
            {
                Roles.Imposers(s, cue, sentenceStart, out named, imposers, out byPerson);
            }
            for (var i = 0; i < imposers.Count; i++)
            {
                if (Roles.ApposedAfterPossessive(s, imposers[i].Name) is { } apposed && !imposers.Contains(apposed))
                {
                    imposers[i] = apposed;
                }
            }
            if (imposers.Count == 1)
            {
                // "The UK, in concert with the US, has announced sanctions": the partner set between subject and verb acts too.
                PartnersBetween(s, imposers[0], cue, imposers);
            }
            if (imposers.Count > 0 && JoinedEffortOf(s, cue) is { } joined && !imposers.Exists(i => i.Name == joined.Name))
            {
                // "The Dutch government has joined US efforts to deny China access …": the effort joined is its owner's measure too.
                imposers.Add(joined);
            }
            if (imposers.Count > 0 && RelativeImposer(s, cue) is { } relative && !imposers.Exists(i => i.Name == relative.Name))
            {
                // "Norway is following the EU, which imposed sanctions on Peru": the relative clause's verb is the bloc's.
                imposers.Clear();
                imposers.Add(relative);
            }
            if (imposers.Count > 0 && ImposedFirstBy(s, cue) is { } first && !imposers.Exists(i => i.Name == first.Name))
            {
                // "Norway adopted the sanctions against Peru already imposed by the EU": the adopter and the bloc both impose them.
                imposers.Add(first);
            }
            if (byPerson && _lastImposer is { } previous && imposers.Count == 1 && imposers[0].Name != previous.Name)
            {
                // "U.S. envoy Rosemary DiCarlo said the new sanctions were stronger": a speaker's state yields to
                // the imposer the article is about.
                imposers.Clear();
            }
            var targets = _targets;
            targets.Clear();
            // Others' measures take no target from the clause before them ("the expansion of its sanctions would align with those …").
            // ("adopted the sanctions that the EU imposed on Peru and froze their assets": the relative's subject is not aimed at.)
            // ("The UK measures were coordinated with similar sanctions against the country by Chile": the agent after the target
            // phrase acts on what that phrase names, not on the clause's subject.)
            Roles.Targets(s, cue, named, background || Roles.AgentAfterTarget(s, cue) > 0 ? cue.First : Math.Max(clauseStart, Roles.ObjectRelativeSubjectEnd(s, cue.First)), nextCue, targets);
            if (targets.Count == 1 && imposers.Count == 1 && targets[0] == imposers[0].Name)
            {
                // "sanctioned 95% of Eritrean exports to Norway": the imposer as the goods' destination; the target stands before.
                targets.Clear();
                Roles.Targets(s, cue, named, clauseStart, cue.End, targets);
            }
            if (targets.Count == 0 && (SharesObjectWithNext(s, cues, c, out var next) || UnderNext(s, cues, c, out next)))
            {
                // "financial sanctions and travel bans on 10 Iranian officials": one object for both.
                var afterNext = NextCue(cues, c, next.End) is { Type: not null } later ? later.First : s.Tokens.Count;
                Roles.Targets(s, next, named, clauseStart, afterNext, targets);
            }
            if (targets.Count == 0 && ListedPeopleSubjectTo(s, cue) is { } listedState)
            {
                // "added to the list of Peruvian people and organizations subject to asset freeze 18 individuals": the people of
                // the list the measure applies to are aimed at.
                targets.Add(listedState);
            }
            foreach (var hit in s.Mentions)
            {
                if (hit.First >= clauseStart && hit.End < cue.First && Roles.QualifiesPeopleHit(s, hit, cue, clauseStart) && Roles.TargetOf(hit) is { } people)
                {
                    // "The EU individuals slapped with sanctions include …": the state of the people hit is aimed at.
                    imposers.RemoveAll(i => i.Name == people);
                    if (!targets.Contains(people))
                    {
                        targets.Insert(0, people);
                    }
                }
            }
            if (IncludedIn(s, cue) is ({ } included, { } includer))
            {
                // "Chile has been included in the sanctions Norway has imposed against Peru": the state included is aimed at by the
                // owner of the sanctions, as the state they are against is.
                imposers.Clear();
                imposers.Add(includer);
                targets.Remove(includer.Name);
                if (!targets.Contains(included.Name))
                {
                    targets.Insert(0, included.Name);
                }
            }
            else if (imposers.Count == 0 && OwnerOfNextMeasure(s, targets, nextCue) is { } measureOwner)
            {
                // "the banks that will be sanctioned in Norway's asset freeze": the state whose measure the listing is made in
                // imposes it; it is not aimed at.
                targets.Remove(measureOwner.Name);
                imposers.Add(measureOwner);
            }
            if (cue.Type == MeasureTypes.Diplomatic && UnfriendlyLists.Read(s, cue, sentenceStart, out var owner, _listed))
            {
                imposers.Clear();
                imposers.Add(owner!);
                targets.Clear();
                targets.AddRange(_listed);
            }
            if (cue.Type == MeasureTypes.InvestmentBan && Investor(s, cue) is { } investor && !imposers.Exists(i => i.Name == investor.Name)
                && (imposers.Count > 0 || investor.Name != (_lastImposer ?? _firstState)?.Name))
            {
                // "will ban Iranian investments in Japanese firms": the investor's state is aimed at, not the place invested in.
                targets.Clear();
                targets.Add(investor.Name);
            }
            if (cue.Type == MeasureTypes.TravelBan && Entered(s, cue) is { } entered)
            {
                // "banned from entry to the U.S.", "bar them from entering Canada": the state kept closed bans the travel; it is
                // not aimed at, and a person named as kept out is no speaker for it ("Lukashenko would be banned from entry to …").
                var keptOut = byPerson && imposers.Count == 1 && imposers[0].Name != entered.Name ? imposers[0].Name : null;
                targets.RemoveAll(t => t == entered.Name);
                // ("officials who visited Bolivia are no longer allowed to travel to Peru": whoever is named, the state closed bars them.)
                if (imposers.Count == 0 || byPerson || (s.Word(cue.First - 1) is "to" && s.Word(cue.First - 2) is "allowed" or "permitted"))
                {
                    imposers.Clear();
                    imposers.Add(entered);
                    byPerson = false;
                }
                if (targets.Count == 0 && keptOut is not null)
                {
                    targets.Add(keptOut);
                }
                if (targets.Count == 0 && Roles.PeopleBeforeRelative(s, clauseStart) is { } described && Roles.TargetOf(described) is { } who && who != entered.Name)
                {
                    // "89 EU politicians that are no longer allowed to travel into Russia": the people the clause describes.
                    targets.Add(who);
                }
            }
            else if (cue.Type == MeasureTypes.TravelBan && imposers.Count == 0 && s.Word(cue.End) is "to" && (_lastImposer ?? _firstState) is { } closed
                && s.MentionAt(cue.End + 1) is { Entity.Kind: ActorKind.Country } destination && destination.Entity.Name == closed.Name)
            {
                // "They also impose a ban on travel to Canada": travel to the imposer's own state is what it bars, not a target.
                targets.Remove(closed.Name);
            }
            if ((cue.Type == MeasureTypes.AssetFreeze || (cue.Type == MeasureTypes.FinancialRestriction && BanksHeldIn(s, cue)))
                && HeldIn(s, cue) is { } jurisdiction)
            {
                // "property … in the United States … is blocked", "subject to asset freezes in the UK": the state where the
                // assets are held freezes them; it is aimed at only when nothing else is.
                if (targets.Count > 1)
                {
                    targets.Remove(jurisdiction.Name);
                }
                if (imposers.Count == 0)
                {
                    imposers.Add(jurisdiction);
                }
            }
            // "adds nine individuals to the UN blacklist": the list's owner is not aimed at.
            targets.RemoveAll(t => OnlyListOwner(s, t));
            if (imposers.Count == 0 && HomeState is { } home && (_lastImposer is null || targets.Contains(_lastImposer.Name)) && !targets.Contains(home.Name)
                && HomeGovernment.IsSubject(s, sentenceStart, cue.First, targets, home.Name))
            {
                // "The Government announced sanctions on Russia" in a New Zealand outlet: a bare body is the outlet's own state's.
                imposers.Add(home);
            }
            if (_sentence == 1 && imposers.Count == 0 && targets.Count > 0 && !background
                && cue.Type is not (MeasureTypes.ImportBan or MeasureTypes.ExportBan or MeasureTypes.Diplomatic))
            {
                // A headline that leaves its imposer to the article ("Treasury heightens sanctions on Russia"): kept for the end.
                var start = s.Tokens[cue.First].Start;
                foreach (var t in targets)
                {
                    (_headline ??= []).Add((new Measure(cue.Type, "", t, status, null, new Evidence(s.Sentence, start, s.Tokens[cue.End - 1].End - start)), NamesState(s, t)));
                }
                continue;
            }
            if (WritersGuess(s, sentenceStart, cue.First))
            {
                // "presumably any assets he may have in the UK will be frozen": the writer's guess reports no measure.
                continue;
            }
            if (imposers.Count == 0 && AskedOfOthers(s, sentenceStart, cue.First))
            {
                // "rights groups urged governments to impose sanctions", "calls for corporations to break ties": asked of
                // parties the text does not name, not done by the article's imposer.
                continue;
            }
            var fromContext = imposers.Count == 0;
            // The context's imposer, unless this very sentence aims the measure at it ("The sanctions against Iran were criticised").
            // The headline's state stands in for later sentences only, not for the headline itself.
            // "Japan joined Western countries … They have also excluded …": "they" after a group of states is that group, not one state.
            var pluralSubject = s.Word(0) is "they" && _groupBefore && _lastImposerCount < 2;
            var jointShared = fromContext && (_jointSentence == _sentence - 1 ? RefersToMeasures(s, cue) || ImposedAfter(s, cue) : JointStillMeant(s, cue));
            if (jointShared)
            {
                // "… are covered by the sanctions, which include an asset freeze": the measures of both states just named.
                foreach (var joint in _jointImposers)
                {
                    if (!targets.Contains(joint.Name))
                    {
                        imposers.Add(joint);
                    }
                }
            }
            else if (fromContext && SpeakerAfter(s, cue) is { } speaker && _found.Exists(f => f.Imposer == speaker.Name) && !targets.Contains(speaker.Name))
            {
                // "The sanctions … include travel bans and asset freezes on four officials, Raab told MPs": the speaker's state,
                // when it is already one of the article's imposers, is whose measures these are.
                imposers.Add(speaker);
            }
            else if (fromContext && !pluralSubject && (_lastImposer ?? TargetlessImposer(targets) ?? (_sentence > 1 ? _firstState : null)) is { } contextual && !targets.Contains(contextual.Name))
            {
                imposers.Add(contextual);
            }
            else if (fromContext && !pluralSubject && _lastImposer is { } dealer && targets.Count == 1 && targets[0] == dealer.Name && OnlyDealtWith(s, dealer.Name, cue, nextCue))
            {
                // "These companies are barred from making new investments in the country", "from trading with Peru": the
                // imposer named as where or with whom the barred may not deal is no target; the measure is its own.
                targets.Clear();
                imposers.Add(dealer);
            }
            var subjectKept = false;
            var adoptedOwner = imposers.Count > 1 ? Roles.AdoptedRegimeOwner(s, cue, clauseStart) : null;
            foreach (var imposer in imposers)
            {
                var aimed = _aimed;
                aimed.Clear();
                foreach (var t in targets)
                {
                    if (t != imposer.Name && !aimed.Contains(t))
                    {
                        aimed.Add(t);
                    }
                }
                // Both roles from context need the sentence to say something of the measure before naming
                // it ("include", "will impose"): "These sanctions will not change our course" says nothing.
                if (aimed.Count == 0 && _lastTargets.Count == 1 && _lastTargets[0] != imposer.Name
                    && ((fromContext && recent) || Roles.HasAnaphor(s, clauseStart) || MeasuresDo(s, cue) || (recent && imposer.Name == _lastImposer?.Name)
                        || (recent && !fromContext && SubjectToControls(s, cue)))
                    && (statedBefore || !fromContext || ImposedAfter(s, cue) || (jointShared && RefersToMeasures(s, cue)) || MeasuresDo(s, cue)
                        || BannedAsSubject(s, cue) || RemainsInForce(s, cue)))
                {
                    // ("The machines have been subject to U.S. export control for a year": the goods the article is about, kept from
                    // the same target by another state's controls.)
                    aimed.Add(_lastTargets[0]);
                }
                if (aimed.Count == 0 && fromContext && cue.Type != MeasureTypes.Diplomatic && Roles.OnlyOtherState(s, imposer.Name, sentenceStart) is { } only)
                {
                    // A measure whose imposer the text left to context, in a sentence naming one other
                    // state, is aimed at it: "The government will ban the export of every item Russia has used".
                    aimed.Add(only);
                }
                if (aimed.Count == 0 && _lastTargetsSentence == _sentence && clauseStart > 1 && s.Word(clauseStart - 1) is "that" or "which"
                    && s.MentionAt(clauseStart - 2) is { } antecedent && _lastTargets.Contains(antecedent.Entity.Name))
                {
                    // "sanctions against Iran that will restrict access to materials": a relative clause on the measure just named.
                    foreach (var t in _lastTargets)
                    {
                        if (t != imposer.Name)
                        {
                            aimed.Add(t);
                        }
                    }
                }
                if (aimed.Count == 0 && background)
                {
                    // "align with those imposed by the United States": aimed where the article's measures are.
                    foreach (var t in _lastTargets)
                    {
                        if (t != imposer.Name)
                        {
                            aimed.Add(t);
                        }
                    }
                }
                if (aimed.Count == 0 && (Roles.RefersToListed(s, cue.End) || Roles.ListedBefore(s, cue.First)))
                {
                    // "freezes the assets of the sanctioned parties": the states of everyone this imposer listed so far.
                    ListedBy(imposer.Name, aimed);
                }
                if (aimed.Count == 0 && !fromContext && !background && !compared && imposers.Count == 1 && !byPerson && named.First < named.End && named.End <= cue.First)
                {
                    // "The Bureau is updating its export controls. These updates restrict China's access to chips.": a measure
                    // whose imposer is named but not its target; the next sentences may name the target and leave the imposer.
                    _targetless = imposer;
                    _targetlessSentence = _sentence;
                }
                if (aimed.Count > 0 && !background && !_jointImposers.Exists(j => j.Name == imposer.Name))
                {
                    // A measure of a state outside the joint subject: "the sanctions" after it may be its own.
                    _outsideJoint = true;
                }
                // "Norway will adopt EU sanctions against Syrian generals": the adopter's plan is its own; the bloc's sanctions exist.
                var imposerStatus = imposers.Count > 1 && status is MeasureStatus.Announced or MeasureStatus.Considered && adoptedOwner?.Name == imposer.Name
                    ? MeasureStatus.Enacted
                    : status;
                foreach (var target in aimed)
                {
                    Add(s, cue, imposer.Name, target, imposerStatus, fromContext);
                    _lastMeasureSentence = _sentence;
                }
                if (aimed.Count > 0 && !background && !compared)
                {
                    // The context for the sentences after: this sentence's imposer and all its targets (not others' measures named in passing).
                    if (_lastTargetsSentence != _sentence)
                    {
                        _lastTargets.Clear();
                        _lastTargetsSentence = _sentence;
                    }
                    foreach (var t in aimed)
                    {
                        if (!_lastTargets.Contains(t))
                        {
                            _lastTargets.Add(t);
                        }
                    }
                    // The first imposer (the subject), not a state joined to it, is who the next sentences go on about.
                    if (!subjectKept)
                    {
                        _lastImposer = imposer;
                        _lastImposerCount = imposers.Count;
                        subjectKept = true;
                        if (!fromContext && imposers.Count >= 2 && JointSubject(s, imposers))
                        {
                            _jointImposers.Clear();
                            _jointImposers.AddRange(imposers);
                            _jointSentence = _sentence;
                            _outsideJoint = false;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// "Will Switzerland follow suit?", "whether Norway will do the same", "urged allies like Japan to follow suit": states said to
    /// follow the imposer the sentences before were about take up its measures, asked or weighed (considered), planned
    /// (announced) or done ("followed suit"). Only states, and only right after that imposer's measures.
    /// </summary>
    private void FollowSuit(SentenceView s)
    {
        if (_lastImposer is not { } leader || _sentence - _lastMeasureSentence > 3)
        {
            return;
        }
        var at = -1;
        for (var k = 1; k + 1 < s.Tokens.Count && at < 0; k++)
        {
            if ((s.Word(k) is "follow" or "follows" or "followed" && (s.Word(k + 1) is "suit" || FollowsLead(s, k)))
                || (s.Word(k) is "do" or "does" or "did" && s.Word(k + 1) is "the" && s.Word(k + 2) is "same"
                    && (!s.Tokens[Math.Min(k + 3, s.Tokens.Count - 1)].IsWord || s.Word(k + 3) is "on" or "in" or "last" or "this" or "later" or "shortly" or "soon" or "yesterday" or "today" or "next")))
            {
                at = k;
            }
        }
        if (at < 0)
        {
            return;
        }
        var followers = new List<string>();
        var status = s.Word(at) is "followed" or "did" ? MeasureStatus.Enacted : s.Word(at) is "follows" or "does" ? MeasureStatus.Enacted : null;
        for (var k = at - 1; k >= Math.Max(0, at - 12) && s.Word(k) is not (";" or ":"); k--)
        {
            // ("Japan's Mitsubishi followed suit": a state owning the firm that follows is no follower.)
            if (s.MentionAt(k) is { } m && m.First == k && m.Role != FormRole.Demonym && m.Entity.Name != leader.Name
                && (m.Entity.Kind == ActorKind.Country || m.Entity.Name == Bloc) && !followers.Contains(m.Entity.Name) && !s.Is(m.End, WordClass.Possessive))
            {
                followers.Add(m.Entity.Name);
            }
            if (s.Is(k, WordClass.Negation))
            {
                return; // "Denmark has refused to follow suit", "did not do the same"
            }
            if (status is null && s.Word(k) is "whether" or "if" or "urged" or "urge" or "urges" or "called" or "asked" or "pressed" or "could"
                or "might" or "may" or "should")
            {
                status = MeasureStatus.Considered;
            }
        }
        if (status is null)
        {
            var question = s.Word(s.Tokens.Count - 1) is "?";
            status = question ? MeasureStatus.Considered : MeasureStatus.Announced;
        }
        if (followers.Count == 0)
        {
            return;
        }
        var led = new List<Measure>();
        foreach (var m in _found)
        {
            if (m.Imposer == leader.Name && m.Status != MeasureStatus.Lifted)
            {
                led.Add(m);
            }
        }
        foreach (var follower in followers)
        {
            foreach (var m in led)
            {
                if (m.Target != follower)
                {
                    Add(s, new Cue(m.Type, at, at + 2), follower, m.Target, status, imposerFromContext: false);
                }
            }
        }
    }

    /// <summary>
    /// "follow Norway's lead", "follow the lead of Norway", "follow in Norway's footsteps", "follow the US example": a follower
    /// taking up the measures of the state it names (the words between are the state, its possessive or an article).
    /// </summary>
    private static bool FollowsLead(SentenceView s, int k)
    {
        for (var j = k + 1; j <= Math.Min(s.Tokens.Count - 1, k + 5); j++)
        {
            var w = s.Word(j);
            if (w is "lead" or "footsteps" or "example")
            {
                return j > k + 1;
            }
            if (!(w is "the" or "in" or "its" or "their" || s.Is(j, WordClass.Possessive) || s.MentionAt(j) is not null))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"Britain and Canada have announced …": the two states named one after the other with "and", first in the sentence.</summary>
    /// <summary>
    /// "The US, EU, UK and Canada have imposed …": the imposers named one after the other with commas and "and", first in the
    /// sentence; two of them as before, or a longer list.
    /// </summary>
    private static bool JointSubject(SentenceView s, List<Entity> imposers)
    {
        if (imposers.Count == 2)
        {
            return JointSubject(s, imposers[0].Name, imposers[1].Name);
        }
        var at = s.Mentions.FindIndex(m => m.Entity.Name == imposers[0].Name);
        if (at < 0 || (at > 0 && s.Mentions[at - 1].Entity.Kind == ActorKind.Country) || at + imposers.Count > s.Mentions.Count)
        {
            return false;
        }
        for (var i = 1; i < imposers.Count; i++)
        {
            var a = s.Mentions[at + i - 1];
            var b = s.Mentions[at + i];
            var joined = (s.Word(a.End) is "," or "and" && b.First == a.End + 1) || (s.Word(a.End) is "," && s.Word(a.End + 1) is "and" && b.First == a.End + 2);
            if (b.Entity.Name != imposers[i].Name || !joined)
            {
                return false;
            }
        }
        return true;
    }

    private static bool JointSubject(SentenceView s, string first, string second)
    {
        for (var i = 0; i + 1 < s.Mentions.Count; i++)
        {
            var a = s.Mentions[i];
            var b = s.Mentions[i + 1];
            if (a.Entity.Name == first && b.Entity.Name == second && s.Word(a.End) is "and" && b.First == a.End + 1)
            {
                return i == 0 || s.Mentions[i - 1].Entity.Kind != ActorKind.Country;
            }
        }
        return false;
    }

    /// <summary>
    /// "The UK, in concert with the US, has announced …", "Canada, together with Britain and the EU, imposed …": the states
    /// in a parenthesis of partnership right after the subject, before the cue, added to <paramref name="into"/>.
    /// </summary>
    private static void PartnersBetween(SentenceView s, Entity subject, Cue cue, List<Entity> into)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Name != subject.Name || m.End >= cue.First || s.Word(m.End) is not ",")
            {
                continue;
            }
            var k = m.End + 1;
            if (!(s.Word(k) is "in" && s.Word(k + 1) is "concert" or "coordination" or "tandem" or "partnership" && s.Word(k + 2) is "with")
                && !(s.Word(k) is "together" or "jointly" or "along" && s.Word(k + 1) is "with"))
            {
                continue;
            }
            k = s.Word(k) is "in" ? k + 3 : k + 2;
            var partners = new List<Entity>();
            while (k < cue.First)
            {
                if (s.Word(k) is ",")
                {
                    break;
                }
                if (s.MentionAt(k) is { } partner && partner.First == k && (partner.Entity.Kind == ActorKind.Country || (partner.Entity.Kind == ActorKind.Organization && partner.Entity.CanImpose)))
                {
                    partners.Add(partner.Entity);
                    k = partner.End;
                    continue;
                }
                if (s.Word(k) is not ("the" or "and"))
                {
                    return;
                }
                k++;
            }
            if (s.Word(k) is not "," || k >= cue.First)
            {
                return;
            }
            foreach (var p in partners)
            {
                if (!into.Exists(e => e.Name == p.Name))
                {
                    into.Add(p);
                }
            }
            return;
        }
    }

    /// <summary>"have been subject to U.S. export control(s)": goods a state's export controls already cover.</summary>
    private static bool SubjectToControls(SentenceView s, Cue cue) =>
        cue.Type == MeasureTypes.ExportBan && (s.Word(cue.End - 1) is "control" or "controls" || s.Word(cue.End) is "control" or "controls")
        && s.MentionAt(Roles.SkipBackPublic(s, cue.First - 1)) is { } owner && s.Word(owner.First - 1) is "to" && s.Word(owner.First - 2) is "subject";

    /// <summary>
    /// "the sanctions against Peru already imposed by the EU", "sanctions that the EU imposed on Peruvian firms": the state or
    /// bloc a participle or a relative clause right after the measure names as having imposed it; else null.
    /// </summary>
    private static Entity? ImposedFirstBy(SentenceView s, Cue cue)
    {
        for (int k = cue.End, end = Math.Min(s.Tokens.Count - 2, cue.End + 8); k < end; k++)
        {
            if (s.Word(k) is "that" or "which")
            {
                var subject = s.Word(k + 1) is "the" ? k + 2 : k + 1;
                return s.MentionAt(subject) is { } m && m.First == subject && IsImposingVerb(s.Word(m.End)) ? StateOf(m) : null;
            }
            // ("extended sanctions against Peru in line with a decision by the EU": the bloc decided them first.)
            var by = IsImposingVerb(s.Word(k)) && s.Word(k + 1) is "by" ? k + 1 : DecisionFollowed(s, k);
            if (by > 0)
            {
                var agent = s.Word(by + 1) is "the" ? by + 2 : by + 1;
                return s.MentionAt(agent) is { } m && m.First == agent && s.Word(m.End) is not ("'s" or "’s") ? StateOf(m) : null;
            }
            if (s.MentionAt(k) is null && s.Word(k) is not ("against" or "on" or "the" or "already" or "previously" or "earlier" or "also"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"in line with a decision by", "in step with the decision of": the index of the "by"/"of" naming whose decision; else -1.</summary>
    private static int DecisionFollowed(SentenceView s, int k)
    {
        if (s.Word(k) is not "in" || s.Word(k + 1) is not ("line" or "step") || s.Word(k + 2) is not "with")
        {
            return -1;
        }
        var d = s.Word(k + 3) is "a" or "the" ? k + 4 : k + 3;
        return s.Word(d) is "decision" or "decisions" && s.Word(d + 1) is "by" or "of" ? d + 1 : -1;
    }

    private static bool IsImposingVerb(ReadOnlySpan<char> w) => w is "imposed" or "adopted" or "introduced";

    /// <summary>A state named, or the state a bloc or government body imposes for; else null.</summary>
    private static Entity? StateOf(Mention m) => m.Entity switch
    {
        { Kind: ActorKind.Country } e when m.Role != FormRole.Demonym => e,
        { Kind: ActorKind.Organization, CanImpose: true } e => e.Country == e.Name ? e : e.State,
        _ => null,
    };

    /// <summary>
    /// "following the European Union, which last month imposed sanctions on Peru": the state before ", which" is the subject
    /// of the imposing verb that governs the measure, whoever the sentence's own subject is; else null.
    /// </summary>
    private static Entity? RelativeImposer(SentenceView s, Cue cue)
    {
        var verb = cue.First - 1;
        while (verb > cue.First - 6 && verb > 2 && !IsImposingVerb(s.Word(verb)) && s.MentionAt(verb) is null && !s.Is(verb, WordClass.CueClauseMark))
        {
            verb--;
        }
        if (!IsImposingVerb(s.Word(verb)))
        {
            return null;
        }
        var which = verb - 1;
        while (which > verb - 3 && which > 1 && s.Word(which) is "last" or "this" or "month" or "week" or "year" or "already" or "also" or "then" or "previously")
        {
            which--;
        }
        return s.Word(which) is "which" && s.Word(which - 1) is "," && s.MentionAt(which - 2) is { } m && m.End == which - 1 ? StateOf(m) : null;
    }

    /// <summary>
    /// "The EU imposed a similar embargo in 2011", "implemented that embargo": an embargo referred back to, once the article
    /// has named an arms embargo, is of that kind, not a general one.
    /// </summary>
    private void RetypeReferredEmbargo(SentenceView s, List<Cue> cues)
    {
        if (!_armsEmbargo)
        {
            return;
        }
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            if (cue.Type == MeasureTypes.SanctionsGeneral && s.Word(cue.First) is "embargo" && s.Word(cue.First - 1) is "similar" or "that" or "this" or "same")
            {
                cues[c] = cue with { Type = MeasureTypes.ArmsEmbargo };
            }
        }
    }

    /// <summary>
    /// "From Canada, all products that are made there and brought to Peru will be prohibited", "goods from Chile are banned":
    /// goods from a state that the passive verb keeps out are an import ban on that state, by the state they are brought to (or the
    /// article's imposer).
    /// </summary>
    private void AddGoodsBarredFrom(SentenceView s)
    {
        var verb = -1;
        for (var k = 2; k < s.Tokens.Count; k++)
        {
            if (s.Word(k) is "prohibited" or "banned" or "forbidden" && s.Word(k - 1) is "be" or "is" or "are" or "been" or "was" or "were"
                && s.Word(k - 2) is not ("not" or "never" or "n't") && s.Word(k - 3) is not ("not" or "never" or "n't"))
            {
                verb = k;
                break;
            }
        }
        if (verb < 0)
        {
            return;
        }
        var goods = -1;
        Mention? source = null;
        Entity? destination = null;
        for (var k = 0; k < verb; k++)
        {
            var w = s.Word(k);
            if (w is ";" or ":")
            {
                goods = -1;
                source = null;
                destination = null;
                continue;
            }
            if (w is "products" or "goods" or "foodstuffs" or "produce" or "imports")
            {
                goods = k;
            }
            else if (w is "from" && s.MentionAt(k + 1 + (s.Word(k + 1) is "the" ? 1 : 0)) is { Entity.Kind: ActorKind.Country, Role: not FormRole.Demonym } from
                && (goods == k - 1 || s.Word(from.End) is ","))
            {
                // "products from Chile", or fronted: "from the USA, all products …".
                source = from;
            }
            else if (w is "to" or "into" && goods >= 0 && s.Word(k - 1) is "brought" or "imported" or "shipped" or "delivered" or "sent" or "exported"
                && s.MentionAt(k + 1) is { Entity.Kind: ActorKind.Country, Role: not FormRole.Demonym } to)
            {
                destination = to.Entity;
            }
        }
        if (goods < 0 || source is null || (destination ?? _lastImposer ?? _firstState) is not { } imposer || imposer.Name == source.Entity.Name)
        {
            return;
        }
        var status = s.Word(verb - 2) is "will" or "would" || (s.Word(verb - 1) is "be" && s.Word(verb - 2) is "to") ? MeasureStatus.Announced : MeasureStatus.Enacted;
        Add(s, new Cue(MeasureTypes.ImportBan, goods, goods + 1), imposer.Name, source.Entity.Name, status, imposerFromContext: destination is null);
        _lastMeasureSentence = _sentence;
    }

    /// <summary>The type of the last goods ban found (import or export), which "the ban" in a later sentence may refer back to.</summary>
    private string? _lastGoodsBan;

    /// <summary>
    /// "The ban, which runs until next August, previously covered Canada, Norway and the member states of the EU": a sentence
    /// opening with the ban just named, whose verb says which states it covers, names more targets of the same ban by its owner.
    /// </summary>
    private void AddCovered(SentenceView s, string type, Entity owner)
    {
        if (s.Tokens.Count < 4 || s.Word(0) is not ("the" or "this" or "that" or "its") || s.Word(1) is not ("ban" or "embargo"))
        {
            return;
        }
        var verb = -1;
        for (var k = 2; k < s.Tokens.Count; k++)
        {
            if (s.Word(k) is ";" || s.Is(k, WordClass.Sanction))
            {
                return;
            }
            if (s.Word(k) is "covers" or "covered" or "cover" or "covering")
            {
                verb = k;
                break;
            }
            // "The embargo also applies to Peru", "The ban now extends to Peru and Bolivia": the states it reaches after "to".
            if (s.Word(k) is "applies" or "applied" or "apply" or "extends" or "extended" or "extend" && s.Word(k + 1) is "to")
            {
                verb = k + 1;
                break;
            }
        }
        if (verb < 0)
        {
            return;
        }
        var status = s.Word(verb - (s.Word(verb) is "to" ? 2 : 1)) is "will" or "would" or "could" or "may" or "might" ? MeasureStatus.Announced : MeasureStatus.Enacted;
        var cue = new Cue(type, 1, 2);
        var last = verb + 1;
        foreach (var m in s.Mentions)
        {
            if (m.First < last)
            {
                continue;
            }
            for (var k = last; k < m.First; k++)
            {
                // "Canada, Norway, Australia and the 28 member states of the European Union": only the list's own words between.
                if (!(s.Word(k) is "," or "and" or "the" or "member" or "states" or "countries" or "of" || s.Tokens[k].IsNumber))
                {
                    return;
                }
            }
            if ((m.Entity.Kind == ActorKind.Country || m.Entity.Name == Bloc) && m.Role != FormRole.Demonym && m.Entity.Name != owner.Name)
            {
                Add(s, cue, owner.Name, m.Entity.Name, status, imposerFromContext: true);
                _lastMeasureSentence = _sentence;
            }
            last = m.End;
        }
    }

    /// <summary>"joined US efforts to deny China access", "joining Washington's push to restrict …": the state whose effort is joined.</summary>
    private static Entity? JoinedEffortOf(SentenceView s, Cue cue)
    {
        for (var k = Math.Max(2, cue.First - 8); k < cue.First; k++)
        {
            if (s.Word(k) is not ("efforts" or "effort" or "push" or "campaign" or "drive") || s.Word(k + 1) is not "to")
            {
                continue;
            }
            var owner = s.Word(k - 1) is "'s" or "’s" ? k - 2 : k - 1;
            if (s.MentionAt(owner) is not { Entity.Kind: ActorKind.Country } m)
            {
                return null;
            }
            for (var j = m.First - 1; j >= Math.Max(0, m.First - 3); j--)
            {
                if (s.Word(j) is "join" or "joins" or "joined" or "joining")
                {
                    return m.Entity;
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>", Raab told MPs.", ", the minister said.": the state of a person named as the speaker after the measure, or null.</summary>
    private static Entity? SpeakerAfter(SentenceView s, Cue cue)
    {
        for (var k = cue.End; k < s.Tokens.Count - 1; k++)
        {
            if (s.Word(k) is not ",")
            {
                continue;
            }
            if (s.MentionAt(k + 1) is { Entity.Kind: ActorKind.Person, Entity.State: { } state } person && person.First == k + 1
                && s.Word(person.End) is "told" or "said" or "says" or "added" or "announced")
            {
                return state;
            }
        }
        return null;
    }

    /// <summary>"presumably … will be frozen", "perhaps … will be barred": an adverb of guessing before the measure.</summary>
    private static bool WritersGuess(SentenceView s, int from, int cue)
    {
        for (var k = from; k < cue; k++)
        {
            if (s.Word(k) is "presumably" or "perhaps" or "supposedly" or "conceivably" or "possibly")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"urged governments to impose …", "calls for international corporations to break ties": a measure asked of unnamed parties.</summary>
    private static bool AskedOfOthers(SentenceView s, int from, int cue)
    {
        for (var k = from; k < cue; k++)
        {
            if (s.Word(k) is not ("urged" or "urging" or "urge" or "urges" or "calls" or "called" or "calling" or "call" or "pressed" or "appealed"))
            {
                continue;
            }
            for (var j = k + 1; j < Math.Min(cue, k + 6); j++)
            {
                if (s.Word(j) is "governments" or "countries" or "nations" or "states" or "corporations" or "companies" or "firms" or "businesses"
                    or "allies" or "partners" or "others" && s.Word(j + 1) is "to")
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// "The US, the EU, Britain and Canada have imposed sanctions … The EU was the first to impose them … The sanctions,
    /// including travel bans and asset freezes, target …": the measures named again a few sentences after a joint subject,
    /// when only the joint states have been given measures since, are all of theirs, not only the last one's (unless a speaker
    /// after them says whose they are: ", Raab told MPs").
    /// </summary>
    private bool JointStillMeant(SentenceView s, Cue cue) =>
        _jointSentence > 0 && _jointSentence < _sentence - 1 && _sentence - _jointSentence <= 6 && !_outsideJoint && _lastImposer is { } last
        && _jointImposers.Exists(j => j.Name == last.Name) && RefersToMeasures(s, cue) && SpeakerAfter(s, cue) is null;

    /// <summary>
    /// "Tuesday's sanctions freeze his assets, block any transactions with … and bar him from …": the measures just reported
    /// as the subject of the verbs of freezing or barring say what they do, as "will block" or "include" would.
    /// </summary>
    private static bool MeasuresDo(SentenceView s, Cue cue)
    {
        for (var k = 1; k < Math.Min(cue.First, 5); k++)
        {
            if (s.Word(k) is "sanctions" or "measures" && s.Word(k - 1) is "the" or "these" or "'s" or "’s" or "new" or "latest"
                && s.Is(k + 1, WordClass.Restricting | WordClass.Freezing))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"covered by the sanctions, which include …", "These measures include …": the measures just reported, named again.</summary>
    private static bool RefersToMeasures(SentenceView s, Cue cue)
    {
        for (var k = 0; k < Math.Min(cue.First, s.Tokens.Count - 1); k++)
        {
            if (s.Word(k) is "the" or "these" or "those" && s.Is(k + 1, WordClass.Sanction) && s.Word(k + 2) is "," or "which" or "include" or "includes")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "In addition to the sweeping trade and financial sanctions, the UK has also designated …": measures named in a
    /// fronted phrase of addition were reported before; the main clause's target is not theirs.
    /// </summary>
    private static bool InFrontedAddition(SentenceView s, Cue cue)
    {
        var opens = (s.Word(0) is "in" && s.Word(1) is "addition" && s.Word(2) is "to") || s.Word(0) is "besides"
            || (s.Word(0) is "on" && s.Word(1) is "top" && s.Word(2) is "of");
        if (!opens)
        {
            return false;
        }
        // The phrase ends at the comma before the main clause's subject ("…, the UK has"), not at the commas of its own list.
        for (var k = 1; k < cue.First; k++)
        {
            if (s.Word(k) is ";" || (s.Word(k) is "," && (s.Word(k + 1) is "the" || s.MentionAt(k + 1) is not null)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"An asset freeze has also been placed on …": a passive of imposing right after the measure says it was done.</summary>
    private static bool ImposedAfter(SentenceView s, Cue cue)
    {
        var k = cue.End;
        if (s.Word(k) is "ban" or "bans" or "restrictions")
        {
            k++; // "travel bans": the cue's own noun
        }
        if (s.Word(k) is "and" or "," or "or")
        {
            // "Travel bans and asset freezes have now been imposed": past the measure coordinated with this one.
            var j = k + 1;
            while (j < s.Tokens.Count && j - k <= 4 && s.Word(j) is not ("has" or "have" or "had" or "was" or "were" or "is" or "are" or "," or ";"))
            {
                j++;
            }
            k = j;
        }
        var start = k;
        var auxiliary = false;
        // ("steel tariffs will again be raised": a future passive, and a tariff is imposed by raising it.)
        while (k < s.Tokens.Count && k - start < 4 && s.Word(k) is "has" or "have" or "had" or "also" or "now" or "been" or "was" or "were" or "is" or "are"
                   or "will" or "would" or "be" or "again")
        {
            auxiliary |= s.Word(k) is not ("also" or "now" or "again");
            k++;
        }
        return auxiliary && (s.Word(k) is "imposed" or "placed" or "applied" or "introduced" or "slapped"
            || (s.Word(k) is "raised" or "increased" or "hiked" && s.Word(cue.First) is "tariffs" or "tariff" or "duties" && s.Word(cue.First - 1) is not "own"));
    }

    /// <summary>
    /// "But an arms embargo remains", "the asset freeze stays in place": the measure as the subject of a verb of lasting says it
    /// is in force, as "imposed" would. "remain a concern" (a predicate noun after it) says nothing of the measure.
    /// </summary>
    private static bool RemainsInForce(SentenceView s, Cue cue)
    {
        var k = cue.End;
        if (s.Word(k) is "ban" or "bans" or "restrictions")
        {
            k++; // "travel bans": the cue's own noun
        }
        if (s.Word(k) is "still")
        {
            k++;
        }
        if (s.Word(k) is not ("remains" or "remain" or "remained" or "stays" or "stay" or "stayed"))
        {
            return false;
        }
        var next = s.Word(k + 1);
        return next is "," or "." or ";" or "" || (next is "in" && s.Word(k + 2) is "place" or "force" or "effect");
    }

    /// <summary>
    /// "The export of dual-use goods has been banned", "Exports of … are prohibited": the measure's word opens the sentence as
    /// the subject of a passive verb of barring, which says what is done to it as "imposed" would.
    /// </summary>
    private static bool BannedAsSubject(SentenceView s, Cue cue)
    {
        if (cue.First > 2 || !s.Has(WordClass.Restricting))
        {
            return false;
        }
        for (var k = cue.End; k < s.Tokens.Count - 1; k++)
        {
            if (s.Is(k, WordClass.CueClauseMark))
            {
                return false;
            }
            if (s.Word(k) is "been" or "is" or "are" or "was" or "were" && s.Is(k + 1, WordClass.Restricting) && s.Word(k + 1).EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"coincide with broadly similar US sanctions", "in line with comparable EU measures": "similar" after a word of comparison.</summary>
    private static bool NamedForComparison(SentenceView s, Cue cue)
    {
        var k = cue.First - 1;
        while (k > 0 && cue.First - k <= 5 && (s.MentionAt(k) is not null || s.Is(k, WordClass.Skippable) || s.Word(k) is "broadly" or "largely" or "very"))
        {
            k--;
        }
        return k > 0 && s.Word(k) is "similar" or "comparable" or "parallel" && s.Word(k - 1 - (s.Word(k - 1) is "broadly" or "largely" or "very" ? 1 : 0)) is "with" or "to" or "like" or "as";
    }

    /// <summary>
    /// "The move came hours after the EU imposed new sanctions on Iran", "It comes a week after …": the measure the article's own
    /// one answers or follows is reported, but the sentences after go on about the article's measure, not about it.
    /// </summary>
    private static bool CameAfter(SentenceView s, Cue cue)
    {
        for (var k = cue.First - 1; k >= 1 && cue.First - k <= 14; k--)
        {
            var w = s.Word(k);
            if (w is ";" or ":" || s.Is(k, WordClass.Sanction))
            {
                return false;
            }
            if (w is "after")
            {
                for (var j = k - 1; j >= Math.Max(0, k - 4); j--)
                {
                    if (s.Word(j) is "came" or "come" or "comes" or "coming")
                    {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /// <summary>"news, politics, Ukraine, Russia, sanctions": a line of tags, a list of commas without a function word, says nothing.</summary>
    private static bool IsTagLine(SentenceView s)
    {
        if (s.Has(WordClass.English))
        {
            return false;
        }
        var commas = 0;
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (s.Word(k) is ",")
            {
                commas++;
            }
        }
        return commas >= 4;
    }

    /// <summary>
    /// Whether the next measure is joined to this one by "and", "or" or a comma, with nothing else between; or past a list of
    /// goods, as a second object of the same preposition ("bans on the import of coal, wood, cement and on all transactions
    /// with two Russian banks").
    /// </summary>
    private static bool SharesObjectWithNext(SentenceView s, List<Cue> cues, int c, out Cue next)
    {
        next = NextCue(cues, c);
        var cue = cues[c];
        if (next.Type is null || next.First - cue.End > (GoodsListBetween(s, cue.End, next.First) ? 14 : 4))
        {
            return false;
        }
        for (var k = cue.End; k < next.First; k++)
        {
            if (s.Word(k) is not ("and" or "or" or "," or "the" or "a" or "an") && s.MentionAt(k) is null && !s.Tokens[k].IsWord)
            {
                return false;
            }
            if (s.Word(k) is "on" && s.Word(k - 1) is "and" or "or" && GovernedBy(s, cue) is "on")
            {
                continue; // "bans on the import of coal and on all transactions with …": the same preposition's second object
            }
            if (s.Word(k) is "on" or "against" or "to" or "for" or "with")
            {
                return false;
            }
        }
        for (var k = cues[c].End; k < next.First; k++)
        {
            if (s.Word(k) is "and" or "or" or ",")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The preposition right before the cue ("bans on the import"), past an article; empty when none.</summary>
    private static string GovernedBy(SentenceView s, Cue cue)
    {
        var k = cue.First - 1;
        k -= s.Word(k) is "the" or "all" or "any" ? 1 : 0;
        return s.Word(k) is "on" or "against" ? s.Word(k).ToString() : "";
    }

    /// <summary>
    /// "of coal, wood, cement and": tokens [<paramref name="from"/>, <paramref name="to"/>) are a trade measure's "of" and the goods
    /// it names, joined by commas and "and", with no state, place or clause among them.
    /// </summary>
    private static bool GoodsListBetween(SentenceView s, int from, int to)
    {
        if (s.Word(from) is not "of")
        {
            return false;
        }
        var joined = false;
        for (var k = from + 1; k < to; k++)
        {
            var w = s.Word(k);
            if (s.MentionAt(k) is not null || !s.Tokens[k].IsWord && w is not ","
                || w is "from" or "to" or "by" or "in" or "which" or "that" or "who" or "with" or "for" or "against" or "over" or "but" or "while"
                || s.Is(k, WordClass.ClauseBreak))
            {
                return false;
            }
            joined |= w is "and" or "or" or ",";
        }
        return joined;
    }

    /// <summary>"froze $3 billion in funds under sanctions against Syrians": done under the next measure, so aimed where it is.</summary>
    private static bool UnderNext(SentenceView s, List<Cue> cues, int c, out Cue next)
    {
        next = NextCue(cues, c);
        return next.Type is not null && next.First - cues[c].End <= 14 && s.Word(next.First - 1) is "under";
    }

    /// <summary>The first cue after cue <paramref name="c"/> that starts at or after <paramref name="from"/> (by default, its end); default when none.</summary>
    private static Cue NextCue(List<Cue> cues, int c, int from = -1)
    {
        if (from < 0)
        {
            from = cues[c].End;
        }
        for (var n = c + 1; n < cues.Count; n++)
        {
            if (cues[n].First >= from)
            {
                return cues[n];
            }
        }
        return default;
    }

    /// <summary>A state named "in"/"within" it after the assets or the freeze in the cue's clause: where the assets are held.</summary>
    /// <summary>"Iranian investments", "Iran's investment": the state whose investment the head names.</summary>
    private static Entity? Investor(SentenceView s, Cue cue)
    {
        var k = cue.First - 1;
        k -= s.Word(k) is "'s" or "’s" ? 1 : 0;
        return s.MentionAt(k) is { Entity.Kind: ActorKind.Country } m && m.End >= cue.First - 1 ? m.Entity : null;
    }

    /// <summary>
    /// "the list of Peruvian people and organizations subject to asset freeze": the state whose people make up a list that is
    /// "subject to" the measure, else null.
    /// </summary>
    private static string? ListedPeopleSubjectTo(SentenceView s, Cue cue)
    {
        var k = cue.First - 1;
        // (Past the measure's own noun: "subject to asset freeze".)
        while (k >= 0 && (s.Word(k) is "a" or "an" or "the" || (s.Is(k, WordClass.Asset) && s.MentionAt(k) is null)))
        {
            k--;
        }
        if (k < 5 || s.Word(k) is not "to" || s.Word(k - 1) is not "subject")
        {
            return null;
        }
        k -= 2;
        var people = 0;
        while (k >= 0 && s.Word(k) is "people" or "persons" or "individuals" or "organizations" or "organisations" or "entities" or "firms"
            or "companies" or "officials" or "and" or ",")
        {
            people += s.Word(k) is "and" or "," ? 0 : 1;
            k--;
        }
        return people > 0 && k >= 2 && s.MentionAt(k) is { Role: FormRole.Demonym, Entity.Kind: ActorKind.Country } state && state.End == k + 1
            && s.Word(state.First - 1) is "of" && s.Word(state.First - 2) is "list" or "lists"
            ? state.Entity.Name : null;
    }

    /// <summary>
    /// "Chile is included in the sanctions Norway has taken against Peru", "Chile was added to the sanctions that Norway imposed": the
    /// state the be-verb's subject names (included) and the state named right after the measure (its owner), else nulls.
    /// </summary>
    private static (Entity? Included, Entity? Owner) IncludedIn(SentenceView s, Cue cue)
    {
        var k = cue.First - 1;
        while (k >= 0 && s.Word(k) is "the" or "its" or "their" or "new" or "existing")
        {
            k--;
        }
        if (k < 2 || s.Word(k) is not ("in" or "to") || s.Word(k - 1) is not ("included" or "added"))
        {
            return (null, null);
        }
        k -= 2;
        var bes = 0;
        while (k >= 0 && s.Word(k) is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "been" or "be" or "now" or "also")
        {
            bes += s.Word(k) is "is" or "was" or "are" or "were" or "been" or "be" ? 1 : 0;
            k--;
        }
        if (bes == 0 || k < 0 || s.MentionAt(k) is not { Entity.Kind: ActorKind.Country, Role: not FormRole.Demonym } included || included.End != k + 1)
        {
            return (null, null);
        }
        var o = cue.End;
        o += s.Word(o) is "that" or "which" ? 1 : 0;
        o += s.Word(o) is "the" ? 1 : 0;
        return s.MentionAt(o) is { Entity.Kind: ActorKind.Country, Role: not FormRole.Demonym } owner && owner.First == o
            && owner.Entity.Name != included.Entity.Name && s.Word(owner.End) is "has" or "have" or "had" or "imposed" or "took" or "adopted" or "introduced"
            ? (included.Entity, owner.Entity) : (null, null);
    }

    /// <summary>
    /// "sanctioned in Norway's asset freeze": a target named in the possessive right before the next measure's noun, which is
    /// that state's own; null when there is none.
    /// </summary>
    private static Entity? OwnerOfNextMeasure(SentenceView s, List<string> targets, int nextCue)
    {
        var k = nextCue - 1;
        // ("Norway's asset freeze": past the measure's own noun.)
        while (k > 0 && k < s.Tokens.Count && s.Is(k, WordClass.Asset) && s.MentionAt(k) is null)
        {
            k--;
        }
        if (nextCue >= s.Tokens.Count || k < 2 || s.Word(k) is not ("'s" or "’s"))
        {
            return null;
        }
        return s.MentionAt(k - 1) is { Entity.Kind: ActorKind.Country, Role: not FormRole.Demonym } owner && targets.Contains(owner.Entity.Name)
            && s.Word(owner.First - 1 - (s.Word(owner.First - 1) is "the" ? 1 : 0)) is "in" or "under" or "into" or "by"
            ? owner.Entity : null;
    }

    /// <summary>The state a travel ban keeps people out of: "from (entering) Canada", "entry to the U.S.", "access to Canada".</summary>
    private static Entity? Entered(SentenceView s, Cue cue)
    {
        if (CueFinder.KeptOutOf(s, cue.First) is >= 0 and var kept)
        {
            return s.MentionAt(kept)!.Entity;
        }
        var k = cue.End;
        // ("curbs on travel to Eritrea": travel to a state is aimed at it; only entry or access to a state is its own to bar.)
        // ("no longer allowed to travel into Russia": the people may not go there, so the state they may not go to keeps them out.)
        if ((s.Word(k) is "to" or "into" && (s.Word(cue.First) is "entry" or "access" || (s.Word(cue.First) is "travel" && s.Word(cue.First - 2) is "allowed" or "permitted")))
            || (s.Word(cue.First) is "entering" or "enter" && k == cue.End)
            // ("prevent them from traveling to the EU countries": the state they may not travel to keeps them out.)
            || (s.Word(cue.First) is "traveling" or "travelling" && s.Word(cue.First - 1) is "from" && s.Word(k) is "to"))
        {
            k += s.Word(k) is "to" or "into" ? 1 : 0;
            k += s.Word(k) is "the" ? 1 : 0;
            if (s.MentionAt(k) is { Entity.Kind: ActorKind.Country, Role: not FormRole.Demonym } m && m.First == k)
            {
                return m.Entity;
            }
        }
        return s.Word(cue.First) is "travel" or "entry" or "visa" ? EnteringAfter(s, cue.End) : null;
    }

    /// <summary>
    /// "a travel ban that prevents those targeted from entering or transiting through EU territory": the state a ban's
    /// people may not enter, named after it in the same clause, keeps them out; it is the imposer, not the target.
    /// </summary>
    private static Entity? EnteringAfter(SentenceView s, int from)
    {
        for (var j = from; j < Math.Min(s.Tokens.Count, from + 10) && s.Word(j) is not ("," or ";" or "."); j++)
        {
            if (s.Word(j) is not ("entering" or "transiting") || s.Word(j - 1) is not ("from" or "or" or "and"))
            {
                continue;
            }
            var t = j + 1;
            while (t < Math.Min(s.Tokens.Count, j + 5) && s.Word(t) is "or" or "and" or "entering" or "transiting" or "through" or "the")
            {
                t++;
            }
            // ("EU territory", "Canadian soil": a demonym before the land it names is the state too.)
            // (A bloc such as the EU is a body that imposes; it keeps people out as a state does.)
            return s.MentionAt(t) is { Entity.CanImpose: true } m && m.First == t && (m.Role != FormRole.Demonym || s.Word(m.End) is "territory" or "soil")
                ? m.Entity : null;
        }
        return null;
    }

    /// <summary>
    /// "in Iran's banking system", "within the Iranian banking system", "subject to US jurisdiction": the state whose banks or whose
    /// jurisdiction hold what is frozen (a state's own programme, "in Iran's missile program", is not such a place).
    /// </summary>
    private static bool HeldUnder(SentenceView s, Mention m)
    {
        var before = m.First - 1 - (s.Word(m.First - 1) is "the" ? 1 : 0);
        var held = s.Word(before) is "in" or "within" or "under" || (s.Word(before) is "to" && s.Word(before - 1) is "subject");
        if (!held)
        {
            return false;
        }
        // (A demonym's jurisdiction, "in Iranian jurisdiction", is left: whose listed people it holds is too often a guess.)
        var k = m.End + (s.Word(m.End) is "'s" or "’s" ? 1 : 0);
        return (s.Word(k) is "jurisdiction" or "territory" && m.Role != FormRole.Demonym)
            || (s.Word(k) is "banking" or "financial" && s.Word(k + 1) is "system" or "systems" or "sector");
    }

    /// <summary>"blocking accounts and transactions in Iran's banking system": a financial measure kept within a state's banks.</summary>
    private static bool BanksHeldIn(SentenceView s, Cue cue)
    {
        for (var k = cue.End; k < Math.Min(s.Tokens.Count - 1, cue.End + 12); k++)
        {
            if (s.Word(k) is "banking" or "financial" && s.Word(k + 1) is "system" or "systems" && s.MentionAt(k - 1 - (s.Word(k - 1) is "'s" or "’s" ? 1 : 0)) is { } m && HeldUnder(s, m))
            {
                return true;
            }
        }
        return false;
    }

    private static Entity? HeldIn(SentenceView s, Cue cue)
    {
        var assets = -1;
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (assets < 0 && (s.Is(k, WordClass.Asset) || k == cue.First))
            {
                assets = k;
            }
            // ("individuals involved in Iran's missile program": a state's own programme, not where assets are held.)
            if (assets >= 0 && k > assets && s.MentionAt(k) is { Entity.Kind: ActorKind.Country } m && m.First == k && m.Role != FormRole.Demonym
                && (s.Word(k - 1 - (s.Word(k - 1) is "the" ? 1 : 0)) is "in" or "within" || (s.Word(k - 1) is "on" && s.Word(m.End) is "soil"))
                && s.Word(m.End) is not "'s" && s.Word(k - 2 - (s.Word(k - 1) is "the" ? 1 : 0)) is not "involved")
            {
                return m.Entity;
            }
            if (assets >= 0 && k > assets && s.MentionAt(k) is { Entity.Kind: ActorKind.Country } held && held.First == k && HeldUnder(s, held))
            {
                return held.Entity;
            }
        }
        return null;
    }

    private static Entity? FirstState(SentenceView s)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Kind == ActorKind.Country)
            {
                return m.Entity;
            }
        }
        return null;
    }

    /// <summary>The measure a sentence's subject answers, when the sentence names whose it is ("imposed by", "EU sanctions").</summary>
    /// <summary>"sanctions on each other", "against one another": measures two parties take on one another.</summary>
    private static bool OnEachOther(SentenceView s, Cue cue)
    {
        for (var k = cue.End; k < Math.Min(s.Tokens.Count - 2, cue.End + 3); k++)
        {
            if (s.Word(k) is "on" or "against" && ((s.Word(k + 1) is "each" && s.Word(k + 2) is "other") || (s.Word(k + 1) is "one" && s.Word(k + 2) is "another")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first two different states named before token <paramref name="end"/>, or null.</summary>
    private static (string A, string B)? StatePair(SentenceView s, int end)
    {
        string? first = null;
        foreach (var m in s.Mentions)
        {
            if (m.First >= end)
            {
                break;
            }
            if (m.Entity.Kind != ActorKind.Country || m.Entity.Name == first)
            {
                continue;
            }
            if (first is null)
            {
                first = m.Entity.Name;
                continue;
            }
            return (first, m.Entity.Name);
        }
        return null;
    }

    private void AddAnswered(SentenceView s, Cue cue)
    {
        var agents = new List<Entity>();
        Roles.Imposers(s, cue, cue.First, out _, agents);
        if (agents.Count == 0)
        {
            return;
        }
        string? responder = null;
        foreach (var m in s.Mentions)
        {
            if (m.First >= cue.First)
            {
                break;
            }
            responder = m.Entity.Kind == ActorKind.Country ? m.Entity.Name : m.Entity.Country;
            if (responder is not null)
            {
                break;
            }
        }
        if (responder is null)
        {
            return;
        }
        foreach (var agent in agents)
        {
            if (agent.Kind != ActorKind.Person && agent.Name != responder)
            {
                Add(s, cue, agent.Name, responder, MeasureStatus.Enacted, imposerFromContext: false);
            }
        }
    }

    private void Add(SentenceView s, Cue cue, string imposer, string target, string status, bool imposerFromContext)
    {
        if (imposer == "United Nations")
        {
            imposer = "UN Security Council"; // the United Nations' sanctions are the Security Council's resolutions
        }
        if (BlocMembers.Contains(target) && imposer != Bloc && !BlocMembers.Contains(imposer) && _found.Exists(f => f.Imposer == imposer && f.Target == Bloc)
            && !NamesState(s, target))
        {
            // "Iran sanctioned EU officials … Two German companies were also sanctioned": once an outside state aims its measures at
            // the bloc, the people and firms of a member it lists (by demonym, place or context) are on the bloc's list.
            target = Bloc;
        }
        cue = TradeDirection.Of(s, cue, imposer, target, imposerFromContext, IndexOf(MeasureTypes.ImportBan, imposer, target) >= 0);
        if (cue.Type is MeasureTypes.ImportBan or MeasureTypes.ExportBan)
        {
            _lastGoodsBan = cue.Type;
        }
        var at = IndexOf(cue.Type, imposer, target);
        var quantity = Quantity(s, cue);
        var direct = cue.Type == MeasureTypes.SanctionsGeneral && (NamesState(s, target) || Roles.NamesRegime(s, cue));
        var year = StatedYear.Of(s, cue);
        if (at >= 0 && direct)
        {
            _direct[at] = true;
        }
        var start = s.Tokens[cue.First].Start;
        if (at >= 0 && !_headlineLine && MeasureStatus.Rank(status) > MeasureStatus.Rank(_bodyBest[at]?.Status))
        {
            _bodyBest[at] = new Measure(cue.Type, imposer, target, status, quantity ?? _found[at].Quantity, new Evidence(s.Sentence, start, s.Tokens[cue.End - 1].End - start));
        }
        if (at >= 0 && !_headlineLine && status == MeasureStatus.Announced && !ToldAsToCome(s, cue))
        {
            _bodyDeed[at] = true;
        }
        if (at >= 0)
        {
            var known = _found[at];
            if (status == MeasureStatus.Lifted && known.Status != MeasureStatus.Lifted && StatedYear.LiftIsBackground(year, _years[at]))
            {
                // "eased some sanctions in July 2014" beside sanctions imposed (or to be imposed) now: the old easing is history.
                return;
            }
            var easingReplaced = status != MeasureStatus.Lifted && known.Status == MeasureStatus.Lifted
                && StatedYear.LiftIsBackground(_years[at], year);
            if (!easingReplaced && MeasureStatus.Rank(status) <= MeasureStatus.Rank(known.Status))
            {
                if (known.Quantity is null && quantity is not null)
                {
                    _found[at] = known with { Quantity = quantity };
                }
                return;
            }
            quantity ??= known.Quantity;
        }
        var measure = new Measure(cue.Type, imposer, target, status, quantity, new Evidence(s.Sentence, start, s.Tokens[cue.End - 1].End - start));
        if (at >= 0)
        {
            _found[at] = measure;
            _years[at] = year;
            _fromHeadline[at] = _headlineLine;
        }
        else
        {
            _found.Add(measure);
            _keys.Add(Key(cue.Type, imposer, target));
            _direct.Add(direct);
            _years.Add(year);
            _fromHeadline.Add(_headlineLine);
            _bodyBest.Add(_headlineLine ? null : measure);
            _bodyDeed.Add(!_headlineLine && status == MeasureStatus.Announced && !ToldAsToCome(s, cue));
            _firstSentence.Add(_sentence);
            _added.Add(cue.Type != MeasureTypes.SanctionsGeneral && SaysAlso(s, cue));
            _dated.Add(OpensWithEarlierTime(s));
        }
    }

    /// <summary>
    /// "In June, …", "Last month, …", "Earlier this year, …", "Previously, …": the sentence tells of an earlier time.
    /// "Back in March, …", "In 2019, …", "In June 2021, …" and a clause dated "two years ago" or "months ago" tell of one too.
    /// </summary>
    private static bool OpensWithEarlierTime(SentenceView s)
    {
        var o = s.Word(0) is "back" ? 1 : 0;
        return (s.Word(o) is "in" && IsMonth(s.Word(o + 1)) && s.Word(o + 2) is ",")
            || (s.Word(o) is "in" && IsMonth(s.Word(o + 1)) && IsYear(s, o + 2) && s.Word(o + 3) is ",")
            || (s.Word(o) is "in" && IsYear(s, o + 1) && s.Word(o + 2) is ",")
            || (s.Word(o) is "last" && (IsMonth(s.Word(o + 1)) || s.Word(o + 1) is "month" or "year" or "week") && s.Word(o + 2) is ",")
            || (s.Word(0) is "earlier" && s.Word(1) is "this" && s.Word(2) is "month" or "year" && s.Word(3) is ",")
            || (s.Word(0) is "previously" && s.Word(1) is ",")
            || YearsAgo(s);
    }

    /// <summary>A year of four digits (1990–2099) at token <paramref name="k"/>.</summary>
    private static bool IsYear(SentenceView s, int k)
    {
        var w = s.Word(k);
        return k < s.Tokens.Count && s.Tokens[k].IsNumber && w.Length == 4 && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal));
    }

    /// <summary>"two years ago", "several months ago", "a year ago": a time well before the article's (not "days ago").</summary>
    private static bool YearsAgo(SentenceView s)
    {
        for (var k = 1; k + 1 < s.Tokens.Count; k++)
        {
            if (s.Word(k + 1) is "ago" && s.Word(k) is "years" or "months" or "year")
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsMonth(ReadOnlySpan<char> w) =>
        w is "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december";

    /// <summary>"An asset freeze has also been placed …", "A travel ban also applies …": the measure opens its clause as a new one.</summary>
    private static bool IndefiniteSubject(SentenceView s, Cue cue)
    {
        var k = cue.First - 1;
        return s.Word(k) is "a" or "an" && (k == 0 || s.Word(k - 1) is "," or ";" or ":");
    }

    /// <summary>
    /// "placed on a potash producer", "froze the assets of two other banks": the measure's object is new to the text (an
    /// indefinite or counted one), not those the sanctions before it named ("the two Iranian banks", "them").
    /// </summary>
    private static bool NewObject(SentenceView s, Cue cue)
    {
        for (var k = cue.End; k < Math.Min(s.Tokens.Count - 1, cue.End + 8); k++)
        {
            var w = s.Word(k);
            if (w is "," or ";" or "." or "and" or "but" or "which" or "that")
            {
                return false;
            }
            if (w is "on" or "against" or "of")
            {
                var next = s.Word(k + 1);
                return next is "a" or "an" or "another" or "other" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
                    || s.Tokens[k + 1].IsNumber;
            }
        }
        return false;
    }

    /// <summary>
    /// "An asset freeze has also been placed on …", "It also froze …": the clause gives the measure as one more; "Norway already
    /// has an arms embargo on …": as one in force before; "Further measures could include …": as one of others to come.
    /// </summary>
    private static bool SaysAlso(SentenceView s, Cue cue)
    {
        for (var k = Roles.ClauseStart(s, cue.First); k < Math.Min(s.Tokens.Count, cue.End + 4); k++)
        {
            if (s.Word(k) is "already")
            {
                return true;
            }
            if ((s.Word(k) is "also" or "additionally" || (s.Word(k) is "in" && s.Word(k + 1) is "addition" && s.Word(k + 2) is ","))
                && (IndefiniteSubject(s, cue) || NewObject(s, cue)))
            {
                return true;
            }
            if (k < cue.First && s.Word(k) is "new" or "further" or "more" or "additional" && s.Word(k + 1) is "measures" or "sanctions" or "steps" or "penalties"
                && s.Word(k - 1) is not ("the" or "these" or "those" or "its" or "their" or "his" or "her" or "'s" or "’s"))
            {
                return true; // "New measures could involve a travel ban": measures still to come, not those just named
            }
            if (k >= cue.End && s.Word(k) is "," or ";" or "and" or "but")
            {
                return false;
            }
        }
        return false;
    }

    private int IndexOf(string type, string imposer, string target)
    {
        var key = Key(type, imposer, target);
        for (var i = 0; i < _found.Count; i++)
        {
            if (_keys[i] != key)
            {
                continue;
            }
            var m = _found[i];
            if (m.Type == type && m.Imposer == imposer && m.Target == target)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Lengths and letters of an entry's three names: most entries differ in it, and comparing it costs less than the names.</summary>
    private static int Key(string type, string imposer, string target) =>
        (((type.Length * 31) + imposer.Length) * 31) + target.Length + ((imposer.Length > 0 ? imposer[0] : 0) << 16) + ((target.Length > 0 ? target[^1] : 0) << 24);

    /// <summary>"25 more Russian individuals", "$3 billion", "£2.6bn": a number near the cue and what it counts.</summary>
    private static string? Quantity(SentenceView s, Cue cue)
    {
        var tokens = s.Tokens;
        for (var k = Math.Max(0, cue.First - 5); k < Math.Min(tokens.Count, cue.End + 8); k++)
        {
            if (!tokens[k].IsNumber)
            {
                continue;
            }
            for (var j = k + 1; j < Math.Min(tokens.Count, k + 5); j++)
            {
                if (s.Is(j, WordClass.Quantified))
                {
                    return s.Surface(s.Word(k - 1) is "$" or "£" or "€" or "¥" ? k - 1 : k, j + 1);
                }
                if (s.Word(j) is "," or ";" or ".")
                {
                    break;
                }
            }
        }
        return null;
    }
}
