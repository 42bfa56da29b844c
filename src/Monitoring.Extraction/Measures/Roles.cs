using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Measures;

/// <summary>
/// Who imposes a measure and on whom, from the positions of the entities around its cue: the
/// imposer is the one after "by", a possessive or bloc right before the cue ("Tokyo's sanctions",
/// "EU sanctions"), else the first state or bloc of the clause that no preposition puts in a
/// target's place, with those coordinated with it ("Washington and Tokyo"); targets follow the cue
/// after "against", "on", "to"… or stand between the imposer and the cue as its object ("Russia put
/// Japan on its list", "froze Russian assets").
/// A people's demonym stands for its state ("25 Russian individuals" → Russia); so does a firm or a
/// person whose country is known. Entities named as a reason ("over its invasion of Ukraine") are
/// neither.
/// </summary>
internal static class Roles
{
    /// <summary>
    /// The words of each class the rules below ask for. <see cref="WordClass.ReasonNoun"/>: nouns after
    /// which a country is the scene or the reason, not the target ("invasion of Ukraine", "war in Ukraine").
    /// </summary>
    public static (WordClass Class, string Words)[] Vocabulary() =>
    [
        (WordClass.TargetPreposition,
            "against on targeting target targets targeted to for from with at of toward towards upon"),
        (WordClass.Skippable,
            "the a an its their his her some more several certain all other top major key leading many dozens further new additional " +
            "senior regional former prominent provincial local"),
        (WordClass.ReasonNoun,
            "invasion war aggression attack attacks fight support aid assistance cooperation offensive troops soldiers forces " +
            "side help conflict border region ties alliance pact military involvement deployment occupation annexation " +
            "territory partnership behalf solidarity relief refugees people funding financing backing intervention incursion " +
            "behaviour behavior conduct crisis reunification assault onslaught"),
        (WordClass.Qualifier,
            "military economic growing deepening rising close closer strategic bilateral full large scale illegal ongoing brutal unprovoked"),
        (WordClass.ClauseBreak,
            "; that which who whom but while although though despite because since amid whereas unless"),
        (WordClass.Subordinator,
            "after since when as following despite amid although while if because in regarding according unlike like before"),
        (WordClass.ForwardStop,
            ", ; . which who that but while over due because amid after following despite since as by until"),
        (WordClass.GovernmentNoun,
            "government governments authorities officials cabinet ministry administration leaders diplomats foreign prime " +
            "president premier side lawmakers parliament regulators treasury state regime leadership agencies"),
    ];

    /// <summary>
    /// "in response to earlier rounds of sanctions", "in retaliation for Western sanctions": a measure named
    /// as what the sentence's subject answers is another's, aimed at that subject, and not its own.
    /// </summary>
    public static bool IsAnswered(SentenceView s, Cue cue)
    {
        for (var k = cue.First - 1; k >= Math.Max(1, cue.First - 6); k--)
        {
            var w = s.Word(k);
            if (w is "to" or "for" or "against" && s.Word(k - 1) is "response" or "retaliation" or "reaction" or "responding" or "retaliating" or "reacting" or "answer")
            {
                return true;
            }
            if (w is "," or ";" || s.Is(k, WordClass.ClauseBreak))
            {
                break;
            }
        }
        return false;
    }

    /// <summary>Where the clause holding token <paramref name="cue"/> starts.</summary>
    public static int ClauseStart(SentenceView s, int cue)
    {
        for (var k = cue - 1; k >= 0; k--)
        {
            // "…, following the announcement of the sanctions": a trailing phrase, not the subject's act.
            if ((s.Is(k, WordClass.ClauseBreak) && !ClosedRelativeBefore(s, k, cue) && !ObjectRelativeBefore(s, k, cue))
                || (k > 0 && s.Word(k) is "following" && s.Word(k - 1) is ","))
            {
                return k + 1;
            }
            // "China protested on Saturday after the Netherlands updated its export rules": a clause with a state as its subject,
            // or a bloc ("came hours after the European Union approved sanctions targeting …").
            if (k > 0 && (s.Word(k) is "after" or "when" or "before" || IsReactionAs(s, k)) && s.MentionAt(k + 1 + (s.Word(k + 1) is "the" ? 1 : 0)) is { Entity.Kind: ActorKind.Country or ActorKind.Organization } subject
                && (subject.Entity.Kind == ActorKind.Country || IsImposingModifier(subject))
                && subject.Role != FormRole.Demonym && s.Word(subject.End) is not ("'s" or "-" or "and" or ","))
            {
                return k + 1;
            }
            if (ContactRelativeSubject(s, k, cue))
            {
                return k + 1;
            }
        }
        // "After Russia invaded Ukraine, Japan imposed …": a leading subordinate clause is not the main one.
        if (s.Is(0, WordClass.Subordinator))
        {
            for (var k = cue - 1; k > 0; k--)
            {
                if (s.Word(k) is ",")
                {
                    return ListOfStatesStart(s, k) + 1;
                }
            }
        }
        return 0;
    }

    /// <summary>
    /// "was among those the U.S. said it sanctioned", "those Norway has sanctioned": after "those" or "whom", a state as the
    /// subject of the cue's verb (with only a verb of saying and its pronoun between) opens a relative clause of its own; what
    /// comes before it is what the listing was done to.
    /// </summary>
    private static bool ContactRelativeSubject(SentenceView s, int k, int cue)
    {
        if (s.Word(k) is not ("those" or "whom") || s.MentionAt(k + 1 + (s.Word(k + 1) is "the" ? 1 : 0)) is not { Entity.Kind: ActorKind.Country or ActorKind.Organization } subject
            || subject.Role == FormRole.Demonym || subject.End >= cue)
        {
            return false;
        }
        for (var j = subject.End; j < cue; j++)
        {
            if (s.Word(j) is not ("said" or "says" or "it" or "they" or "has" or "have" or "had" or "already" or "previously"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Peru anger as Chile imposes sanctions", "outrage in Peru as Chile bans …": "as" after a noun of reaction opens
    /// the clause of the state that acts; the state before it only reacts.
    /// </summary>
    private static bool IsReactionAs(SentenceView s, int k)
    {
        if (s.Word(k) is not "as")
        {
            return false;
        }
        for (var j = k - 1; j >= Math.Max(0, k - 4); j--)
        {
            if (s.Word(j) is "anger" or "fury" or "outrage" or "dismay" or "alarm" or "protest" or "protests" or "backlash" or "uproar")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "In a joint move, Norway, Peru and Chile have imposed …", "According to X, the UK, the EU, and Peru are to …": the comma at
    /// <paramref name="k"/> inside a list of states that opens after a comma is the list's own; the clause starts at the comma before the list. "After Russia invaded Ukraine,
    /// Japan …" keeps its comma (no comma before "Ukraine").
    /// </summary>
    private static int ListOfStatesStart(SentenceView s, int k)
    {
        var j = k;
        // ("… Hong Kong, Macau, and entities in China are banned": a comma before no state is the clause's.)
        var next = k + (s.Word(k + 1) is "and" or "or" ? 2 : 1);
        if (s.MentionAt(next + (s.Word(next) is "the" ? 1 : 0)) is not { Entity.Kind: ActorKind.Country or ActorKind.Organization })
        {
            return k;
        }
        while (s.MentionAt(j - 1) is { Entity.Kind: ActorKind.Country or ActorKind.Organization } m && m.Role != FormRole.Demonym)
        {
            var before = s.Word(m.First - 1) is "the" ? m.First - 2 : m.First - 1;
            if (s.Word(before) is not ",")
            {
                break;
            }
            j = before;
        }
        return j;
    }

    /// <summary>
    /// "Norway adopted the sanctions that the EU imposed on Peruvian firms and froze their assets": after a relative clause with a
    /// state of its own as subject, on the measures ("sanctions that the EU imposed …"), "and" plus a verb with an object of its
    /// own ("froze their assets") goes on with the main subject's verbs; a verb with no object ("… and extended last year")
    /// shares the relative's gap and stays in it.
    /// </summary>
    private static bool ObjectRelativeBefore(SentenceView s, int k, int cue) => ObjectRelativeSubjectEnd(s, k, cue) >= 0;

    /// <summary>
    /// The end of the relative clause's subject when the cue at <paramref name="cue"/> goes on with the main subject after an
    /// object relative clause (<see cref="ObjectRelativeBefore"/>), else -1: the relative's subject is no target of the main verb.
    /// </summary>
    public static int ObjectRelativeSubjectEnd(SentenceView s, int cue)
    {
        for (var k = cue - 2; k > 0; k--)
        {
            if (s.Is(k, WordClass.ClauseBreak))
            {
                return ObjectRelativeSubjectEnd(s, k, cue);
            }
        }
        return -1;
    }

    private static int ObjectRelativeSubjectEnd(SentenceView s, int k, int cue)
    {
        if (s.Word(k) is not ("that" or "which") || k == 0 || !s.Is(k - 1, WordClass.Sanction) || cue < 1 || s.Word(cue - 1) is not "and"
            || s.Word(cue + 1) is not ("their" or "its" or "his" or "her" or "the" or "all"))
        {
            return -1;
        }
        var subject = k + 1 + (s.Word(k + 1) is "the" ? 1 : 0);
        if (s.MentionAt(subject) is not { Entity.Kind: ActorKind.Country or ActorKind.Organization, Role: not FormRole.Demonym } relativeSubject)
        {
            return -1;
        }
        for (var j = subject + 1; j < cue - 1; j++)
        {
            if (s.Is(j, WordClass.ClauseBreak) || s.Word(j) is ",")
            {
                return -1;
            }
        }
        return relativeSubject.End;
    }

    /// <summary>
    /// "The US and the EU have accused Russia, which annexed Crimea, of arming the rebels, and have sanctioned its firms": a
    /// relative clause closed before ", and" plus the cue's own verb (with its auxiliaries) leaves that verb to the main
    /// subject, so the relative word at <paramref name="k"/> does not start the cue's clause.
    /// </summary>
    private static bool ClosedRelativeBefore(SentenceView s, int k, int cue)
    {
        if (s.Word(k) is not ("which" or "who"))
        {
            return false;
        }
        for (var j = cue - 1; j > k; j--)
        {
            if (s.Word(j) is "," && s.Word(j + 1) is "and")
            {
                var v = j + 2;
                while (v < cue && s.Word(v) is "have" or "has" or "had" or "also" or "will" or "then" or "later" or "since" or "already")
                {
                    v++;
                }
                return v == cue && s.Word(cue).EndsWith("ed", StringComparison.Ordinal);
            }
            if (s.Is(j, WordClass.ClauseBreak))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// The imposers of a measure and the tokens that name them: "by X" after the cue, a possessive or
    /// a bloc right before it ("Tokyo's sanctions", "EU sanctions"), else the first state of the
    /// clause outside a target's place, with any state coordinated with it ("Washington and Tokyo").
    /// </summary>
    public static void Imposers(SentenceView s, Cue cue, int clauseStart, out (int First, int End) named, List<Entity> into) =>
        Imposers(s, cue, clauseStart, out named, into, out _);

    /// <summary>As above; <paramref name="byPerson"/> tells that the imposer is only the state of a person named in the clause.</summary>
    public static void Imposers(SentenceView s, Cue cue, int clauseStart, out (int First, int End) named, List<Entity> into, out bool byPerson)
    {
        named = (clauseStart, clauseStart);
        byPerson = false;
        var hitWith = HitWith(s, cue, clauseStart) >= 0;
        // Passive: "sanctions imposed by the EU"; not the agent of another verb ("sanctions criticised by China");
        // "Iran was slapped with sanctions from Canada".
        // ("those already imposed on Peru by the EU": an adverb before the participle puts the agent a word further.)
        var reach = s.Word(cue.End) is "already" or "previously" ? 5 : 4;
        for (var k = cue.End; k < Math.Min(s.Tokens.Count, cue.End + reach); k++)
        {
            // ("will cut its banks from SWIFT, joining efforts by the G7": past a comma, "by" names the agent of another phrase,
            // unless a participle of the measure's own follows: "the sanctions, imposed by the EU".)
            if (s.Word(k) is "," or ";" && !StatusReader.IsStatusWord(s, k + 1))
            {
                break;
            }
            // ("visits by Eritrean officials": the visitors, not an agent; "assets held by President X": the owner, who is aimed at.)
            if (s.Word(k) is "by" && s.Word(k - 1) is "held" or "owned" or "controlled")
            {
                break;
            }
            if ((s.Word(k) is "by" || ((hitWith || Suffered(s, cue)) && s.Word(k) is "from")) && (k == cue.End || !IsOtherVerb(s, k - 1)) && !(k == cue.End && s.Word(cue.First) is "visits" or "visit")
                && Agent(s, k) is ({ } byMention, { } byEntity))
            {
                into.Add(byEntity);
                // "Sanctions by the United States and United Kingdom", "those imposed by the EU and Britain".
                named = (byMention.First, AddCoordinated(s, byMention, into));
                return;
            }
        }
        // "similar sanctions against the Asian country by the United States and Canada": the agent after the target's phrase.
        if (AgentAfterTarget(s, cue) is > 0 and var after && Agent(s, after) is ({ } afterMention, { } afterEntity))
        {
            into.Add(afterEntity);
            named = (afterMention.First, AddCoordinated(s, afterMention, into));
            return;
        }
        // Right before the cue: "Tokyo's sanctions", "the EU's new sanctions", "UN Security Council sanctions",
        // past the measure's own noun ("UK asset freezes").
        var p = SkipBack(s, cue.First - 1);
        while (p >= 0 && s.Is(p, WordClass.Asset) && s.MentionAt(p) is null)
        {
            p = SkipBack(s, p - 1);
        }
        // "the Bolivian list of sanctions", "Peru's new package of sanctions": the owner of the list or package owns the measures in it.
        if (p >= 2 && s.Word(p) is "of" && s.Word(p - 1) is "list" or "lists" or "package" or "packages" or "round" or "raft" or "wave" or "batch")
        {
            p = SkipBack(s, p - 2);
            if (p >= 0 && s.MentionAt(p) is { Role: FormRole.Demonym, Entity.Kind: ActorKind.Country } listOwner && p == listOwner.End - 1)
            {
                // (A demonym, which before "sanctions" may name whose people are aimed at, before a list names whose list it is.)
                named = (listOwner.First, listOwner.End);
                into.Add(listOwner.Entity);
                return;
            }
        }
        if (BlacklistOwner(s, cue, p) is { } blacklistOwner)
        {
            // "the Russian travel blacklist", "an Iranian stop list": a state's people named before its own list of the barred.
            named = (blacklistOwner.First, blacklistOwner.End);
            into.Add(blacklistOwner.Entity);
            return;
        }
        // ("Iran's exports", "North Korea's imports" are the trade of the state named, not its measures.)
        if (p >= 1 && s.Word(p) is "'s" && !IsTrade(s.Word(cue.First)) && !IsOwnedStatus(s, cue) && s.MentionAt(p - 1) is { } owner && s.Word(owner.First - 1) is not "of" && AsImposer(s, owner) is { Kind: not ActorKind.Person } ownerEntity)
        {
            named = (owner.First, owner.End);
            AddAdopter(s, owner.First, clauseStart, into);
            into.Add(ownerEntity);
            return;
        }
        if (p >= 0 && s.MentionAt(p) is null && s.Word(p) is "and" or "," or "or")
        {
            // "UK asset freezes and travel bans": a measure coordinated before this one shares its modifier.
            p = SharedModifier(s, p);
        }
        if (p >= 0 && s.MentionAt(p) is { Role: FormRole.Demonym, Entity.Kind: ActorKind.Country } lastDemonym && JoinedToImposingModifier(s, lastDemonym) is >= 0 and var opener)
        {
            // "the U.S., British and Canadian sanctions": demonyms listed after a name that imposes ("U.S.") impose with it.
            for (var j = opener; j <= s.Mentions.LastIndexOf(lastDemonym); j++)
            {
                var e = s.Mentions[j].Role == FormRole.Demonym ? s.Mentions[j].Entity : AsImposer(s, s.Mentions[j]);
                if (e is not null && !into.Contains(e))
                {
                    into.Add(e);
                }
            }
            named = (s.Mentions[opener].First, lastDemonym.End);
            return;
        }
        if (p >= 0 && p == cue.First - 1 && s.MentionAt(p) is { Role: FormRole.Demonym, Entity.Kind: ActorKind.Country } issuer && p == issuer.End - 1
            && cue.Type == MeasureTypes.ExportBan && s.Word(cue.First).StartsWith("export", StringComparison.Ordinal)
            && s.Word(cue.End) is "licences" or "licenses" or "licence" or "license" or "permits" or "permit")
        {
            // "a ban on all Peruvian export licences to the navy": the state that issues the licences withholds them.
            named = (issuer.First, issuer.End);
            into.Add(issuer.Entity);
            return;
        }
        if (p >= 0 && s.MentionAt(p) is { Role: FormRole.Demonym, Entity.Kind: ActorKind.Country } owning && p == owning.End - 1 && Suffered(s, owning.First))
        {
            // "Peru is under Chilean sanctions": the demonym before a measure suffered names whose it is.
            named = (owning.First, owning.End);
            into.Add(owning.Entity);
            return;
        }
        if (p >= 0 && s.MentionAt(p) is { } modifier && IsImposingModifier(modifier) && AsImposer(s, modifier) is { } modifierEntity)
        {
            // With the states coordinated before it: "EU and US sanctions", "Japan, South Korea and US sanction …".
            var last = s.Mentions.LastIndexOf(modifier);
            var first = last;
            while (first > 0 && JoinedImposer(s, s.Mentions[first - 1], s.Mentions[first - 1].End, s.Mentions[first].First) is not null)
            {
                first--;
            }
            AddAdopter(s, s.Mentions[first].First, clauseStart, into);
            for (var j = first; j < last; j++)
            {
                into.Add(AsImposer(s, s.Mentions[j])!);
            }
            named = (s.Mentions[first].First, modifier.End);
            into.Add(modifierEntity);
            return;
        }
        // "Kyiv urged the EU to impose sanctions": the state urged to act imposes, not the one urging.
        foreach (var m in s.Mentions)
        {
            if (m.First >= clauseStart && m.End < cue.First && cue.First - m.End <= 8 && s.Word(m.End) is "to" && IsUrged(s, m.First)
                && !AnyBetween(s, m.End, cue.First, static w => w is "and" or "," or ";" or "but") && AsImposer(s, m) is { Kind: not ActorKind.Person } urged)
            {
                named = (m.First, m.End);
                into.Add(urged);
                return;
            }
        }
        Mention? person = null;
        for (var i = 0; i < s.Mentions.Count; i++)
        {
            var m = s.Mentions[i];
            if (m.First < clauseStart)
            {
                continue;
            }
            if (m.First >= cue.First)
            {
                break;
            }
            if (IsReason(s, m) || (InTargetSlot(s, m) && !BodyOfState(s, m, clauseStart)) || CoordinatedWithTarget(s, i) || IsHitObject(s, m, cue, clauseStart)
                || PlaceOfTargets(s, m) || InIncludingList(s, m) || IsDrafter(s, m) || IsImplemented(s, m) || IsAttributiveTarget(s, m, cue) || OwnsTrade(s, m, cue)
                || IsScope(s, m) || Suffers(s, m, cue) || IsKicker(s, m) || QualifiesPeopleHit(s, m, cue, clauseStart)
                || (m.Entity.Kind == ActorKind.Country && MeasureFinder.InLawTitle(s, m)) || AgentOfOtherParticiple(s, m))
            {
                continue; // ("The Caesar Moldova Civilian Protection Act was signed …": a state in a law's title is no side of it.)
            }
            if (IsCurrencySign(s, m) || AsImposer(s, m) is not { } entity)
            {
                continue;
            }
            if (entity.Kind == ActorKind.Person && s.Word(m.End) is "'s" or "’s" && s.Is(SkipForward(s, m.End + 1), WordClass.Asset))
            {
                // "freeze Lukashenko's assets, block any transactions …": the owner of what is frozen is aimed at, he speaks for no state.
                continue;
            }
            if (entity.Kind == ActorKind.Person || (entity.Kind == ActorKind.Country && s.Word(m.End) is "envoy" or "ambassador" or "diplomat" or "representative"))
            {
                // "U.S. envoy Rosemary DiCarlo said …": a state's envoy speaks for it, as a person does.
                person ??= m;
                continue;
            }
            into.Add(entity);
            var end = m.End;
            // "Washington and Tokyo", "The United States and the EU".
            for (var j = i + 1; j < s.Mentions.Count && s.Mentions[j].First < cue.First; j++)
            {
                var next = s.Mentions[j];
                if (JoinedImposer(s, next, end, next.First) is not { } also)
                {
                    break;
                }
                into.Add(also);
                end = next.End;
            }
            end = AddJoined(s, i, end, cue.First, into);
            named = (m.First, end);
            SubjectAfterFronted(s, m, cue, into);
            return;
        }
        if (person is { Entity.Country: not null })
        {
            // The person named is then no target either: "Prime Minister Scott Morrison said … sanctions".
            into.Add(person.Entity.Kind == ActorKind.Country ? person.Entity : person.Entity.State!);
            // "U.S. envoy Rosemary DiCarlo": the envoy's own name goes with the state.
            var end = person.End;
            while (s.MentionAt(end + 1) is { Entity.Kind: ActorKind.Person } envoy && envoy.First == end + 1)
            {
                end = envoy.End;
            }
            named = (person.First, end);
            // "The Biden administration imposed …": a leader's government acts for the state, it does not speak of another's act.
            // ("The ban, announced by Prime Minister X, covers …": the agent of the measure's own participle acts, he does not speak of it.)
            byPerson = s.Word(person.End) is not ("administration" or "government" or "cabinet") && !AgentOfParticiple(s, person.First);
            return;
        }
        // A longer passive, when no state stands before the cue: "Sanctions on Russia were extended by the EU".
        for (var k = cue.End; k < Math.Min(s.Tokens.Count, cue.End + 12) && s.Word(k) is not ("," or ";" or "which" or "that" or "who"); k++)
        {
            if (s.Word(k) is "by" && StatusReader.IsStatusWord(s, k - 1) && Agent(s, k) is ({ } byMention, { } byEntity))
            {
                named = (byMention.First, byMention.End);
                into.Add(byEntity);
                return;
            }
        }
    }

    /// <summary>
    /// "officials met Chilean diplomats in Lima to discuss the sanctions", "talks with Chile on sanctions": the party met or
    /// talked with is an interlocutor, and a place travelled to a destination, not the measure's object.
    /// </summary>
    private static bool IsInterlocutor(SentenceView s, Mention m)
    {
        var k = SkipBack(s, m.First - 1);
        if (s.Word(k) is "with" or "to")
        {
            // (Also a destination: "will travel to Chile next week to discuss the sanctions".)
            var to = s.Word(k) is "to";
            k = SkipBack(s, k - 1);
            return s.Word(k) is "met" or "meet" or "meets" or "meeting" or "talks" or "talked" or "spoke" or "speaking" or "consulted"
                || (to && s.Word(k) is "travel" or "travels" or "travelled" or "traveled" or "trip" or "visit" or "fly" or "flew" or "flies" or "head" or "heads" or "headed");
        }
        return s.Word(k) is "met" or "meet" or "meets" or "meeting" or "visited" or "hosted" or "consulted";
    }

    /// <summary>"…, citing officials in Chile", "according to diplomats from Chile": who a report rests on is no party to the measure.</summary>
    private static bool IsCitedSource(SentenceView s, Mention m)
    {
        for (var k = m.First - 1; k >= Math.Max(0, m.First - 5); k--)
        {
            if (s.Is(k, WordClass.Sanction | WordClass.CueHead) || s.Word(k) is ";")
            {
                return false;
            }
            if (s.Word(k) is "citing" or "quoting" || (s.Word(k) is "according" && s.Word(k + 1) is "to"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"is under sanctions from …", "faces sanctions from …", "remains subject to sanctions from …": the measure is suffered by the subject.</summary>
    private static bool Suffered(SentenceView s, Cue cue) => Suffered(s, cue.First);

    private static bool Suffered(SentenceView s, int first)
    {
        var k = first - 1;
        while (k >= 0 && s.Word(k) is "the" or "new" or "fresh" or "further" or "tough" or "tougher" or "heavy" or "more" or "international" or "economic" or "western")
        {
            k--;
        }
        return s.Word(k) is "under" or "face" or "faces" or "faced" or "facing" || (s.Word(k) is "to" && s.Word(k - 1) is "subject");
    }

    /// <summary>
    /// "Alongside the United States, Canada and the EU, Britain has issued …": the states of a fronted phrase act too,
    /// but the subject after its comma goes first, as the one the next sentences go on about.
    /// </summary>
    private static void SubjectAfterFronted(SentenceView s, Mention first, Cue cue, List<Entity> into)
    {
        var k = first.First - 1;
        if (s.Word(k) is "the")
        {
            k--;
        }
        if (!(s.Word(k) is "alongside" || (s.Word(k) is "with" && s.Word(k - 1) is "along" or "together")) || k > 2)
        {
            return;
        }
        for (var j = first.End; j < cue.First; j++)
        {
            if (s.Word(j) is not "," || s.MentionAt(j + 1 + (s.Word(j + 1) is "the" ? 1 : 0)) is not { } m || s.MentionAt(j - 1) is null && j > first.End + 12)
            {
                continue;
            }
            // "Along with the U.N., the United States and European Union imposed …": two names joined by "and" with no comma
            // after the second are the subject, not more of the list.
            var second = s.Word(m.End) is "and" ? s.MentionAt(m.End + 1 + (s.Word(m.End + 1) is "the" ? 1 : 0)) : null;
            if (s.Word(m.End) is "," || (s.Word(m.End) is "and" && (second is null || s.Word(second.End) is "," or "and")))
            {
                continue; // still the list
            }
            if (second is not null && AsImposer(s, second) is { Kind: not ActorKind.Person } also)
            {
                into.Remove(also);
                into.Insert(0, also);
            }
            if (AsImposer(s, m) is { Kind: not ActorKind.Person } subject)
            {
                into.Remove(subject);
                into.Insert(0, subject);
            }
            return;
        }
    }

    /// <summary>"Belarus: UK imposes more sanctions …": a name that opens the line before a colon labels the story, it acts in nothing.</summary>
    private static bool IsKicker(SentenceView s, Mention m) => m.First == 0 && s.Word(m.End) is ":";

    /// <summary>
    /// The token of the modifier before a measure that a measure coordinated before it opens ("UK asset freezes and
    /// travel bans" from "and"), or <paramref name="conjunction"/> itself when the words before it are no measure.
    /// </summary>
    private static int SharedModifier(SentenceView s, int conjunction)
    {
        var k = conjunction - 1;
        var words = 0;
        while (k >= 0 && words < 3 && s.MentionAt(k) is null && s.Is(k, WordClass.Asset | WordClass.Freezing | WordClass.Restricting | WordClass.CueHead))
        {
            k--;
            words++;
        }
        return words > 0 && k >= 0 && s.MentionAt(k) is not null ? k : conjunction;
    }

    /// <summary>
    /// "Switzerland adopted the latest round of EU sanctions": a state that adopts, applies or follows a bloc's
    /// sanctions imposes them too. <paramref name="owner"/> is where the bloc's name starts.
    /// </summary>
    private static void AddAdopter(SentenceView s, int owner, int clauseStart, List<Entity> into)
    {
        var k = AdoptingVerb(s, owner, clauseStart);
        if (k < 0)
        {
            return;
        }
        foreach (var m in s.Mentions)
        {
            if (m.First >= clauseStart && m.End <= k && !InTargetSlot(s, m) && !IsReason(s, m) && AsImposer(s, m) is { Kind: not ActorKind.Person } adopter)
            {
                into.Add(adopter);
                return;
            }
        }
    }

    /// <summary>The verb of adopting, applying or following right before a regime's owner that starts at <paramref name="owner"/>; -1 when none.</summary>
    private static int AdoptingVerb(SentenceView s, int owner, int clauseStart)
    {
        var k = owner - 1;
        while (k > clauseStart && owner - k <= 6 && s.Word(k) is "the" or "latest" or "round" or "rounds" or "package" or "packages" or "of" or "new" or "same" or "full" or "all")
        {
            k--;
        }
        return s.Word(k) is "adopt" or "adopts" or "adopted" or "adopting" or "apply" or "applies" or "applied" or "follow" or "follows" or "followed"
            or "implement" or "implements" or "implemented" or "mirror" or "mirrors" or "mirrored" or "join" or "joins" or "joined"
            ? k
            : -1;
    }

    /// <summary>
    /// "Norway will adopt EU sanctions against Syrian generals": the bloc or state whose sanctions another adopts, applies or
    /// follows. Its sanctions exist already, whatever the adopter's plan; null when there is none, or when the sanctions
    /// adopted are still to come ("will adopt the EU's planned sanctions").
    /// </summary>
    public static Entity? AdoptedRegimeOwner(SentenceView s, Cue cue, int clauseStart)
    {
        var p = SkipBack(s, cue.First - 1);
        while (p >= 0 && s.Is(p, WordClass.Asset) && s.MentionAt(p) is null)
        {
            p = SkipBack(s, p - 1);
        }
        var owner = p >= 1 && s.Word(p) is "'s" ? s.MentionAt(p - 1) : s.MentionAt(p) is { } modifier && IsImposingModifier(modifier) ? modifier : null;
        var verb = owner is null ? -1 : AdoptingVerb(s, owner.First, clauseStart);
        if (owner is null || verb < 0)
        {
            return null;
        }
        for (var k = verb + 1; k < cue.End; k++)
        {
            if (s.Word(k) is "planned" or "proposed" or "draft" or "upcoming" or "forthcoming" or "next" or "future" or "possible" or "expected")
            {
                return null;
            }
        }
        return AsImposer(s, owner);
    }

    /// <summary>"It also bans Iran's coal exports": the state whose trade the cue names is not who restricts it.</summary>
    private static bool OwnsTrade(SentenceView s, Mention m, Cue cue) =>
        s.Is(m.End, WordClass.Possessive) && cue.First - m.End <= 6 && IsTrade(s.Word(cue.First));

    private static bool IsTrade(ReadOnlySpan<char> w) =>
        w.StartsWith("export", StringComparison.Ordinal) || w.StartsWith("import", StringComparison.Ordinal) || w is "supplies" or "supply" or "deliveries" or "access" or "ability";

    /// <summary>A bloc's or a state's name right before a general sanction ("EU sanctions", "US sanctions"): the regime is named, not only its listings.</summary>
    public static bool NamesRegime(SentenceView s, Cue cue)
    {
        var p = SkipBack(s, cue.First - 1);
        // Not the list people are added to ("added to US sanctions list") nor what a person is subject to ("who is already
        // subject to U.S. sanctions"): those sanctions are the people's listings.
        return p >= 0 && s.MentionAt(p) is { } m && IsImposingModifier(m)
            && s.Word(cue.End) is not ("list" or "lists") && s.Word(cue.End - 1) is not ("list" or "lists")
            && !(s.Word(m.First - 1) is "to" && s.Word(m.First - 2) is "subject") && !SanctionVerb(s, cue);
    }

    /// <summary>
    /// "The US sanctioned two officials", "UK Sanctions Iran's Guard", "US, UK and EU sanction Guard-linked firms": the name
    /// before the cue is the subject of the verb, and the object after it says whom the sanctions reach; no regime is named.
    /// A demonym after "sanctions" ("EU sanctions Iranian …") is left to the regime reading, as before.
    /// </summary>
    private static bool SanctionVerb(SentenceView s, Cue cue)
    {
        var w = s.Word(cue.First);
        if (cue.End - cue.First == 1 && w is "sanctioned" or "sanctioning" or "blacklisted" or "blacklisting" or "designated" or "designating")
        {
            return true;
        }
        if (cue.End - cue.First != 1 || w is not ("sanction" or "sanctions"))
        {
            return false;
        }
        var k = cue.End;
        if (s.MentionAt(k) is { } next)
        {
            // "UK Sanctions Iran's Guard", "sanction Guard-linked entities": a body, a person or a state's possessive is the object.
            return next.Entity.Kind != ActorKind.Country || (next.Role != FormRole.Demonym && s.Word(next.End) is "'s" or "’s");
        }
        return k < s.Tokens.Count && (s.Tokens[k].IsNumber || s.Is(k, WordClass.Quantified)
            || s.Word(k) is "the" or "a" or "an" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
                or "dozens" or "several" or "more" or "top" or "senior");
    }

    /// <summary>"adopt European Union sanctions … and freeze their assets": a bloc naming whose sanctions they are is no target.</summary>
    private static bool ModifiesSanctions(SentenceView s, Mention m) =>
        IsImposingModifier(m) && s.Is(SkipForward(s, m.End), WordClass.Sanction);

    private static int SkipForward(SentenceView s, int k)
    {
        while (k < s.Tokens.Count && s.Is(k, WordClass.Skippable))
        {
            k++;
        }
        return k;
    }

    /// <summary>
    /// "Canada joins the U.S. and EU in imposing sanctions": the states joined in the act impose too. Returns
    /// the end of the names taken.
    /// </summary>
    private static int AddJoined(SentenceView s, int subject, int end, int cue, List<Entity> into)
    {
        var k = end;
        while (k < cue && s.Word(k) is "has" or "have" or "also" or "now" or "formally")
        {
            k++;
        }
        if (s.Word(k) is not ("joins" or "joined" or "join" or "joining"))
        {
            return AddJointActors(s, subject, end, cue, into);
        }
        var found = new List<Entity>();
        var last = k + 1;
        for (var j = subject + 1; j < s.Mentions.Count && s.Mentions[j].First < cue; j++)
        {
            var m = s.Mentions[j];
            if (m.First < last || !AllBetween(s, last, m.First, static w => w is "and" or "," or "the") || AsImposer(s, m) is not { Kind: not ActorKind.Person } e)
            {
                break;
            }
            found.Add(e);
            last = m.End;
        }
        if (found.Count == 0 || s.Word(last) is not "in")
        {
            return end;
        }
        into.AddRange(found);
        return last;
    }

    /// <summary>
    /// "Britain and the EU have taken joint action with the US and Canada to impose …", "joined forces with Canada to impose":
    /// the partners of a joint action taken to impose act too.
    /// </summary>
    private static int AddJointActors(SentenceView s, int subject, int end, int cue, List<Entity> into)
    {
        var k = end;
        while (k + 2 < cue && k - end < 8 && !(s.Word(k) is "joint" or "forces" && s.Word(k + 1) is "action" or "with"))
        {
            if (s.Word(k) is "," or ";" || s.MentionAt(k) is not null)
            {
                return end;
            }
            k++;
        }
        var with = s.Word(k + 1) is "with" ? k + 1 : k + 2;
        if (s.Word(k) is not ("joint" or "forces") || s.Word(with) is not "with")
        {
            return end;
        }
        var found = new List<Entity>();
        var last = with + 1;
        for (var j = subject + 1; j < s.Mentions.Count && s.Mentions[j].First < cue; j++)
        {
            var m = s.Mentions[j];
            if (m.First < last)
            {
                continue;
            }
            if (!AllBetween(s, last, m.First, static w => w is "and" or "," or "the") || AsImposer(s, m) is not { Kind: not ActorKind.Person } e)
            {
                break;
            }
            found.Add(e);
            last = m.End;
        }
        if (found.Count == 0 || s.Word(last) is not ("to" or "in"))
        {
            return end;
        }
        foreach (var e in found)
        {
            if (!into.Contains(e))
            {
                into.Add(e);
            }
        }
        return last;
    }

    /// <summary>Whether mention <paramref name="i"/> is joined by "and" or commas to an earlier name in a target's place: "sanctions on Russia and Belarus".</summary>
    private static bool CoordinatedWithTarget(SentenceView s, int i)
    {
        // "In the wake of the stalemate with Tehran, Japan will freeze …", "Along with the U.N., the United States and the EU
        // imposed …": the comma that closes a fronted phrase opens the main clause; a name after it is no more of the phrase's list.
        var fronted = FrontedComma(s);
        while (i > 0)
        {
            var m = s.Mentions[i];
            var before = s.Mentions[i - 1];
            if (!AllBetween(s, before.End, m.First, static w => w is "and" or "," or "or" or "the") || before.End == m.First
                || (fronted >= before.End && fronted < m.First))
            {
                return false;
            }
            if (InTargetSlot(s, before))
            {
                return true;
            }
            i--;
        }
        return false;
    }

    /// <summary>
    /// "hit North Korea and Russia on Monday with new sanctions", "Iran was slapped with sanctions": the verb
    /// of a measure named after "with"; its index, or -1.
    /// </summary>
    public static int HitWith(SentenceView s, Cue cue, int clauseStart)
    {
        var k = cue.First - 1;
        while (k >= 0 && (s.Is(k, WordClass.Skippable) || s.Is(k, WordClass.Weak)))
        {
            k--;
        }
        if (k < 0 || s.Word(k) is not "with")
        {
            return -1;
        }
        // The objects may be a list with commas: "hitting 183 officials, including its president, and 26 firms with …".
        for (var j = k - 1; j >= Math.Max(clauseStart, k - 20); j--)
        {
            if (s.Word(j) is "hit" or "hits" or "hitting" or "slapped" or "slaps" or "struck" or "strikes" or "targeted" or "targets" or "punished" or "punishes")
            {
                return j;
            }
            if (s.Word(j) is ";" || s.Is(j, WordClass.ClauseBreak))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// "The EU individuals slapped with sanctions", "British officials were hit with sanctions": the state whose people the hitting
    /// verb is said of is hit, it does not impose.
    /// </summary>
    public static bool QualifiesPeopleHit(SentenceView s, Mention m, Cue cue, int clauseStart)
    {
        if (m.Entity.Kind is not (ActorKind.Country or ActorKind.Organization) || HitWith(s, cue, clauseStart) is not (>= 0 and var verb) || verb <= m.End)
        {
            return false;
        }
        var k = m.End;
        var people = 0;
        while (k < verb && (s.Is(k, WordClass.Qualifier) || s.Word(k) is "military" or "government" or "senior" or "former"))
        {
            k++;
        }
        while (k < verb && s.Word(k) is "individuals" or "officials" or "politicians" or "lawmakers" or "people" or "persons" or "figures"
            or "entities" or "institutions" or "organisations" or "organizations" or "firms" or "companies" or "nationals" or "citizens" or "and" or ",")
        {
            people += s.Word(k) is "and" or "," ? 0 : 1;
            k++;
        }
        k += s.Word(k) is "were" or "was" or "are" or "is" or "have" or "has" ? 1 : 0;
        k += s.Word(k) is "been" ? 1 : 0;
        return people > 0 && k == verb;
    }

    /// <summary>A name between a hitting verb and "with …": what the measure hits, not who imposes it.</summary>
    private static bool IsHitObject(SentenceView s, Mention m, Cue cue, int clauseStart) =>
        HitWith(s, cue, clauseStart) is var verb and >= 0 && m.First > verb && m.End < cue.First;

    /// <summary>
    /// "(technology that) could boost", "would help", "contribute to": after a relative word at <paramref name="k"/>, a verb of
    /// aiding (with its modal) whose object is the goods' user; the index of its last word, or 0.
    /// </summary>
    private static int AidingVerb(SentenceView s, int k)
    {
        if (s.Word(k) is "could" or "would" or "might" or "may" or "can")
        {
            k++;
        }
        if (s.Word(k) is "contribute" or "contributes" && s.Word(k + 1) is "to")
        {
            return k + 1;
        }
        return s.Word(k) is "boost" or "boosts" or "help" or "helps" or "aid" or "aids" or "advance" or "advances" or "fuel" or "fuels"
            or "assist" or "assists" or "further" or "furthers" ? k : 0;
    }

    /// <summary>The names between a hitting verb and "with": "hit North Korea and Russia on Monday with sanctions".</summary>
    private static void HitObjects(SentenceView s, Cue cue, int clauseStart, List<string> targets)
    {
        var verb = HitWith(s, cue, clauseStart);
        if (verb < 0)
        {
            return;
        }
        foreach (var m in s.Mentions)
        {
            if (m.First > verb && m.End < cue.First && !IsReason(s, m) && AsTarget(m) is { } t && !targets.Contains(t))
            {
                targets.Add(t);
            }
        }
    }

    /// <summary>
    /// "Japan and South Korea welcomed the new sanctions that ban …": where the words after the last verb of
    /// reaction before the cue start (0 when there is none); the names before it react, they take no part.
    /// </summary>
    public static int AfterReaction(SentenceView s, int cue)
    {
        for (var k = cue - 1; k >= 0; k--)
        {
            if (s.Word(k) is "at" or "over" && s.Word(k - 1) is "anger" or "outrage" or "fury" or "dismay" or "angry" or "furious" or "outraged"
                && cue - k <= 6 && !AnyBetween(s, k, cue, static w => w is "," or ";" or ":" or "and" or "as"))
            {
                // "EU anger at ‘unjustified’ Russian travel blacklist": who is angry at a measure reacts to it.
                return k + 1;
            }
            if (s.Word(k) is "welcomed" or "welcomes" or "welcoming" or "praised" or "praises" or "hailed" or "hails" or "applauded"
                or "criticised" or "criticized" or "criticises" or "criticizes" or "condemned" or "condemns" or "denounced" or "denounces"
                or "slammed" or "slams" or "opposed" or "opposes" or "rejected" or "rejects" or "blasted" or "blasts"
                or "protested" or "protests" or "summoned" or "summons" || (s.Word(k) is "at" && s.Word(k - 1) is "back"))
            {
                // Only when what they react to is a measure: "welcomed the new sanctions", not "rejected the claims";
                // "blasts Chile over sanctions", "summoned the Chilean ambassador over the sanctions": who is addressed is skipped.
                var j = k + 1;
                while (j < cue && (s.Is(j, WordClass.Skippable) || s.Is(j, WordClass.Weak) || s.MentionAt(j) is not null || s.Word(j) is "'s"
                    || (s.Word(j) is "over" && j > k + 1) || s.Word(j) is "ambassador" or "envoy"))
                {
                    j++;
                }
                return j == cue || s.Is(j, WordClass.Sanction) || s.Word(j) is "measures" or "resolution" or "ban" or "bans" or "embargo" or "move" or "decision" or "steps" ? k + 1 : 0;
            }
        }
        return 0;
    }

    /// <summary>
    /// "a UN resolution, which …", "the EU package that …": the bloc whose act a relative clause starting at
    /// <paramref name="clauseStart"/> describes, or null.
    /// </summary>
    public static Entity? ActOfBloc(SentenceView s, int clauseStart)
    {
        var k = clauseStart - 1;
        if (s.Word(k) is not ("which" or "that"))
        {
            return null;
        }
        k--;
        if (s.Word(k) is ",")
        {
            k--;
        }
        if (s.Is(k, WordClass.GovernmentNoun) && s.MentionAt(k) is null)
        {
            // "retaliation from China's foreign ministry, which imposed travel bans on …": a state's government body acts for it.
            var g = k;
            while (g > 0 && s.Is(g - 1, WordClass.GovernmentNoun) && s.MentionAt(g - 1) is null)
            {
                g--;
            }
            var owner = s.Word(g - 1) is "'s" or "’s" ? s.MentionAt(g - 2) : s.MentionAt(g - 1);
            return owner is { Entity.Kind: ActorKind.Country } && AsImposer(s, owner) is { Kind: ActorKind.Country } state ? state : null;
        }
        if (s.Word(k) is not ("resolution" or "resolutions" or "package" or "regulation" or "decision" or "law" or "sanctions"))
        {
            return null;
        }
        return s.MentionAt(k - 1) is { } m && IsImposingModifier(m) && AsImposer(s, m) is { Kind: not ActorKind.Person } bloc ? bloc : null;
    }

    /// <summary>
    /// "companies based in any country under a U.S. arms embargo": a measure named to describe whom a rule covers
    /// ("any country under …") is a condition, not a measure reported.
    /// </summary>
    public static bool IsCondition(SentenceView s, Cue cue)
    {
        // "threatened to expel its ambassador if the sanctions were not lifted": a measure already named, as the condition
        // of another act, is not the actor's.
        if (s.Word(cue.First - 1) is "the" or "these" or "those" && s.Word(cue.First - 2) is "if" or "unless" or "until")
        {
            return true;
        }
        var k = cue.First - 1;
        for (var steps = 0; k >= 1 && steps < 6 && (s.Is(k, WordClass.Skippable | WordClass.Arms) || s.MentionAt(k) is not null || s.Word(k) is "-"); steps++)
        {
            k--;
        }
        return s.Word(k) is "under" && s.Word(k - 1) is "country" or "countries" or "nation" or "nations" or "state" or "states" or "entity" or "entities"
            && s.Word(k - 2) is "any" or "other" or "all" or "every";
    }

    /// <summary>"sanctions imposed by Western countries": a group the text leaves unnamed imposes, so no one state does.</summary>
    public static bool ImposedByGroup(SentenceView s, Cue cue)
    {
        for (var k = cue.End; k < Math.Min(s.Tokens.Count, cue.End + 6) && s.Word(k) is not ("," or ";"); k++)
        {
            if (s.Word(k) is not "by")
            {
                continue;
            }
            var j = k + 1;
            while (s.Word(j) is "the" or "other" or "several" or "many" or "some" or "various")
            {
                j++;
            }
            return s.Word(j) is "west" || (s.Word(j) is "western" or "allied" or "international" or "democratic"
                && s.Word(j + 1) is "countries" or "nations" or "governments" or "allies" or "powers" or "community" or "partners" or "states");
        }
        return false;
    }

    /// <summary>
    /// "in violation of UN sanctions", "breaching sanctions": sanctions named as what someone broke are not
    /// reported as imposed here.
    /// </summary>
    public static bool IsBreached(SentenceView s, Cue cue)
    {
        var k = cue.First - 1;
        while (k >= 0 && (s.Is(k, WordClass.Skippable) || s.MentionAt(k) is not null || s.Word(k) is "'s" or "'" or "’" or "international"))
        {
            k--;
        }
        var w = s.Word(k);
        var of = k - 1;
        while (of >= 0 && s.Word(of) is "\"" or "”" or "“" or "'")
        {
            of--;
        }
        return w is "violating" or "violate" or "violates" or "violated" or "breaching" or "breach" or "breached" or "flouting" or "flouted"
            or "defying" or "defied" || (w is "of" && s.Word(of) is "violation" or "violations" or "breach" or "breaches" or "defiance");
    }

    /// <summary>
    /// The agent after "by" at <paramref name="by"/> as a state: a state or bloc, or the state a person
    /// speaks for ("by Foreign Minister Takeshi Iwaya"); not a possessor ("by Putin's opponents").
    /// </summary>
    private static (Mention?, Entity?) Agent(SentenceView s, int by)
    {
        // "by allies such as the EU", "by partners including Japan": the group's named members act.
        var k = by + 1;
        while (k < by + 3 && s.Word(k) is "allies" or "partners" or "countries" or "nations" or "states" or "governments" or "other")
        {
            k++;
        }
        if (k > by + 1 && s.Word(k) is "such" && s.Word(k + 1) is "as")
        {
            k += 2;
        }
        else if (k > by + 1 && s.Word(k) is "including" or "like")
        {
            k++;
        }
        else
        {
            k = by + 1;
        }
        if (NextMention(s, k, 2) is not { } m || s.Word(m.End) is "'s" || AsImposer(s, m) is not { } e)
        {
            return (null, null);
        }
        return e.Kind == ActorKind.Person ? (m, e.State) : (m, e);
    }

    /// <summary>
    /// "sanctions against Peru from Chile and Bolivia", "sanctions on the country by Chile": the index of a "by" or "from" right
    /// after the target phrase that follows a general sanction (a state, or a noun that refers to one); else -1.
    /// </summary>
    public static int AgentAfterTarget(SentenceView s, Cue cue)
    {
        if (s.Word(cue.First) is not ("sanctions" or "sanction") || s.Word(cue.End) is not ("against" or "on"))
        {
            return -1;
        }
        for (var k = cue.End + 1; k < Math.Min(s.Tokens.Count, cue.End + 6); k++)
        {
            if (s.MentionAt(k) is { Entity.Kind: ActorKind.Country } m && m.Role != FormRole.Demonym && s.Word(m.End) is not "'s")
            {
                return s.Word(m.End) is "by" or "from" ? m.End : -1;
            }
            if (s.Word(k) is "country" or "nation" or "regime" or "junta")
            {
                return s.Word(k + 1) is "by" or "from" ? k + 1 : -1;
            }
            if (!s.Tokens[k].IsWord || s.MentionAt(k) is not null || !(s.Is(k, WordClass.Skippable) || s.Tokens[k].IsCapitalized || s.Word(k) is "military"))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>A past participle that says nothing of a measure ("criticised", "backed"): its agent is not the imposer.</summary>
    private static bool IsOtherVerb(SentenceView s, int k)
    {
        var w = s.Word(k);
        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && s.MentionAt(k) is null
            && !StatusReader.IsStatusWord(s, k) && !w.StartsWith("sanction", StringComparison.Ordinal);
    }

    /// <summary>
    /// "pressure Lima with a series of constraints", "punish Peru with tougher sanctions": the state right after a verb of
    /// pressing, before "with" and the measure (past at most four words such as "a series of"); else null.
    /// </summary>
    public static Mention? PressedWith(SentenceView s, Cue cue)
    {
        var k = cue.First - 1;
        for (var skipped = 0; skipped < 4 && k > 0 && s.Word(k) is not "with" && s.Tokens[k].IsWord && s.MentionAt(k) is null && !s.Is(k, WordClass.CueClauseMark); skipped++)
        {
            k--;
        }
        if (s.Word(k) is not "with" || s.MentionAt(k - 1) is not { } m || m.End != k || m.Role == FormRole.Demonym)
        {
            return null;
        }
        var v = m.First - 1 - (s.Word(m.First - 1) is "the" ? 1 : 0);
        return s.Word(v) is "pressure" or "pressures" or "pressured" or "pressuring" or "punish" or "punishes" or "punished" or "punishing"
            or "squeeze" or "squeezes" or "squeezed" or "squeezing" ? m : null;
    }

    /// <summary>Whether the mention starting at <paramref name="first"/> is the object of a verb of urging: "urged (the) EU", "called on Japan".</summary>
    private static bool IsUrged(SentenceView s, int first)
    {
        var k = first - 1;
        while (k >= 0 && s.Word(k) is "the" or "its" or "their" or "fellow")
        {
            k--;
        }
        var w = s.Word(k);
        return w is "urged" or "urges" or "urging" or "pressed" or "presses" or "pressing" or "pressured" or "pressuring" or "asked"
            or "asks" or "asking" or "encouraged" or "encourages" or "encouraging" or "persuade" or "persuaded"
            || (w is "on" && s.Word(k - 1) is "called" or "calls" or "calling" or "call");
    }

    /// <summary>A bloc or body, or "US"/"UK", right before a cue names who imposes it ("EU sanctions"); a country's name there is ambiguous ("Russia sanctions").</summary>
    /// <summary>The index of the first of the names joined by commas or "and" before <paramref name="last"/>, when that first one imposes ("U.S."); else -1.</summary>
    private static int JoinedToImposingModifier(SentenceView s, Mention last)
    {
        var i = s.Mentions.LastIndexOf(last);
        while (i > 0 && s.Mentions[i - 1].End < s.Mentions[i].First && AllBetween(s, s.Mentions[i - 1].End, s.Mentions[i].First, static w => w is "and" or "," or "the"))
        {
            i--;
        }
        return s.Mentions[i] != last && IsImposingModifier(s.Mentions[i]) && AsImposer(s, s.Mentions[i]) is not null ? i : -1;
    }

    /// <summary>"announced by a somber Prime Minister Dmitry Medvedev": a person after "by" and a status participle, a few titles between.</summary>
    private static bool AgentOfParticiple(SentenceView s, int first)
    {
        for (var k = first - 1; k >= Math.Max(1, first - 5); k--)
        {
            if (s.Word(k) is "by")
            {
                return StatusReader.IsStatusWord(s, k - 1) && s.Word(k - 1).EndsWith("ed", StringComparison.Ordinal);
            }
            if (s.Word(k) is "," or ";" || s.MentionAt(k) is not null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"US$7 billion", "A$ 2 million": a state's letters before a currency sign name the currency.</summary>
    private static bool IsCurrencySign(SentenceView s, Mention m) => s.Word(m.End) is "$";

    /// <summary>
    /// The demonym before a blacklist ("Russian travel blacklist", "the Iranian entry blacklist", "the Russian stop list"), which names
    /// whose list it is (unlike "Russian sanctions", which may name whose people are aimed at); <paramref name="p"/> is the word before
    /// the cue past skippable words.
    /// </summary>
    private static Mention? BlacklistOwner(SentenceView s, Cue cue, int p)
    {
        var head = s.Word(cue.First);
        if (!(head is "blacklist" || (head is "list" && s.Word(cue.First - 1) is "stop" or "black" && p == cue.First - 1)))
        {
            return null;
        }
        if (head is "list")
        {
            p = SkipBack(s, p - 1);
        }
        if (p >= 1 && s.Word(p) is "travel" or "entry" or "visa")
        {
            p = SkipBack(s, p - 1);
        }
        return p >= 0 && s.MentionAt(p) is { Role: FormRole.Demonym, Entity.Kind: ActorKind.Country } owner && owner.End == p + 1 ? owner : null;
    }

    /// <summary>
    /// "if we cannot reach an agreement brokered by the European Union …, a food embargo … will come into force": the agent of
    /// another participle before the measure acts in that phrase, not as the measure's imposer (unlike "the package adopted by
    /// the EU", whose participle is one of imposing).
    /// </summary>
    private static bool AgentOfOtherParticiple(SentenceView s, Mention m)
    {
        var k = m.First - 1;
        if (s.Word(k) is "the")
        {
            k--;
        }
        if (k < 1 || s.Word(k) is not "by")
        {
            return false;
        }
        var verb = s.Word(k - 1);
        return verb.EndsWith("ed", StringComparison.Ordinal) && !StatusReader.IsStatusWord(s, k - 1) && s.MentionAt(k - 1) is null
            && !s.Is(k - 1, WordClass.Restricting | WordClass.Sanction | WordClass.CueHead | WordClass.Freezing | WordClass.Listing);
    }

    private static bool IsImposingModifier(Mention m) =>
        (m.Entity.Kind == ActorKind.Organization && m.Entity.CanImpose) || m.Surface is "US" or "U.S." or "UK" or "U.K.";

    /// <summary>The state a mention can impose for: a country named or metonymic, a demonym before a government noun, a bloc, a government body.</summary>
    private static Entity? AsImposer(SentenceView s, Mention m)
    {
        var e = m.Entity;
        return e.Kind switch
        {
            ActorKind.Country when m.Role != FormRole.Demonym => e,
            ActorKind.Country when s.Is(m.End, WordClass.GovernmentNoun) => e,
            ActorKind.Organization when e.CanImpose => e.Country == e.Name ? e : e.State,
            ActorKind.Person when e.Country is not null => e,
            _ => null,
        };
    }

    /// <summary>"most-favoured-nation status", "MFN", "trade status": a status a state holds, so a possessive before it names its holder, not its imposer.</summary>
    public static bool IsOwnedStatus(SentenceView s, Cue cue) =>
        cue.Type == MeasureTypes.TradeStatus && (s.Word(cue.First) is "most" or "mfn" || s.Word(cue.First + 1) is "status");

    public static void Targets(SentenceView s, Cue cue, (int First, int End) imposer, int clauseStart, int nextCue, List<string> targets)
    {
        if (PressedWith(s, cue) is { } pressed && AsTarget(pressed) is { } pressedTarget)
        {
            // "to pressure Lima with a series of constraints on banks": the state pressed with the measures is their target.
            targets.Add(pressedTarget);
            return;
        }
        if (IsOwnedStatus(s, cue) && cue.First >= 2 && s.Word(cue.First - 1) is "'s" or "’s"
            && s.MentionAt(cue.First - 2) is { Entity.Kind: ActorKind.Country, Role: not FormRole.Demonym } holder && holder.End == cue.First - 1
            && holder.First > imposer.First && AsTarget(holder) is { } held)
        {
            // "Norway is to remove Peru's most-favoured-nation status": the state whose trade status it is, is the target.
            targets.Add(held);
            return;
        }
        HitObjects(s, cue, clauseStart, targets);
        if (AddedToListOfCountries(s, clauseStart, targets))
        {
            return;
        }
        // After the cue, up to the clause's end or the next measure: "sanctions against Russia and North Korea".
        Mention? last = null;
        var listing = false;
        for (var k = AfterGoodsList(s, cue, nextCue); k < Math.Min(nextCue, s.Tokens.Count); k++)
        {
            var w = s.Word(k);
            if (w is "," && s.Word(k + 1) is "including" or "notably" && s.Word(k - 1) is not "elsewhere")
            {
                // "sanctions on other individuals, including Putin and 12 Belarusians": the list names who is aimed at.
                listing = true;
                k++;
                continue;
            }
            if (w is "," && last is null && !listing && ApposedState(s, k + 1))
            {
                // "with Belneftekhim, the largest state-owned conglomerate in Belarus", "with two firms, subsidiaries of Belarus's
                // largest conglomerate": an apposition after firms no table knows names the state they belong to.
                listing = true;
                continue;
            }
            if (w is "citing" or "quoting" || (w is "according" && s.Word(k + 1) is "to"))
            {
                break; // "…, citing officials in Chile": the report's source, not the measure's object
            }
            if (last is null && !listing && (w is "similar" or "akin" or "identical" or "comparable" or "mirror" or "mirrors" or "mirroring"
                || (w is "those" && s.Word(k - 1) is "to" or "than" or "as" or "with")))
            {
                // "Norway's sanctions are similar to those the United States placed on Bolivia": what follows is the measure compared.
                break;
            }
            if (w is ":" && last is null && s.Word(k - 1) is "countries" or "states" or "nations" && s.Word(k - 2) is not ("other" or "western" or "these"))
            {
                // "extended its food embargo to five countries: Iceland, Montenegro and Albania": the colon opens the list of them.
                listing = true;
                continue;
            }
            if (w is "that" or "which" && k == cue.End && s.Word(k + 1) is "target" or "targets" or "hit" or "hits")
            {
                k++; // "sanctions that target Sberbank": the relative clause names the target
                continue;
            }
            if (w is "that" or "which" && last is null && AidingVerb(s, k + 1) is var aid and > 0)
            {
                k = aid; // "the sale of technology that could boost Peru's missile programme": the state the goods would aid is aimed at
                continue;
            }
            if (w is "by" && k == cue.End && s.Word(cue.First) is "visits" or "visit")
            {
                continue; // "visits by Eritrean officials": the visitors are aimed at
            }
            if (w is "by" or "from" && last is null && imposer.First > k && imposer.First <= k + 3)
            {
                k = imposer.End - 1; // "sanctions imposed by the EU on Russia": the imposer, then the target
                continue;
            }
            if (w is "as" && last is not null && s.Word(k + 1) is "well" && s.Word(k + 2) is "as")
            {
                k += 2; // "sanctions on Chile as well as Bolivia": the phrase joins a second target as "and" does (see AsWellAs)
                continue;
            }
            if ((s.Is(k, WordClass.ForwardStop) && !(w is "," && (last is not null || listing) && (NextMention(s, k + 1, 2) is not null || MorePlaces(s, last, k + 1)))
                    && !(w is "over" && IsAmount(s, k + 1)))
                || (w is "for" && s.Word(k + 1).EndsWith("ing", StringComparison.Ordinal)))
            {
                if (w is "," && last is null && !listing && k - cue.End is 1 && s.Tokens[k - 1].IsWord && s.Word(k - 1).EndsWith("s", StringComparison.Ordinal) && s.MentionAt(k - 1) is null && IsListingVerb(s, cue)
                    && NextMention(s, k + 1, 1) is { } next && next.First == k + 1 && IsPeopleNoun(s, next.End) && !Speaks(s, next.End + 1))
                {
                    // "blacklisting MEPs, EU diplomats and think tanks": a list of objects after the verb goes on past its comma.
                    listing = true;
                    continue;
                }
                if (last is null && !listing && AmongCopula(s, cue, k) is var copula && copula > k)
                {
                    // "Among the firms sanctioned for helping the army are five based in China": the reason ends at the
                    // copula, and who is aimed at follows it.
                    k = copula;
                    listing = true;
                    continue;
                }
                break;
            }
            if (s.MentionAt(k) is not { } m || m.First != k)
            {
                continue;
            }
            k = m.End - 1;
            if (IsScope(s, m) || ActsWith(s, m) || PartnerFirm(s, m, cue.End))
            {
                continue;
            }
            if (AllyNamed(s, m) is { } ally)
            {
                // "sanctions on its NATO ally Turkey": the bloc only says what the state after it is.
                if (last is null && InTargetSlot(s, m, cue.Type) && AsTarget(ally) is { } allyTarget)
                {
                    targets.Add(allyTarget);
                    last = ally;
                }
                k = ally.End - 1;
                continue;
            }
            if (IsForbiddenParty(s, m))
            {
                // "prohibit Canadian citizens and businesses from engaging with them": the imposer's own people are told not to
                // deal; the scan goes on past their verb to whom they may not deal with.
                var j = m.End;
                while (j < s.Tokens.Count - 1 && s.Word(j) is not ("to" or "from"))
                {
                    j++;
                }
                k = j + 1;
                continue;
            }
            if (RecalledFrom(s, m))
            {
                // "sanctions against unidentified officials and recalled its envoys from Poland": the rest of the clause is the recall's.
                break;
            }
            if ((m.Role == FormRole.Demonym && s.Word(m.End) is "francs" or "franc" or "dollars" or "dollar" or "pounds" or "yen" or "rubles" or "roubles" or "won" or "yuan" or "rupees")
                || IsCurrencySign(s, m))
            {
                // "frozen 7.5 billion Swiss francs", "block US$7 billion in assets": a currency, not the people it belongs to.
                continue;
            }
            if (last is not null)
            {
                // Once a target is found, only names coordinated with it join it (or more places of the firms aimed at).
                if (!listing && !(PlaceOfTargets(s, m) && PlaceOfTargets(s, last)) && !AllBetween(s, last.End, m.First, static x => x is "and" or "," or "or" or "as" or "well" or "the")
                    && !CoordinatedGroups(s, last.End, m.First) && !ParallelObject(s, last, m))
                {
                    break;
                }
            }
            else if (!(listing || InTargetSlot(s, m, cue.Type) || LinkedTo(s, m) || m.Role == FormRole.Demonym || (s.Word(m.End) is "'s" && !OwnsStance(s, m)) || PlaceOfTargets(s, m) || ObjectOfVerb(s, cue, m, imposer.End)))
            {
                continue;
            }
            else if (m.Entity.Kind == ActorKind.Organization && (s.Is(m.End, WordClass.GovernmentNoun) || s.Word(m.End + 1) is "ministers")
                     && WordBefore(s, m) is not ("against" or "on" or "targeting" or "upon") && !CountedAfterTargetWord(s, m) && !ObjectOfListingVerb(s, cue, m))
            {
                // "a meeting of EU foreign ministers": a bloc's own people decide, they are not aimed at
                // (but "sanctions against EU officials" are).
                continue;
            }
            // ("sanctions on people in Iran, Hong Kong and China": people counted in a place are listed there, not a reason.)
            if ((!IsReason(s, m) || LinkedTo(s, m) || ListedInPlace(s, m)) && AsTarget(m) is { } t)
            {
                targets.Add(t);
                last = m;
            }
        }
        if (targets.Count > 0)
        {
            return;
        }
        if (PeopleBeforeRelative(s, clauseStart) is { } described && AsTarget(described) is { } who)
        {
            // "a list of 89 EU politicians who are no longer allowed to travel into Russia": the people the clause describes.
            targets.Add(who);
            return;
        }
        // A threat names its target as the subject of its condition: "sanctions if Russia invades Ukraine".
        for (var k = cue.End; k < Math.Min(Math.Min(nextCue, s.Tokens.Count), cue.End + 12) && s.Word(k) is not ("," or ";"); k++)
        {
            if (s.Word(k) is "if" or "unless" && NextMention(s, k + 1, 1) is { Entity.Kind: ActorKind.Country } subject && !IsReason(s, subject))
            {
                targets.Add(subject.Entity.Name);
                return;
            }
        }
        if (imposer.First >= cue.End)
        {
            // A passive with its imposer after it: the target is what the measure was done to, named last
            // before the cue ("Russian banks were cut off from SWIFT by the EU", "Russians sanctioned by the US").
            LastNamedBefore(s, clauseStart, cue.First, targets);
            return;
        }
        // Between the imposer and the cue, as its object ("Russia put Japan on its list", "froze Russian
        // assets"); before the imposer when it is suffered ("North Korea is under UN sanctions").
        var before = imposer.First - 1;
        while (before >= 0 && s.Word(before) is "the" or "fresh" or "new" or "further" or "more" or "tougher")
        {
            before--;
        }
        // "North Korea is under UN sanctions", "Belarus was hit with fresh EU sanctions".
        var subjectIsTarget = s.Word(before) is "under" or "to"
            || (s.Word(before) is "with" && s.Word(before - 1) is "hit" or "slapped" or "struck");
        foreach (var m in s.Mentions)
        {
            // ("a ban on US export licences and an asset freeze on its president": a state that modifies another measure's word is that one's.)
            if (m.First >= clauseStart && m.End <= cue.First && (m.First >= imposer.End || (subjectIsTarget && m.End <= imposer.First)) && !IsReason(s, m)
                && !(m.End < cue.First && s.Is(m.End, WordClass.CueHead) && InTargetSlot(s, m) && AnyBetween(s, m.End, cue.First, static w => w is "and" or "," or ";"))
                && !OwnsMeasures(s, m) && !IsAgent(s, m) && !ModifiesSanctions(s, m) && !IsPartner(s, m) && !IsDrafter(s, m) && !LeadsEffort(s, m) && !IsForbiddenParty(s, m)
                && !IsInterlocutor(s, m) && AsTarget(m) is { } t)
            {
                targets.Add(t);
            }
        }
    }

    /// <summary>
    /// "China sanctioned EU officials", "blacklisting MEPs, EU diplomats and think tanks": a bloc's own people right after
    /// a verb of listing, or in the list it governs, are its object, not the bloc deciding.
    /// </summary>
    private static bool ObjectOfListingVerb(SentenceView s, Cue cue, Mention m)
    {
        var verb = cue.End - 1;
        if (!IsListingVerb(s, cue) || m.First <= verb || m.First - verb > 6 || s.Word(verb + 1) is "," || Speaks(s, m.End + 1))
        {
            return false;
        }
        for (var k = verb + 1; k < m.First; k++)
        {
            if (!(s.Tokens[k].IsWord || s.Word(k) is ",") || s.Word(k) is "and" or "by" or "of" or "on" or "at" or "in" or "with" or "for" or "to" or "from" or "as")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"EU officials said": a verb of speech after the people named makes them the speakers.</summary>
    private static bool Speaks(SentenceView s, int k) =>
        s.Word(k) is "said" or "say" or "says" or "told" or "added" or "noted" or "warned" or "stated" or "confirmed" or "explained";

    /// <summary>"sanctioned", "blacklisting": a cue of one word that is a verb in -ed or -ing (not "listed", which is mostly a state).</summary>
    private static bool IsListingVerb(SentenceView s, Cue cue)
    {
        var w = s.Word(cue.First);
        return cue.End == cue.First + 1 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) && w is not ("listed" or "listing");
    }

    /// <summary>
    /// "Among the companies sanctioned (for …) are five based in China": a fronted "Among" phrase holding the cue, then
    /// "are", "were" or "is"; the copula's index, or -1.
    /// </summary>
    private static int AmongCopula(SentenceView s, Cue cue, int from)
    {
        if (s.Word(0) is not "among" || cue.First > 5)
        {
            return -1;
        }
        for (var k = from; k < Math.Min(s.Tokens.Count, from + 15); k++)
        {
            if (s.Word(k) is ";" or ":")
            {
                return -1;
            }
            if (s.Word(k) is "are" or "were" or "is" or "was")
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// "imports of meat, fish, fruit and milk from the US and Norway", "exports of chips, lasers and sensors to China": a list
    /// of goods after a trade cue ("of" or "on"), whose commas do not end the phrase; where its "from" (imports), "to" (exports)
    /// or "against" stands,
    /// else the cue's end.
    /// </summary>
    private static int AfterGoodsList(SentenceView s, Cue cue, int nextCue)
    {
        // ("its export ban on semiconductors, machinery and materials": past the noun the trade word modifies.)
        var open = cue.End + (s.Word(cue.End) is "ban" or "bans" or "restrictions" or "controls" or "curbs" ? 1 : 0);
        if (cue.Type is not (MeasureTypes.ImportBan or MeasureTypes.ExportBan) || s.Word(open) is not ("of" or "on") || (open > cue.End && s.Word(open) is "of"))
        {
            return cue.End;
        }
        var imports = s.Word(cue.First).StartsWith("import", StringComparison.Ordinal);
        var sawComma = false;
        for (var k = open + 1; k < Math.Min(Math.Min(nextCue, s.Tokens.Count), cue.End + 20); k++)
        {
            var w = s.Word(k);
            if (w is "from" or "to")
            {
                return sawComma && (w is "from") == imports ? k : cue.End;
            }
            if (w is "against")
            {
                // "its export ban on semiconductors, machinery and materials against Russia": the state the ban is aimed at.
                return sawComma ? k : cue.End;
            }
            if (w is ",")
            {
                sawComma = true;
                continue;
            }
            if (s.MentionAt(k) is not null || !s.Tokens[k].IsWord || s.Is(k, WordClass.ClauseBreak) || w is "which" or "who" or "by" or "on" or "in" or "over")
            {
                return cue.End;
            }
        }
        return cue.End;
    }

    /// <summary>
    /// "has added Albania and Iceland to the list of countries from which it has banned food imports": the states added to a
    /// list of countries that a relative clause (where the cue stands, from <paramref name="clauseStart"/>) defines are aimed at.
    /// </summary>
    private static bool AddedToListOfCountries(SentenceView s, int clauseStart, List<string> targets)
    {
        if (clauseStart < 6 || s.Word(clauseStart - 1) is not "which" || s.Word(clauseStart - 2) is not ("from" or "on" or "against" or "to")
            || s.Word(clauseStart - 3) is not ("countries" or "states" or "nations"))
        {
            return false;
        }
        var to = clauseStart - 4;
        while (to > 0 && s.Word(to) is "of" or "list" or "the" or "a" or "its" or "blacklist")
        {
            to--;
        }
        if (s.Word(to) is not "to")
        {
            return false;
        }
        var added = new List<string>();
        for (var k = to - 1; k > 0; k--)
        {
            if (s.MentionAt(k) is { Entity.Kind: ActorKind.Country } m)
            {
                if (AsTarget(m) is { } t)
                {
                    added.Add(t);
                }
                k = m.First;
                continue;
            }
            if (s.Word(k) is "," or "and")
            {
                continue;
            }
            if (s.Is(k, WordClass.Listing) && added.Count > 0)
            {
                added.Reverse();
                targets.AddRange(added);
                return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>"89 EU politicians who …", "ten Chilean officials that …": the state of the people a relative clause starting at <paramref name="clauseStart"/> describes.</summary>
    public static Mention? PeopleBeforeRelative(SentenceView s, int clauseStart)
    {
        if (clauseStart < 3 || s.Word(clauseStart - 1) is not ("who" or "that"))
        {
            return null;
        }
        var k = clauseStart - 2;
        if (!IsPeopleNoun(s, k) && !IsPeopleWord(s.Word(k)))
        {
            return null;
        }
        while (k > 0 && (IsPeopleNoun(s, k) || IsPeopleWord(s.Word(k)) || s.Word(k) is "senior" or "former" or "top" or "prominent"))
        {
            k--;
        }
        return s.MentionAt(k) is { } m && m.End == k + 1 && AsTarget(m) is not null ? m : null;
    }

    /// <summary>The state a mention is aimed at as, or null (a person or a body of no known state).</summary>
    public static string? TargetOf(Mention m) => AsTarget(m);

    /// <summary>
    /// "adopted the EU's latest sanctions": a name whose possessive governs sanctions or measures within a
    /// few words is who imposes them, not what the measure after them is aimed at. ("Russia's oil exports"
    /// are Russia's own: a trade noun does not count.)
    /// </summary>
    private static bool OwnsMeasures(SentenceView s, Mention m)
    {
        if (s.Word(m.End) is not "'s")
        {
            return false;
        }
        for (var k = m.End + 1; k <= m.End + 3 && k < s.Tokens.Count && s.Tokens[k].IsWord && s.MentionAt(k) is null; k++)
        {
            if (s.Is(k, WordClass.Sanction) || s.Word(k) is "measures" or "penalties" or "restrictions" or "package" or "embargo")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"exports of oil equipment to Russia and dual-use goods to Belarus": a second object after "and", under the same preposition.</summary>
    private static bool ParallelObject(SentenceView s, Mention last, Mention m)
    {
        var before = SkipBack(s, m.First - 1);
        var first = SkipBack(s, last.First - 1);
        if (before <= last.End || first < 0 || !s.Word(before).SequenceEqual(s.Word(first)) || !s.Is(before, WordClass.TargetPreposition))
        {
            return false;
        }
        return (s.Word(last.End) is "and" || AsWellAs(s, last.End)) && before - last.End <= 5;
    }

    /// <summary>"sanctions on Chile as well as on Bolivia": the phrase coordinates as "and" does.</summary>
    private static bool AsWellAs(SentenceView s, int k) => s.Word(k) is "as" && s.Word(k + 1) is "well" && s.Word(k + 2) is "as";

    /// <summary>"two Iranian officials and three Syrian firms": counted people or firms, then "and", "as well as" or a comma, then the next group.</summary>
    private static bool CoordinatedGroups(SentenceView s, int from, int to)
    {
        var joined = false;
        for (var k = from; k < to; k++)
        {
            var w = s.Word(k);
            if (w is "and" or ",")
            {
                joined = true;
            }
            else if (AsWellAs(s, k))
            {
                joined = true;
                k += 2;
            }
            else if (!(s.Is(k, WordClass.Quantified) || s.Tokens[k].IsNumber || w is "a" or "an" or "the" or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"))
            {
                return false;
            }
        }
        return joined;
    }

    /// <summary>
    /// "entities linked to illicit cooperation between North Korea and Russia", "firms tied to Iran": the people
    /// or firms listed belong with the states they are linked to.
    /// </summary>
    private static bool LinkedTo(SentenceView s, Mention m)
    {
        for (var k = m.First - 1; k >= Math.Max(1, m.First - 8); k--)
        {
            var w = s.Word(k);
            if (w is "," or ";" || s.Is(k, WordClass.Sanction | WordClass.CueHead))
            {
                return false;
            }
            if (w is "to" or "with" && s.Word(k - 1) is "linked" or "tied" or "connected" or "related" or "associated" or "affiliated")
            {
                return true;
            }
            // "five individuals involved in Iran's missile program": people in a state's own programme belong to it.
            if (w is "in" && s.Word(k - 1) is "involved" && s.Word(m.End) is "'s" or "’s")
            {
                return true;
            }
            // "institutions with suspected ties to Iran".
            if (w is "to" && s.Word(k - 1) is "ties" or "links" or "connections" && (s.Word(k - 2) is "with" || s.Word(k - 3) is "with"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"its NATO ally Turkey", "fellow EU member Hungary": the state a bloc's name and a word of membership qualify, or null.</summary>
    private static Mention? AllyNamed(SentenceView s, Mention m) =>
        m.Entity.Kind == ActorKind.Organization && s.Word(m.End) is "ally" or "member" or "partner" or "member-state"
            && s.MentionAt(m.End + 1) is { Entity.Kind: ActorKind.Country } ally && ally.First == m.End + 1 ? ally : null;

    /// <summary>"the initiative by the United States and Britain": a name after "by", or joined to one, acts; it is not acted on.</summary>
    private static bool IsAgent(SentenceView s, Mention m)
    {
        var k = m.First - 1;
        while (k >= 0)
        {
            k = SkipBack(s, k);
            if (k < 0)
            {
                return false;
            }
            if (s.Word(k) is "by")
            {
                return true;
            }
            if (s.Word(k) is not ("and" or ","))
            {
                return false;
            }
            var p = SkipBack(s, k - 1);
            if (p < 0 || s.MentionAt(p) is not { } before)
            {
                return false;
            }
            k = before.First - 1;
        }
        return false;
    }

    /// <summary>The targets of the last names before <paramref name="end"/>, with those coordinated with them ("Iranian and Syrian officials").</summary>
    private static void LastNamedBefore(SentenceView s, int from, int end, List<string> group)
    {
        Mention? previous = null;
        foreach (var m in s.Mentions)
        {
            if (m.First < from || m.End > end || IsReason(s, m) || AsTarget(m) is not { } t || IsGovernmentBody(m.Entity))
            {
                continue; // a state's own government ("the Federal Council … adopt sanctions imposed by the EU") acts, it is not acted on
            }
            if (m.Entity.Kind == ActorKind.Country && IsAgent(s, m))
            {
                // "sanctioned by the United States, after being placed under sanctions by the EU": the agent of an earlier passive acts.
                continue;
            }
            if (previous is null || !AllBetween(s, previous.End, m.First, static x => x is "and" or "," or "or" or "the"))
            {
                group.Clear();
            }
            group.Add(t);
            previous = m;
        }
    }

    private static bool IsGovernmentBody(Entity e) => e.Kind == ActorKind.Organization && e.CanImpose && e.Country is not null && e.Country != e.Name;

    private static string? AsTarget(Mention m) => m.Entity.Kind switch
    {
        ActorKind.Country => m.Entity.Name,
        ActorKind.Organization or ActorKind.Person => m.Entity.Country,
        _ => null,
    };

    /// <summary>
    /// "Switzerland's small neighbour Liechtenstein has adopted …": the state named after a possessive state and a
    /// common noun is the one the clause speaks of; the possessive only places it. Null when there is none.
    /// </summary>
    public static Entity? ApposedAfterPossessive(SentenceView s, string state)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Name != state || s.Word(m.End) is not ("'s" or "’s"))
            {
                continue;
            }
            var k = m.End + 1;
            while (k < m.End + 4 && s.Tokens[Math.Min(k, s.Tokens.Count - 1)].IsWord && s.MentionAt(k) is null
                && !s.Is(k, CueFinder.Heads) && !IsCapitalised(s, k)
                && s.Word(k) is not ("for" or "of" or "on" or "against" or "with" or "to" or "in" or "by" or "from" or "and" or "or" or "over" or "at" or "as"))
            {
                k++;
            }
            // "Japan's new Iran sanctions": a state before the measure's head names its target, not an apposition.
            if (k > m.End + 1 && s.MentionAt(k) is { Entity.Kind: ActorKind.Country } apposed && apposed.Entity.Name != state
                && !s.Is(apposed.End, CueFinder.Heads) && s.Word(apposed.End) is not ("'s" or "’s"))
            {
                return apposed.Entity;
            }
        }
        return null;
    }

    private static bool IsCapitalised(SentenceView s, int k) => k < s.Tokens.Count && s.Tokens[k].IsCapitalized;

    /// <summary>The one state other than <paramref name="imposer"/> the sentence names (not as a reason), if exactly one.</summary>
    public static string? OnlyOtherState(SentenceView s, string imposer, int from)
    {
        string? only = null;
        foreach (var m in s.Mentions)
        {
            // States before a verb of reaction ("Japan welcomed the sanctions") neither impose nor suffer the measure.
            // Nor a state named as the way money or goods go ("channelling money through UK banks"), nor a source cited.
            if (m.First < from || m.Entity.Kind != ActorKind.Country || IsReason(s, m) || m.Entity.Name == imposer || IsAgent(s, m) || ActsWith(s, m) || (s.Word(m.End) is "'s" && OwnsStance(s, m))
                || s.Word(SkipBack(s, m.First - 1)) is "through" or "via" || IsCitedSource(s, m))
            {
                continue;
            }
            var state = m.Entity.Name;
            if (only is not null && only != state)
            {
                return null;
            }
            only = state;
        }
        return only;
    }

    /// <summary>"the assets of the sanctioned parties", "business with them": the object after the cue is those listed before.</summary>
    public static bool RefersToListed(SentenceView s, int from)
    {
        for (var k = from; k < Math.Min(s.Tokens.Count, from + 16) && s.Word(k) is not (";" or "which" or "who" or "but"); k++)
        {
            var w = s.Word(k);
            // "… with any entity on the list": the list this imposer drew up.
            // "block the transactions of these individuals and entities": the people just listed, pointed back at.
            if (w is "them" || (w is "sanctioned" or "designated" or "listed" && s.Word(k - 1) is "the" or "those" or "all") || (w is "list" && s.Word(k - 1) is "the" && s.Word(k - 2) is "on")
                || (w is "these" && s.Word(k + 1) is "individuals" or "entities" or "persons" or "people" or "officials"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"subjecting them to a global asset freeze": those listed, as the object before the measure.</summary>
    public static bool ListedBefore(SentenceView s, int cue)
    {
        for (var k = cue - 1; k >= Math.Max(0, cue - 10); k--)
        {
            if (s.Word(k) is "them" && s.Word(k + 1) is "to")
            {
                return true;
            }
            // "Those on the sanctions list face blocking of their property", "those designated are barred from …": the listed as subject.
            if (s.Word(k) is "those" && (k == 0 || s.Word(k - 1) is "," or ";" or ":") && s.Word(k + 1) is "sanctioned" or "designated" or "listed" or "named" or "on" or "mentioned" or "included"
                && (s.Word(k + 1) is not ("on" or "mentioned" or "included") || AnyBetween(s, k + 1, Math.Min(cue, k + 8), static w => w is "list" or "blacklist")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the clause refers back to an earlier target ("to the country", "its banks").</summary>
    public static bool HasAnaphor(SentenceView s, int from)
    {
        for (var k = from; k < s.Tokens.Count; k++)
        {
            var w = s.Word(k);
            // "Similar sanctions were imposed by Canada": the same measures, so on the same target.
            if (w is "country" or "nation" or "regime" or "it" or "its" or "them" or "these" or "those" or "they" or "their" or "similar")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>After against/on/to…; "with" only for diplomatic measures (talks with), "in" only for investment.</summary>
    private static bool InTargetSlot(SentenceView s, Mention m, string type)
    {
        var k = m.First - 1;
        while (k >= 0 && (s.Is(k, WordClass.Skippable) || s.Tokens[k].IsNumber || s.Word(k) is "-" or "“" or "\""))
        {
            k--;
        }
        return k >= 0 && (s.Word(k) switch
        {
            "with" => type == MeasureTypes.Diplomatic,
            "in" => type == MeasureTypes.InvestmentBan,
            _ => s.Is(k, WordClass.TargetPreposition),
        });
    }

    /// <summary>
    /// "Japan sanctioned Russia", "the EU blacklisted the Wagner Group": the object right after a verb of
    /// sanctioning. (Other verbs' objects are what the measure restricts: "barred … from entering Russia".)
    /// </summary>
    /// <remarks>
    /// The present tense right after its subject is a verb too: "Canada sanctions Sberbank", "US and UK sanction
    /// IRGC-linked firms" (<paramref name="subjectEnd"/> is where the imposer's name ends).
    /// </remarks>
    private static bool ObjectOfVerb(SentenceView s, Cue cue, Mention m, int subjectEnd)
    {
        var verb = s.Word(cue.End - 1);
        // ("EU sanctions Ukraine", a headline's keywords, reads as a noun phrase: a bloc's or "US" sanctions stay nouns.)
        var present = cue.First == subjectEnd && cue.End == cue.First + 1
            && (verb is "sanction" || (verb is "sanctions" or "blacklists" && s.MentionAt(cue.First - 1) is { } subject && !IsImposingModifier(subject)));
        if (cue.Type != MeasureTypes.SanctionsGeneral || !(present || verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("ing", StringComparison.Ordinal)))
        {
            return false;
        }
        for (var k = cue.End; k < m.First; k++)
        {
            if (!s.Is(k, WordClass.Skippable) && !s.Tokens[k].IsNumber)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "sanctions against a number of EU officials", "on dozens of EU lawmakers": a count ("a number of", "dozens of") between the
    /// preposition of the target and the bloc's people, who are aimed at as in "sanctions against EU officials".
    /// </summary>
    private static bool CountedAfterTargetWord(SentenceView s, Mention m)
    {
        var k = SkipBack(s, m.First - 1);
        if (k < 2 || s.Word(k) is not "of" || s.Word(k - 1) is not ("number" or "dozens" or "scores" or "hundreds" or "handful" or "host" or "group"))
        {
            return false;
        }
        return SkipBack(s, k - 2) is var p && p >= 0 && s.Word(p) is "against" or "on" or "targeting" or "upon";
    }

    /// <summary>The word before a mention, past articles and other skippable words.</summary>
    private static ReadOnlySpan<char> WordBefore(SentenceView s, Mention m) => s.Word(SkipBack(s, m.First - 1));

    /// <summary>Token <paramref name="k"/> or the nearest before it that is not a skippable word ("the", "its", "new"); -1 when none.</summary>
    /// <summary>As <see cref="SkipBack"/>, for the finder.</summary>
    public static int SkipBackPublic(SentenceView s, int k) => SkipBack(s, k);

    private static int SkipBack(SentenceView s, int k)
    {
        while (k >= 0 && s.Is(k, WordClass.Skippable))
        {
            k--;
        }
        return k;
    }

    /// <summary>
    /// The state <paramref name="m"/> imposes for, when it is joined to the next imposer by only "and",
    /// commas and "the" in tokens [<paramref name="from"/>, <paramref name="to"/>): "Washington and Tokyo".
    /// </summary>
    private static Entity? JoinedImposer(SentenceView s, Mention m, int from, int to) =>
        (AllBetween(s, from, to, static w => w is "and" or "," or "the") || AndThoseIn(s, from, to))
        && AsImposer(s, m) is { Kind: not ActorKind.Person } e ? e : null;

    /// <summary>"the US and those in the EU": a bloc's members joined to a state.</summary>
    private static bool AndThoseIn(SentenceView s, int from, int to) =>
        to - from is 3 or 4 && s.Word(from) is "and" && s.Word(from + 1) is "those" && s.Word(from + 2) is "in" or "of" && (to - from == 3 || s.Word(from + 3) is "the");

    /// <summary>"sanctions on people in Iran, Hong Kong and China": people counted where they are are listed there, not named as a reason.</summary>
    private static bool ListedInPlace(SentenceView s, Mention m)
    {
        var k = m.First - 1;
        while (k >= 0 && s.Word(k) is "the")
        {
            k--;
        }
        if (k < 2 || s.Word(k) is not "in" || !s.Is(k - 1, WordClass.Quantified))
        {
            return false;
        }
        var j = k - 2;
        while (j > 0 && (s.Is(j, WordClass.Skippable) || s.Tokens[j].IsNumber))
        {
            j--;
        }
        // Not the object of a reason: "attacks on people in Ukraine".
        return s.Word(j) is "on" or "against" or "targeting" && !s.Is(j - 1, WordClass.ReasonNoun);
    }

    /// <summary>"sanctions on 76 individuals and 15 entities in Russia": the state where the people or firms aimed at are.</summary>
    /// <summary>
    /// Also firms "based in" a state, counted ones "in" it ("two based in China and one in Vietnam", "two others in
    /// Iran"), and "Vietnam-based": they stand for the state where they are.
    /// </summary>
    private static bool PlaceOfTargets(SentenceView s, Mention m)
    {
        if (IsScope(s, m))
        {
            return false;
        }
        if (s.Word(m.End) is "-" && s.Word(m.End + 1) is "based" or "registered" or "headquartered")
        {
            return true;
        }
        var k = m.First - 1;
        while (k >= 0 && s.Word(k) is "the")
        {
            k--;
        }
        if (k < 1 || s.Word(k) is not ("in" or "inside" or "based"))
        {
            return false;
        }
        // "one each in Kyrgyzstan and Israel": a count shared out over the places after it.
        var counted = s.Word(k - 1) is "each" && k >= 2 && (s.Tokens[k - 2].IsNumber || s.Word(k - 2) is "one" or "two" or "three" or "four" or "five");
        var before = s.Word(k - 1);
        return counted || (s.Is(k - 1, WordClass.Quantified) && s.Tokens[k - 1].IsWord)
            || (s.Word(k) is "in" && (before is "based" or "registered" or "headquartered" or "others" or "one" or "two" or "three" or "four"
                or "five" or "six" or "seven" or "eight" or "nine" or "ten" || s.Tokens[k - 1].IsNumber));
    }

    /// <summary>
    /// "prohibit Canadian citizens and businesses from engaging with …", "bars Americans from doing business with …": people
    /// (or a demonym standing for them) kept from dealing, then "from" and a verb in -ing.
    /// </summary>
    private static bool IsForbiddenParty(SentenceView s, Mention m)
    {
        if (m.Entity.Kind != ActorKind.Country)
        {
            return false;
        }
        var k = m.End;
        // (Not "banks" or "firms": "barred Russian banks from doing business" names the target's own.)
        while (k < Math.Min(s.Tokens.Count, m.End + 5) && (s.Word(k) is "citizens" or "nationals" or "businesses" or "persons" or "people" or "and" or "or" or ","
            || (k > m.End && s.Word(k) is "companies")))
        {
            k++;
        }
        // A state's name needs its people after it ("U.S. citizens"); a demonym stands for them ("Americans").
        if (k == m.End && m.Role != FormRole.Demonym)
        {
            return false;
        }
        // The same people as a passive subject: "Americans are prohibited from dealing with them", "European citizens and
        // companies are not permitted to provide them with financial assistance".
        var j = k;
        if (s.Word(j) is "are" or "is" or "were" or "was")
        {
            j++;
            while (s.Word(j) is "also" or "generally" or "now" or "still")
            {
                j++;
            }
            if (s.Word(j) is "prohibited" or "barred" or "banned" or "forbidden")
            {
                k = j + 1;
            }
            else if (s.Word(j) is "not" && s.Word(j + 1) is "permitted" or "allowed" && s.Word(j + 2) is "to")
            {
                return s.Word(j + 3) is "provide" or "make" or "deal" or "engage" or "do" or "transact" or "trade" or "work";
            }
        }
        // "authorized U.S. citizens to work with two firms", "allowed Americans to engage in transactions": the same people, allowed.
        // Only verbs of dealing: "barred 13 Japanese nationals from entering Russia" keeps the target's people out.
        return (s.Word(k) is "from" && s.Word(k + 1) is "engaging" or "dealing" or "doing" or "transacting" or "working" or "trading" or "providing" or "making")
            || (s.Word(k) is "to" && s.Word(k + 1) is "engage" or "deal" or "do" or "work" or "transact" or "trade" && s.Word(SkipBack(s, m.First - 1)) is "authorized" or "authorised" or "allowed" or "permitted" or "allow" or "allows");
    }

    /// <summary>The comma closing a phrase that opens the sentence with a preposition ("In the wake of …,", "Along with …,"), else -1.</summary>
    private static int FrontedComma(SentenceView s)
    {
        if (s.Word(0) is not ("in" or "with" or "along" or "after" or "following" or "like" or "unlike" or "alongside" or "besides" or "amid" or "despite" or "together"))
        {
            return -1;
        }
        for (var k = 1; k < Math.Min(s.Tokens.Count, 16); k++)
        {
            if (s.Word(k) is ",")
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// "the largest conglomerate in Belarus", "two blocked subsidiaries of Belarus's …": a noun phrase opened by a determiner
    /// or a number, whose words lead within eleven to "in" or "of" and a state.
    /// </summary>
    private static bool ApposedState(SentenceView s, int k)
    {
        if (!(s.Word(k) is "the" or "a" or "an" or "two" or "three" or "four" or "five" or "both" || s.Tokens[k < s.Tokens.Count ? k : 0].IsNumber))
        {
            return false;
        }
        // The phrase names a firm ("conglomerate", "subsidiaries"), not a step or an effort ("a crucial step in the US's effort").
        var firm = false;
        for (var j = k + 1; j < Math.Min(s.Tokens.Count - 1, k + 12); j++)
        {
            // ("the largest petroleum and chemical conglomerate": "and" between words, not names.)
            if (s.Word(j) is "," or ";" or "which" or "that" or "who" || s.MentionAt(j) is not null)
            {
                return false;
            }
            firm |= s.Word(j) is "company" or "companies" or "firm" or "firms" or "conglomerate" or "group" or "subsidiary" or "subsidiaries" or "unit" or "units"
                or "affiliate" or "affiliates" or "producer" or "maker" or "manufacturer" or "enterprise" or "enterprises" or "bank" or "lender" or "operator";
            if (firm && s.Word(j) is "in" or "of" && s.MentionAt(j + 1 + (s.Word(j + 1) is "the" ? 1 : 0)) is { Entity.Kind: ActorKind.Country } m)
            {
                // ("of Belarus's largest conglomerate" is its owner; "in the US's effort" is not a place.)
                return m.Role != FormRole.Demonym && (s.Word(j) is "of" || s.Word(m.End) is not ("'s" or "’s"));
            }
        }
        return false;
    }

    /// <summary>"recalled its envoys from Poland and Lithuania": where a state calls its own envoys home from is no target.</summary>
    private static bool RecalledFrom(SentenceView s, Mention m)
    {
        var k = SkipBack(s, m.First - 1);
        if (s.Word(k) is not "from" || s.Word(k - 1) is not ("envoy" or "envoys" or "ambassador" or "ambassadors" or "diplomats" or "diplomat" or "consul"))
        {
            return false;
        }
        for (var j = k - 2; j >= Math.Max(0, k - 5); j--)
        {
            if (s.Word(j) is "recalled" or "recall" or "recalls" or "recalling" or "withdrew" or "withdraw" or "withdraws" or "withdrawing" or "pulled")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"firms based in Macao or any country under …": a place named as one of a rule's reach ("or any …") is a scope, not a listing.</summary>
    private static bool IsScope(SentenceView s, Mention m) => s.Word(m.End) is "or" && s.Word(m.End + 1) is "any" or "other";

    /// <summary>
    /// "working with partners, including the United States and Canada", "trading partners, including China, will
    /// enforce": the partners named in a list go along with the act; they neither impose it nor suffer it.
    /// </summary>
    private static bool IsPartner(SentenceView s, Mention m) => ListHead(s, m) is "partners" or "allies" or "partner" or "with";

    /// <summary>"… four entities to the blacklist, including North Korea's bank": a name listed after "including" is an object, never the imposer.</summary>
    private static bool InIncludingList(SentenceView s, Mention m) => ListHead(s, m) is { } head && head != "states";

    /// <summary>
    /// What a list holding <paramref name="m"/> hangs from: "partners" ("partners, including …"), "states" ("other
    /// countries including …", who act), "with" after a verb of working together, "" for another noun; null when none.
    /// </summary>
    private static string? ListHead(SentenceView s, Mention m)
    {
        var k = m.First - 1;
        for (var steps = 0; k >= 1 && steps < 12; steps++)
        {
            var w = s.Word(k);
            if (w is "including" or "like" || (w is "as" && s.Word(k - 1) is "such"))
            {
                var j = w is "as" ? k - 2 : k - 1;
                if (s.Word(j) is ",")
                {
                    j--;
                }
                return s.Word(j) is "partners" or "allies" or "partner" ? "partners"
                    : s.Word(j) is "countries" or "nations" or "states" or "governments" or "members" ? "states" : "";
            }
            if (w is "with" && s.Word(k - 1) is "working" or "cooperating" or "coordinating" or "consulting" or "together" or "closely")
            {
                return "with";
            }
            if (s.MentionAt(k) is { } before)
            {
                k = before.First - 1;
                continue;
            }
            if (w is not ("," or "and" or "the"))
            {
                return null;
            }
            k--;
        }
        return null;
    }

    /// <summary>
    /// "as part of a coordinated approach with Canada", "in coordination with the EU": the state an act is done
    /// together with is a partner in it, not its target.
    /// </summary>
    /// <summary>
    /// Also a state given the power to act ("the regime gives the UK the power to stop …", "the law allows Canada to
    /// freeze …"): it is who may impose, not a target.
    /// </summary>
    private static bool IsPartnerNoun(ReadOnlySpan<char> w) => w is "partner" or "partners" or "investor" or "investors" or "shareholder" or "shareholders"
        or "customer" or "customers" or "operator" or "operators" or "co-owner" or "co-owners" or "stakeholder" or "stakeholders";

    /// <summary>
    /// "sanctions on the state oil firm, a joint venture partner in the gas fields with Chevron and TotalEnergies",
    /// "…, a partner of Chevron": a firm named after a partner, investor, shareholder, customer or operator of the
    /// one aimed at is not aimed at, and nor is its state ("sanctions on Chevron, a partner of …" still aims at Chevron).
    /// </summary>
    private static bool PartnerFirm(SentenceView s, Mention m, int from)
    {
        if (m.Entity.Kind != ActorKind.Organization || m.Entity.CanImpose)
        {
            return false;
        }
        // Named after a partnership noun and its relation word, in the same clause.
        for (var k = m.First - 1; k >= Math.Max(from, m.First - 20); k--)
        {
            var w = s.Word(k);
            if (w is ";" or "." or ":")
            {
                break;
            }
            if (IsPartnerNoun(w) && s.Word(k + 1) is "of" or "in" or "with" or "to")
            {
                return true;
            }
        }
        return false;
    }

    private static bool ActsWith(SentenceView s, Mention m)
    {
        var k = m.First - 1;
        while (k > 0 && s.Word(k) is "the")
        {
            k--;
        }
        if (s.Word(k) is "gives" or "give" or "gave" or "given" or "grants" or "granted" or "allows" or "allowed" or "enables" or "enabled" or "empowers" or "empowered" or "lets"
            && (s.Word(m.End) is "to" || (s.Word(m.End) is "the" or "new" or "broad" or "wide" && s.Word(m.End + 1) is "power" or "powers" or "authority" or "right")
                || s.Word(m.End) is "power" or "powers" or "authority"))
        {
            return true;
        }
        // "… rather than the U.S. government": the alternative to a party is in the same part.
        if (s.Word(k) is "than" && s.Word(k - 1) is "rather")
        {
            for (var j = k - 2; j >= Math.Max(0, k - 5); j--)
            {
                if (s.MentionAt(j) is { } alternative)
                {
                    return ActsWith(s, alternative);
                }
            }
        }
        // "apply for export licences with the Dutch government", "permits from the U.S.": the state that licenses is no target.
        if (s.Word(k) is "with" or "from")
        {
            for (var j = k - 1; j >= Math.Max(0, k - 3); j--)
            {
                if (s.Word(j) is "licenses" or "licences" or "license" or "licence" or "permits" or "permit" or "permission" or "approval")
                {
                    return true;
                }
            }
        }
        return s.Word(k) is "alongside" || s.Word(k) is "with" && s.Word(k - 1) is "approach" or "coordination" or "concert" or "partnership" or "cooperation"
            or "conjunction" or "tandem" or "together" or "jointly" or "closely" or "coordinated" or "working" or "cooperating" or "coordinating";
    }

    /// <summary>"These sanctions demonstrate Australia's commitment": a state's stance or resolve is its own, not a party aimed at.</summary>
    private static bool OwnsStance(SentenceView s, Mention m) =>
        s.Word(m.End + 1) is "commitment" or "resolve" or "determination" or "solidarity" or "stance" or "position" or "concern" or "concerns" or "view" or "views";

    /// <summary>"joined US efforts to deny China access", "the US-led campaign": the state whose effort it is acts in it.</summary>
    private static bool LeadsEffort(SentenceView s, Mention m)
    {
        var k = s.Word(m.End) is "'s" ? m.End + 1 : m.End;
        while (k < m.End + 3 && (s.Is(k, WordClass.Skippable) || s.Is(k, WordClass.Qualifier)))
        {
            k++; // "the US's ongoing effort"
        }
        return s.Word(k) is "efforts" or "effort" or "push" or "campaign" or "drive" or "initiative" or "policy" or "policies" or "strategy" || (s.Word(k) is "-" && s.Word(k + 1) is "led");
    }

    /// <summary>"The U.S.-drafted resolution": the state that drafted or led an act of a body is not who imposes it.</summary>
    private static bool IsDrafter(SentenceView s, Mention m) =>
        s.Word(m.End) is "-" && s.Word(m.End + 1) is "drafted" or "led" or "backed" or "sponsored" or "brokered" or "proposed" or "written" or "authored";

    /// <summary>
    /// "steps approved to implement UN Security Council Resolution 2101", "to enforce the EU's sanctions": the body whose act
    /// a state carries out does not impose what that state does; the state that implements it does.
    /// </summary>
    private static bool IsImplemented(SentenceView s, Mention m)
    {
        var k = m.First - 1;
        while (k >= 0 && s.Word(k) is "the" or "a" or "u.n." or "un")
        {
            k--;
        }
        return s.Word(k) is "implement" or "implements" or "implemented" or "implementing" or "enforce" or "enforces" or "enforced" or "enforcing";
    }

    /// <summary>
    /// "the Belarus sanctions", "with the Russia sanctions regime": a state's name (not a demonym, not "US"/"UK",
    /// which <see cref="IsImposingModifier"/> reads as the imposer) right before the cue, after an article or
    /// preposition, names whom the sanctions are on.
    /// </summary>
    private static bool IsAttributiveTarget(SentenceView s, Mention m, Cue cue) =>
        m.Entity.Kind == ActorKind.Country && m.Role != FormRole.Demonym && !IsImposingModifier(m) && m.End <= cue.First
        && s.Word(m.End) is "sanctions" or "sanction" && m.First > 0 && (s.Is(m.First - 1, WordClass.Skippable) || s.Is(m.First - 1, WordClass.TargetPreposition));

    /// <summary>The states joined after <paramref name="first"/> by "and" or commas ("the United States and United Kingdom"), added; the end of the last.</summary>
    private static int AddCoordinated(SentenceView s, Mention first, List<Entity> into)
    {
        var end = first.End;
        var at = s.Mentions.IndexOf(first);
        for (var j = at + 1; at >= 0 && j < s.Mentions.Count; j++)
        {
            var next = s.Mentions[j];
            if (JoinedImposer(s, next, end, next.First) is not { } also || next.First == end)
            {
                break;
            }
            if (!into.Contains(also))
            {
                into.Add(also);
            }
            end = next.End;
        }
        return end;
    }

    /// <summary>
    /// "Agencies of the Iranian government will freeze …", "Ministries of Peru will block …": the bodies of a state that open
    /// the clause act for it, the state after their "of" is no target.
    /// </summary>
    private static bool BodyOfState(SentenceView s, Mention m, int clauseStart)
    {
        var of = m.First - 1 - (s.Word(m.First - 1) is "the" ? 1 : 0);
        if (s.Word(of) is not "of" || s.Word(of - 1) is not ("agencies" or "agency" or "ministries" or "departments" or "bodies" or "institutions" or "authorities"))
        {
            return false;
        }
        var start = of - 2;
        while (start >= clauseStart && s.Word(start) is "the" or "all" or "relevant" or "competent" or "other")
        {
            start--;
        }
        return start < clauseStart || s.Word(start) is "," or ";" or "and";
    }

    private static bool InTargetSlot(SentenceView s, Mention m)
    {
        var k = m.First - 1;
        var skipped = 0;
        while (k >= 0 && skipped < 4 && (s.Is(k, WordClass.Skippable) || s.Tokens[k].IsNumber || s.Word(k) is "-" or "“" or "\""))
        {
            k--;
            skipped++;
        }
        return k >= 0 && s.Is(k, WordClass.TargetPreposition);
    }

    /// <summary>
    /// "over arms sales to Taiwan", "in response to their purchase of a Russian missile system", "for the purchase of missiles
    /// from Russia": a state named as the other side of a sale or purchase given as the reason is neither party (but in
    /// "a ban on arms sales to Russia" the sale is what the measure stops, and the state is aimed at).
    /// </summary>
    private static bool InDealGivenAsReason(SentenceView s, Mention m)
    {
        for (var j = m.First - 1; j >= Math.Max(1, m.First - 9); j--)
        {
            var w = s.Word(j);
            if (w is "arms" or "weapons" or "weapon")
            {
                continue; // "the sale of weapons to Taiwan": the goods of the deal
            }
            if (!IsDealNoun(w) || s.Word(j + 1) is not ("to" or "from" or "of"))
            {
                if (s.Is(j, WordClass.Sanction | WordClass.CueHead) || w is "," or ";")
                {
                    return false;
                }
                continue;
            }
            return DealGivenAsReason(s, j);
        }
        // "in response to U.S. arms sales to Taiwan", "over Turkey's purchase of …": the state whose deal it is, named before the deal.
        var f = m.End;
        while (f < s.Tokens.Count && f < m.End + 3 && s.Word(f) is "'s" or "’s" or "’" or "arms" or "weapons" or "weapon")
        {
            f++;
        }
        return f > m.End && IsDealNoun(s.Word(f)) && DealGivenAsReason(s, f);
    }

    /// <summary>Whether the deal noun at <paramref name="j"/> is given as a reason ("over its purchase", "in response to the latest U.S. arms sales").</summary>
    private static bool DealGivenAsReason(SentenceView s, int j)
    {
        // Back over the deal's modifiers ("its", "the latest U.S. arms", "a significant") to the word that gives it as a reason.
        var k = j - 1;
        while (k >= 0 && k > j - 6 && (s.Is(k, WordClass.Skippable) || s.MentionAt(k) is not null || s.Word(k) is "arms" or "weapons" or "weapon"
                   or "latest" or "recent" or "significant" or "planned" or "proposed" or "'s" or "’s" or "’" or "their" or "its" or "an"))
        {
            k--;
        }
        return k >= 0 && (s.Word(k) is "over" or "for" or "after" or "amid"
            || (s.Word(k) is "in" && s.Word(k - 1) is "involvement" or "involved" or "role" or "participation" or "part")
            || (s.Word(k) is "to" or "for" && s.Word(k - 1) is "response" or "retaliation" or "reaction"));
    }

    private static bool IsDealNoun(ReadOnlySpan<char> w) =>
        w is "sale" or "sales" or "purchase" or "purchases" or "procurement" or "acquisition" or "acquisitions" or "buying" or "purchasing";

    /// <summary>"invasion of Ukraine", "war in Ukraine", "support for Ukraine", "Moscow's side".</summary>
    public static bool IsReason(SentenceView s, Mention m)
    {
        var k = SkipBack(s, m.First - 1);
        while (k >= 1 && s.Word(k) is "\"" or "“" or "'")
        {
            k--;
        }
        // "officials who helped Russia": the state helped is the reason, not a party.
        if (s.Word(k) is "helped" or "helping" or "aided" or "aiding" or "assisted" or "assisting")
        {
            return true;
        }
        if (IsAidRecipient(s, m, k))
        {
            return true;
        }
        // "Peru has accused Chile of helping Norway design the sanctions": the state accused is blamed, not aimed at.
        if (s.Word(k) is "accused" or "accuses" or "accusing" or "blamed" or "blames" or "blaming" && s.Word(m.End) is "of" or "for")
        {
            return true;
        }
        if (k >= 1 && s.Word(k) is "of" or "in" or "on" or "against" or "for" or "with" or "to" && s.Is(k - 1, WordClass.ReasonNoun))
        {
            return true;
        }
        if (InDealGivenAsReason(s, m))
        {
            return true;
        }
        // "support for the people and government of Ukraine", "new funding for Ukraine from the U.K.": the reason's
        // object may stand a few words on; a measure's own word in between ends the look.
        for (var j = m.First - 1; j >= Math.Max(1, m.First - 8); j--)
        {
            if (s.Is(j, WordClass.Sanction | WordClass.CueHead) || s.Word(j) is "," or ";")
            {
                break;
            }
            if (s.Word(j) is "for" or "to" && s.Is(j - 1, WordClass.ReasonNoun))
            {
                return true;
            }
        }
        // "Russia's invasion", "North Korea-Russia military ties": the name only qualifies the reason.
        for (var j = m.End; j < Math.Min(s.Tokens.Count, m.End + 5); j++)
        {
            var w = s.Word(j);
            if (s.Is(j, WordClass.ReasonNoun))
            {
                // "Russian military commanders": the service qualifies people of the state, who are aimed at; so does a ruling
                // body ("Sudan's military junta") and the armed forces named alone ("targeting Sudan's military and …").
                // ("sanctions targeting Sudan military business": the firms the armed forces own are aimed at too.)
                return !(s.Is(j, WordClass.Qualifier) && (IsPeopleNoun(s, j + 1) || IsRulingBody(s, j + 1) || IsMilitaryFirm(s, j)
                    || (s.Word(j) is "military" && (s.Word(j - 1) is "'s" || (j - 1 == m.End && BareApostrophe(s, m))) && EndsNounPhrase(s, j + 1))));
            }
            if (!(w is "'s" or "-" or "–" or "and" || s.MentionAt(j) is not null || s.Is(j, WordClass.Qualifier)
                || (j == m.End && BareApostrophe(s, m)) || (j > m.End && s.Word(j - 1) is "'s" or "'" or "’" && ObviousWords.Contains(w))))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"Belarus' involvement": the possessive of a name ending in s written as a bare apostrophe before a lower-case word.</summary>
    private static bool BareApostrophe(SentenceView s, Mention m) =>
        s.Word(m.End) is "'" or "’" && s.Word(m.End - 1) is [.., 's'] && m.End + 1 < s.Tokens.Count && s.Tokens[m.End + 1].IsWord && !s.Tokens[m.End + 1].IsCapitalized;

    /// <summary>
    /// "Given Belarus' obvious involvement in the invasion": words that say how plain or how alleged the deed is, between the
    /// state's possessive and the deed's noun.
    /// </summary>
    private static readonly WordSet ObviousWords = WordSet.Of("obvious apparent clear evident alleged direct active open continued");

    /// <summary>
    /// "committed to providing Ukraine with £200 million in aid", "gave Moldova more support": a state given aid, money or
    /// support is helped, not aimed at (unlike "banned providing Russia with drones", where a ban governs the giving).
    /// </summary>
    private static bool IsAidRecipient(SentenceView s, Mention m, int verb)
    {
        if (verb < 0 || s.Word(verb) is not ("provide" or "provides" or "provided" or "providing" or "give" or "gives" or "gave" or "giving"
            or "send" or "sends" or "sent" or "sending" or "offer" or "offers" or "offered" or "offering" or "grant" or "granted" or "granting"))
        {
            return false;
        }
        for (var j = verb - 1; j >= Math.Max(0, verb - 4); j--)
        {
            if (s.Is(j, WordClass.Sanction | WordClass.CueHead) || s.Word(j) is "from" or "not" or "no" or "stop" or "stopped" or "ending" or "end")
            {
                return false;
            }
        }
        for (var j = m.End; j < Math.Min(s.Tokens.Count, m.End + 10); j++)
        {
            if (s.Word(j) is "," or ";" || s.Is(j, WordClass.Sanction | WordClass.CueHead))
            {
                return false;
            }
            if (s.Word(j) is "aid" or "assistance" or "support" or "funding" or "loans" or "grants")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Six Iranian officials are subject to asset freezes", "Iranian banks face …": the subject suffers the measure.</summary>
    private static bool Suffers(SentenceView s, Mention m, Cue cue)
    {
        // Right before the measure's words ("subject to UK asset freezes"), not a clause away ("designated … as subject to
        // sanctions, banning payments").
        // The subject a few words before ("Six Iranian officials are now subject to"), not a clause away ("BIS said it is
        // imposing requirements on … all items subject to the Export Administration Regulations").
        for (var k = Math.Max(m.End, cue.First - 5); k < Math.Min(cue.First, m.End + 5); k++)
        {
            if ((s.Word(k) is "subject" && (s.Word(k + 1) is "to" || k + 1 >= cue.First - 2)) || s.Word(k) is "face" or "faces" or "faced" or "facing")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"military business", "military-owned conglomerates": what the armed forces own (<paramref name="k"/> at "military").</summary>
    private static bool IsMilitaryFirm(SentenceView s, int k)
    {
        var j = k + 1;
        if (s.Word(j) is "-" && s.Word(j + 1) is "owned" or "run" or "linked" or "controlled")
        {
            j += 2;
        }
        return s.Word(k) is "military" && s.Word(j) is "business" or "businesses" or "conglomerate" or "conglomerates" or "companies" or "company"
            or "firms" or "firm" or "enterprises" or "interests" or "holdings";
    }

    /// <summary>Bodies that rule or command a state: "military junta", "military regime", "military government".</summary>
    private static bool IsRulingBody(SentenceView s, int k) =>
        s.Word(k) is "junta" or "regime" or "government" or "rulers" or "leadership" or "council" or "officials" or "members";

    /// <summary>Whether the noun phrase ends before token <paramref name="k"/>: a stop, a comma, a conjunction or a preposition follows.</summary>
    private static bool EndsNounPhrase(SentenceView s, int k) =>
        k >= s.Tokens.Count || s.Word(k) is "." or "," or ";" or "and" or "or" or "over" or "for" or "after" or "in" or "on" or "which" or "that" or "who";

    /// <summary>Nouns of people a service or rank qualifies: "military commanders", "military officers".</summary>
    private static bool IsPeopleWord(ReadOnlySpan<char> w) =>
        w is "politicians" or "officials" or "individuals" or "citizens" or "nationals" or "lawmakers" or "legislators" or "people" or "persons"
            or "journalists" or "activists" or "diplomats" or "figures" or "members";

    private static bool IsPeopleNoun(SentenceView s, int k) =>
        (s.Is(k, WordClass.Quantified) && s.Word(k) is not ("billion" or "million" or "trillion" or "bn" or "mln" or "percent" or "%"))
        || s.Word(k) is "commanders" or "commander" or "officers" or "officer" or "generals" or "chiefs" or "leaders" or "personnel" or "figures";

    /// <summary>"a Vietnam-based company, two firms based in China": after a place of the firms aimed at, another one a few words on.</summary>
    private static bool MorePlaces(SentenceView s, Mention? last, int from) =>
        last is not null && PlaceOfTargets(s, last) && NextMention(s, from, 6) is { } next && PlaceOfTargets(s, next);

    /// <summary>"over $1 billion", "over ¥100,000": an amount, not a reason.</summary>
    private static bool IsAmount(SentenceView s, int k) =>
        s.Tokens.Count > k && (s.Tokens[k].IsNumber || s.Word(k) is "$" or "£" or "€" or "¥" or "us$");

    private static Mention? NextMention(SentenceView s, int from, int within)
    {
        for (var k = from; k < Math.Min(s.Tokens.Count, from + within + 1); k++)
        {
            if (s.MentionAt(k) is { } m)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>Whether every word in [<paramref name="from"/>, <paramref name="to"/>) passes <paramref name="test"/> (true when there are none).</summary>
    private static bool AllBetween(SentenceView s, int from, int to, WordTest test)
    {
        for (var k = from; k < to; k++)
        {
            if (!test(s.Word(k)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool AnyBetween(SentenceView s, int from, int to, WordTest test)
    {
        for (var k = from; k < to; k++)
        {
            if (test(s.Word(k)))
            {
                return true;
            }
        }
        return false;
    }

    private delegate bool WordTest(ReadOnlySpan<char> word);
}
