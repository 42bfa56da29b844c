using System.Collections.Frozen;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Actors;

/// <summary>
/// Finds the entities of an article: gazetteer names first, then people from titles ("Foreign
/// Minister Takeshi Iwaya"), speech verbs ("…, Sybiha said") and appositions ("Shigeru Ishiba, Prime
/// Minister of Japan"), then surname-only mentions of people already found. A new name close to a
/// known person's (Iwaja/Iwaya) is folded into that person.
/// </summary>
internal sealed class ActorFinder(Gazetteer gazetteer)
{
    private readonly List<Entity> _people = [];
    private readonly Dictionary<string, Entity> _bySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _organizations = new(StringComparer.Ordinal);
    private Entity? _lastPerson;

    public void Find(List<SentenceView> sentences)
    {
        foreach (var s in sentences)
        {
            MatchGazetteer(s);
        }
        KoreanShortForms(sentences);
        foreach (var s in sentences)
        {
            FindVessels(s);
            FindOrganizations(s);
            FindFirmsByNoun(s);
            FindFirmsAfterPluralNoun(s);
            FindAcronymBeforeTitle(s);
            FindListedFirms(s);
            FindCoordinatedAcronyms(s);
            FindBodiesNamedForTheirState(s);
        }
        DefinedAcronyms(sentences);
        FirmsNamedAgain(sentences);
        var afterGivenNames = WordsAfterGivenNames(sentences);
        foreach (var s in sentences)
        {
            FindFirmsListedAsSanctioned(s, afterGivenNames);
        }
        foreach (var s in sentences)
        {
            FindFirmsBesideFirms(s);
        }
        foreach (var s in sentences)
        {
            OtherNamesOfOne(s);
        }
        var speakers = SpeakerSurnames(sentences);
        foreach (var s in sentences)
        {
            FindPeople(s);
            FindNamedPeople(s);
            FindCoordinatedPeople(s);
            if (speakers is not null)
            {
                FindSpeakersInFull(s, speakers);
            }
        }
        foreach (var s in sentences)
        {
            ResolveSurnames(s);
            FindRelatives(s);
            DropCreditPlaces(s);
            DropLegislativeVenues(s);
        }
        ResolveBareTreasury(sentences);
        if (sentences.Count > 0)
        {
            DropDateline(sentences[0]);
        }
        foreach (var s in sentences)
        {
            DropCityStateDateline(s);
        }
    }

    /// <summary>
    /// "MANAGUA, Nicaragua -- The U.S. Treasury …": a city in capitals, its state and a dash open the report, also after a
    /// headline and a summary; the state is where the report was filed from, not a side of what the sentence reports.
    /// </summary>
    /// <summary>
    /// "Kishida said at a session of the House of Councillors' Budget Committee", "during a Senate banking committee
    /// hearing": a chamber of a legislature, or one of its committees, named as the room a speaker spoke in is a place,
    /// not an actor of the story. A committee that acts ("the House Foreign Affairs Committee passed the bill") stays.
    /// </summary>
    private static void DropLegislativeVenues(SentenceView s)
    {
        for (var m = s.Mentions.Count - 1; m >= 0; m--)
        {
            if (m >= s.Mentions.Count || s.Mentions[m] is not { Entity: { Kind: ActorKind.Organization, FromText: true } } mention)
            {
                continue;
            }
            var first = mention.First;
            while (first > 0 && IsLegislativePhraseToken(s, first - 1))
            {
                first--;
            }
            var end = mention.End;
            while (end < s.Tokens.Count && IsLegislativePhraseToken(s, end))
            {
                end++;
            }
            while (first < end && s.Word(first) is "of" or "the" or "'s" or "’s" or "'" or "’")
            {
                first++;
            }
            while (end > first && s.Word(end - 1) is "of" or "the" or "'s" or "’s" or "'" or "’")
            {
                end--;
            }
            if (!IsLegislativeBody(s, first, end) || !IsVenue(s, first, end))
            {
                continue;
            }
            for (var k = first; k < end; k++)
            {
                if (s.MentionAt(k) is { Entity: { Kind: ActorKind.Organization, FromText: true } } inside)
                {
                    s.RemoveMentions(inside.First, inside.End);
                }
            }
        }
    }

    private static bool IsLegislativePhraseToken(SentenceView s, int k) =>
        s.Word(k) is "of" or "the" or "'s" or "’s" or "'" or "’"
        || (s.Tokens[k] is { IsWord: true, IsCapitalized: true } && s.MentionAt(k) is null or { Entity: { Kind: ActorKind.Organization, FromText: true } });

    /// <summary>A chamber ("House of Councillors", "Senate", "Diet") or a committee with its chamber named in the same words.</summary>
    private static bool IsLegislativeBody(SentenceView s, int first, int end)
    {
        var committee = false;
        for (var k = first; k < end; k++)
        {
            committee |= s.Word(k) is "committee" or "subcommittee";
        }
        for (var k = first; k < end; k++)
        {
            var w = s.Word(k);
            if (w is "senate" or "diet" or "commons" or "lords" or "councillors" or "councilors" or "representatives" || (w is "house" && (s.Word(k + 1) is "of" || committee)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"a session of the …", "a meeting of …", "the … budget committee session": the body names where someone spoke.</summary>
    private static bool IsVenue(SentenceView s, int first, int end)
    {
        var before = first >= 1 && s.Word(first - 1) is "the" ? first - 2 : first - 1;
        if (before >= 1 && s.Word(before) is "of" && IsSittingWord(s.Word(before - 1)))
        {
            return true;
        }
        for (var k = end; k < end + 3 && k < s.Tokens.Count; k++)
        {
            if (IsSittingWord(s.Word(k)))
            {
                return true;
            }
            if (s.Tokens[k] is not { IsWord: true, IsCapitalized: false } || s.MentionAt(k) is not null)
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsSittingWord(ReadOnlySpan<char> w) => w is "session" or "sessions" or "meeting" or "meetings" or "hearing" or "hearings" or "sitting" or "debate";

    private static void DropCityStateDateline(SentenceView s)
    {
        if (s.Tokens.Count < 5 || !s.Tokens[0].IsWord || s.Tokens[0].Length < 3 || !IsAllCaps(s.Text(0)) || s.Word(1) is not ","
            || s.MentionAt(2) is not { Entity.Kind: ActorKind.Country } state || state.First != 2)
        {
            return;
        }
        if (s.Word(state.End) is "—" or "–" or "-" or "--")
        {
            s.RemoveMentions(state.First, state.End);
        }
    }

    /// <summary>
    /// "Wellington, Jan 5 (AFP) — …", "Tokyo — …": the city a report was filed from opens its first sentence and is no
    /// actor (the labels hold datelines optional); a second outlet's dateline must not add a state the first did not name.
    /// </summary>
    private static void DropDateline(SentenceView s)
    {
        if (s.MentionAt(0) is not { Entity.Kind: ActorKind.Country, Role: FormRole.Capital } city)
        {
            return;
        }
        var k = city.End;
        if (s.Word(k) is ",")
        {
            k++;
            while (k < s.Tokens.Count && k - city.End <= 4 && (s.Tokens[k].IsNumber || s.Is(k, WordClass.NotName) || s.Word(k) is "." or "," or "jan" or "feb" or "mar"
                or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec"))
            {
                k++; // "March 3", "Jan. 5", "Tuesday"
            }
        }
        if (s.Word(k) is "(")
        {
            while (k < s.Tokens.Count && s.Word(k) is not ")")
            {
                k++;
            }
            k++;
        }
        if (s.Word(k) is "—" or "–" or "-")
        {
            s.RemoveMentions(city.First, city.End);
        }
    }

    /// <summary>
    /// "the State Secretariat for Economic Affairs (SECO) … SECO said": an acronym in parentheses after a body found in
    /// the text names that body wherever the article uses it. So does a short name of one capitalised word after a body
    /// of several words ("the Myanmar Armed Forces (Tatmadaw) … an arms embargo on the Tatmadaw").
    /// </summary>
    private static void DefinedAcronyms(List<SentenceView> sentences)
    {
        Dictionary<string, Entity>? defined = null;
        foreach (var s in sentences)
        {
            for (var i = 1; i + 2 < s.Tokens.Count; i++)
            {
                if (s.Text(i) is "(" && s.Text(i + 2) is ")" && s.MentionAt(i - 1) is { Entity: { Kind: ActorKind.Organization, FromText: true } body } named
                    && s.MentionAt(i + 1) is null && s.Tokens[i + 1] is { IsWord: true, Length: >= 3 and <= 12 } token
                    && ((token.Length <= 8 && IsAllCaps(s.Text(i + 1)))
                        || (named.End - named.First >= 2 && char.IsUpper(s.Text(i + 1)[0]) && !s.Is(i + 1, WordClass.NotName))))
                {
                    defined ??= new(StringComparer.Ordinal);
                    defined.TryAdd(s.Text(i + 1).ToString(), body);
                }
            }
        }
        if (defined is null)
        {
            return;
        }
        var lookup = defined.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (s.MentionAt(i) is null && s.Tokens[i].IsWord && lookup.TryGetValue(s.Text(i), out var body))
                {
                    s.AddMention(new Mention(i, i + 1, body, FormRole.Name, s.Surface(i, i + 1)));
                }
            }
        }
    }

    /// <summary>
    /// A firm the article names with a cue in one place ("defense giant Lockheed Martin", "Andes Marine Corp") is that
    /// firm wherever the article names it again, bare or without its legal form ("sanctions against Lockheed Martin").
    /// Only names of two or more words are looked for, so a single word that is also a common name is not taken.
    /// </summary>
    private void FirmsNamedAgain(List<SentenceView> sentences)
    {
        var names = new List<(string[] Words, Entity Entity)>();
        foreach (var entity in _organizations.Values)
        {
            if (entity.CanImpose)
            {
                continue;
            }
            var words = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && words[^1].TrimEnd('.') is "Corp" or "Corporation" or "Inc" or "Co" or "Ltd")
            {
                words = words[..^1];
            }
            if (words.Length >= 2 && words.All(w => w.Length > 0 && char.IsUpper(w[0])))
            {
                names.Add((words, entity));
            }
        }
        if (names.Count == 0)
        {
            return;
        }
        names = [.. names.OrderByDescending(n => n.Entity.Name.Split(' ').Length - n.Words.Length)]; // the full name first
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (s.MentionAt(i) is { Entity: { Kind: ActorKind.Organization, FromText: true } bare } named && named.First == i
                    && names.Find(n => n.Entity != bare && n.Words.Length < n.Entity.Name.Split(' ').Length && string.Join(' ', n.Words) == bare.Name) is { Entity: { } full })
                {
                    s.RemoveMentions(named.First, named.End); // "Andes Marine" named bare by another rule is "Andes Marine Corp"
                    s.AddMention(new Mention(named.First, named.End, full, named.Role, named.Surface));
                    continue;
                }
                foreach (var (words, entity) in names)
                {
                    var end = i + words.Length;
                    if (end > s.Tokens.Count || !Enumerable.Range(0, words.Length).All(j => s.MentionAt(i + j) is null && s.Text(i + j).SequenceEqual(words[j])))
                    {
                        continue;
                    }
                    if (end < s.Tokens.Count && s.Tokens[end] is { IsWord: true, IsCapitalized: true } && s.Text(end) is not ("Corp" or "Corporation" or "Inc" or "Co" or "Ltd"))
                    {
                        continue; // part of a longer name
                    }
                    s.AddMention(new Mention(i, end, entity, FormRole.Name, s.Surface(i, end)));
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A name of one or two unknown capitalised words listed beside a firm the article names ("sanctions against
    /// Lockheed Martin and Northrop Grumman", "Lockheed Martin, General Dynamics, and Raytheon") is a firm too. A given
    /// name opening it makes it a person; a state or body beside it makes nothing.
    /// </summary>
    private void FindFirmsBesideFirms(SentenceView s)
    {
        for (var pass = 0; pass < 3; pass++)
        {
            var found = false;
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (s.MentionAt(i) is not { Entity: { Kind: ActorKind.Organization, FromText: true, CanImpose: false } } firm || firm.First != i)
                {
                    continue;
                }
                // After the firm: "Lockheed Martin and Northrop Grumman", "Lockheed Martin, General Dynamics, and …"
                var k = firm.End;
                if (s.Word(k) is ",")
                {
                    k++;
                }
                if (s.Word(k) is "and" or "or")
                {
                    k++;
                }
                // (A comma alone joins only where the list goes on after the name: "Firm, X said" is no list.)
                if (k > firm.End && s.MentionAt(k) is null && ListedFirmName(s, k) is var end and > 0
                    && (s.Word(k - 1) is "and" or "or" || s.Word(end) is "," or "and" or "or"))
                {
                    AddOrganization(s, k, end);
                    found = true;
                }
                // Before it: "Northrop Grumman and Lockheed Martin", "General Dynamics, Lockheed Martin …"
                var b = i - 1;
                if (s.Word(b) is not ("and" or "or"))
                {
                    continue; // "one is MEP, Finnish Green Party …": a comma before the firm is no list
                }
                b--;
                if (s.Word(b) is ",")
                {
                    b--;
                }
                {
                    foreach (var first in new[] { b - 1, b })
                    {
                        if (first >= 1 && s.MentionAt(first) is null && ListedFirmName(s, first) == b + 1
                            && !(s.Tokens[first - 1] is { IsWord: true, IsCapitalized: true }))
                        {
                            AddOrganization(s, first, b + 1);
                            found = true;
                            break;
                        }
                    }
                }
            }
            if (!found)
            {
                return;
            }
        }
    }

    /// <summary>
    /// A list of two or more names of unknown capitalised words opening a sentence as the subject of a passive
    /// "sanctioned" or "blacklisted" ("Andes Marine, Condor Forge and Quintero will be sanctioned") names firms. Every
    /// item must be unknown: a state, a known body or a given name in the list makes nothing, and so does a single word
    /// the article writes after a given name (a surname).
    /// </summary>
    private void FindFirmsListedAsSanctioned(SentenceView s, HashSet<string> afterGivenNames)
    {
        var tokens = s.Tokens;
        var items = new List<(int Start, int End)>();
        var k = 0;
        while (k < tokens.Count && IsQuote(s, k))
        {
            k++;
        }
        var closed = false;
        while (k < tokens.Count)
        {
            var end = k;
            var unknown = false;
            while (end < tokens.Count && end - k < 3 && tokens[end] is { IsWord: true, IsCapitalized: true } && s.MentionAt(end) is null
                   && !OrganizationCues.StopLookup.Contains(s.Text(end)))
            {
                unknown |= IsUnknownName(s, end) && tokens[end].Length >= 3;
                end++;
            }
            if (!unknown || GivenNames.GivenLookup.Contains(s.Text(k)) || (end < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: true })
                || (end - k == 1 && afterGivenNames.Contains(s.Text(k).ToString())))
            {
                return;
            }
            items.Add((k, end));
            k = end;
            if (closed)
            {
                break;
            }
            if (s.Word(k) is ",")
            {
                k++;
            }
            if (s.Word(k) is "and")
            {
                closed = true;
                k++;
            }
            else if (s.Word(k - 1) is not ",")
            {
                return;
            }
        }
        if (!closed || items.Count < 2 || !IsPassiveSanction(s, k))
        {
            return;
        }
        foreach (var (start, end) in items)
        {
            AddOrganization(s, start, end);
        }
    }

    /// <summary>"will be sanctioned", "were blacklisted", "have also been sanctioned" at <paramref name="k"/>.</summary>
    private static bool IsPassiveSanction(SentenceView s, int k)
    {
        if (s.Word(k) is "will" or "would" or "have" or "had")
        {
            k++;
        }
        if (s.Word(k) is "also")
        {
            k++;
        }
        if (s.Word(k) is not ("be" or "been" or "were" or "are"))
        {
            return false;
        }
        k++;
        if (s.Word(k) is "also")
        {
            k++;
        }
        return s.Word(k) is "sanctioned" or "blacklisted";
    }

    /// <summary>The single words the article writes right after a given name: the surnames of its people.</summary>
    private static HashSet<string> WordsAfterGivenNames(List<SentenceView> sentences)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (var k = 0; k + 1 < s.Tokens.Count; k++)
            {
                if (s.Tokens[k] is { IsWord: true, IsCapitalized: true } && s.Tokens[k + 1] is { IsWord: true, IsCapitalized: true }
                    && GivenNames.GivenLookup.Contains(s.Text(k)))
                {
                    words.Add(s.Text(k + 1).ToString());
                }
            }
        }
        return words;
    }

    /// <summary>The end of a listed firm's name of one or two unknown capitalised words at <paramref name="k"/>, or -1.</summary>
    private static int ListedFirmName(SentenceView s, int k) =>
        s.Word(k) is "others" or "other" or "more" ? -1 : PairName(s, k) && !GivenNames.GivenLookup.Contains(s.Text(k)) ? k + 2 : SingleName(s, k) ? k + 1 : -1;

    /// <summary>
    /// "Khazar Shipping Company (Iran) (a.k.a. Khazar Sea Shipping Lines or …)": the names in parentheses after "a.k.a."
    /// or "also known as" are the body's other names, not bodies of their own.
    /// </summary>
    private static void OtherNamesOfOne(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (s.Word(i) is not "(" || s.MentionAt(i - 1) is not { Entity.Kind: ActorKind.Organization } body)
            {
                continue;
            }
            var k = i + 1;
            if (s.MentionAt(k) is { Entity.Kind: ActorKind.Country } && s.Word(k + 1) is ")" && s.Word(k + 2) is "(")
            {
                k += 3; // "(Iran) (a.k.a. …)": the state first
            }
            var open = k;
            k = AfterAka(s, k);
            if (k == open)
            {
                continue;
            }
            for (; k < tokens.Count && s.Word(k) is not ")"; k++)
            {
                if (s.MentionAt(k) is { Entity.Kind: ActorKind.Organization } other && other.Entity != body.Entity)
                {
                    var (first, end) = (other.First, other.End);
                    s.RemoveMentions(first, end);
                    s.AddMention(new Mention(first, end, body.Entity, FormRole.Name, s.Surface(first, end)));
                    k = end - 1;
                }
            }
            i = k;
        }
    }

    /// <summary>The token after "a.k.a." (however it is tokenised), "aka" or "also known as" at <paramref name="k"/>; <paramref name="k"/> when there is none.</summary>
    private static int AfterAka(SentenceView s, int k)
    {
        if (s.Word(k) is "a.k.a." or "a.k.a" or "aka")
        {
            return k + 1;
        }
        if (s.Word(k) is "a" && s.Word(k + 1) is "." && s.Word(k + 2) is "k" && s.Word(k + 3) is "." && s.Word(k + 4) is "a")
        {
            return s.Word(k + 5) is "." ? k + 6 : k + 5;
        }
        if (s.Word(k) is "a.k" && s.Word(k + 1) is "." && s.Word(k + 2) is "a")
        {
            return s.Word(k + 3) is "." ? k + 4 : k + 3;
        }
        return s.Word(k) is "also" && s.Word(k + 1) is "known" && s.Word(k + 2) is "as" ? k + 3 : k;
    }

    /// <summary>
    /// Words that speak alone, as surnames do: "Mahuta said", "…,” Mahuta told". Null when there are none.
    /// </summary>
    private static HashSet<string>? SpeakerSurnames(List<SentenceView> sentences)
    {
        HashSet<string>? words = null;
        foreach (var s in sentences)
        {
            if (!s.Has(WordClass.SpeechVerb))
            {
                continue;
            }
            for (var i = 0; i + 1 < s.Tokens.Count; i++)
            {
                if (s.Is(i + 1, WordClass.SpeechVerb) && IsNameWord(s, i) && s.MentionAt(i) is null && s.Tokens[i].Length >= 3
                    && !OrganizationCues.StopLookup.Contains(s.Text(i)) && !GivenNames.GivenLookup.Contains(s.Text(i))
                    && (i == 0 || s.Text(i - 1) is "," or "\"" or "”" or "—" or "–" || s.Word(i - 1) is "and"))
                {
                    (words ??= new(StringComparer.Ordinal)).Add(s.Text(i).ToString());
                }
            }
        }
        return words;
    }

    /// <summary>
    /// "Nanaia Mahuta is the foreign minister … Mahuta said": a run of two or three name words ending in a word the article
    /// has speak alone is that speaker's full name, whatever stands around it.
    /// </summary>
    private void FindSpeakersInFull(SentenceView s, HashSet<string> speakers)
    {
        var lookup = speakers.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameWord(s, i) || s.MentionAt(i) is not null || (i > 0 && tokens[i - 1] is { IsWord: true, IsCapitalized: true }))
            {
                continue;
            }
            var end = NameEnd(s, i);
            if (end - i is 2 or 3 && lookup.Contains(s.Text(end - 1)) && (end >= tokens.Count || !tokens[end].IsCapitalized)
                && !(i > 0 && s.Word(i - 1) is "by" && IsCreditBy(s, i - 1)))
            {
                AddPerson(s, i, end);
            }
            i = Math.Max(i, end - 1);
        }
    }

    /// <summary>States whose finance ministry news copy calls "the Treasury", and that body's name in the table.</summary>
    private static readonly (string State, string Body)[] Treasuries =
        [("United States", "United States Department of the Treasury"), ("United Kingdom", "HM Treasury")];

    /// <summary>
    /// "Treasury said", "instructed the Treasury", "Secretary of the Treasury": the bare word is the treasury the article
    /// already named in full, or else that of the first state with one the article names (US copy means the US's, UK
    /// copy HM Treasury). "Treasury Secretary Janet Yellen" is a title, not the body.
    /// </summary>
    private void ResolveBareTreasury(List<SentenceView> sentences)
    {
        Entity? body = null;
        foreach (var s in sentences)
        {
            foreach (var m in s.Mentions)
            {
                foreach (var (state, name) in Treasuries)
                {
                    if (body is null && (m.Entity.Name == name || m.Entity.Name == state))
                    {
                        body = gazetteer.Find(name);
                    }
                }
                if (m.Entity.Name == Treasuries[0].Body || m.Entity.Name == Treasuries[1].Body)
                {
                    body = m.Entity; // a treasury named in full wins over the state
                }
            }
        }
        if (body is null)
        {
            return;
        }
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (s.Text(i) is not "Treasury" || s.MentionAt(i) is not null
                    || (i + 1 < s.Tokens.Count && s.Tokens[i + 1].IsCapitalized && !(i >= 2 && s.Word(i - 1) is "the" && s.Word(i - 2) is "of"))
                    || (i + 1 < s.Tokens.Count && s.Word(i + 1) is "'s"))
                {
                    continue;
                }
                s.AddMention(new Mention(i, i + 1, body, FormRole.Name, "Treasury"));
            }
        }
    }

    private void MatchGazetteer(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count;)
        {
            var phrase = s.Is(i, WordClass.NameStart) && tokens[i].IsWord ? gazetteer.Match(s, i) : null;
            if (phrase is null)
            {
                i++;
                continue;
            }
            var end = i + phrase.Tokens.Length;
            if (phrase.Entity.Kind == ActorKind.Person && phrase.Tokens.Length == 1 && NamesAGovernment(s, end))
            {
                // "The Albanese government" is the government of the state its leader leads, not the leader.
                if (phrase.Entity.Country is { } country && gazetteer.Find(country) is { Kind: ActorKind.Country } state)
                {
                    s.AddMention(new Mention(i, end + 1, state, FormRole.Name, s.Surface(i, end + 1)));
                }
                i = end + 1;
                continue;
            }
            if (phrase.Entity.Kind == ActorKind.Organization && s.Word(end) is "charter" && s.Tokens[end].IsCapitalized)
            {
                i = end + 1; // "the UN Charter": a body's founding text, not the body acting
                continue;
            }
            if (phrase.Role == FormRole.Capital && s.Word(end) is "oblast" or "region" or "province" or "krai" or "governorate")
            {
                i = end + 1; // "Bucha in Kyiv Oblast": the region around a capital, not its state
                continue;
            }
            if (phrase.Entity.Kind == ActorKind.Person && phrase.Tokens.Length >= 2 && HyphenatedHalfAfter(s, end))
            {
                i = end; // "Wang Yi-ming": the name goes on past the table's "Wang Yi", so it is someone else
                continue;
            }
            if (phrase.Entity.Kind == ActorKind.Person && phrase.Tokens.Length == 1 && AnotherGivenName(s, i, phrase.Entity))
            {
                i = end; // "his son Victor Lukashenko": not the table's person
                continue;
            }
            s.AddMention(new Mention(i, end, phrase.Entity, phrase.Role, s.Surface(i, end, phrase.Form)));
            if (phrase.Entity.Kind == ActorKind.Person)
            {
                Remember(phrase.Entity);
            }
            i = end;
        }
    }

    /// <summary>
    /// A table person's surname after a given name that is not theirs names a relative or a namesake:
    /// "Valery Medvedev" is not Dmitry Medvedev (the full name of the table's person would have matched whole).
    /// A given name opening as theirs does is theirs in full or short ("Joseph Biden" is Joe Biden). So does any name word
    /// before the surname's Arabic article: "Maher al-Assad" is not Bashar al-Assad.
    /// </summary>
    private static bool AnotherGivenName(SentenceView s, int surname, Entity person) =>
        (surname >= 1 && s.MentionAt(surname - 1) is null && GivenNames.GivenLookup.Contains(s.Text(surname - 1))
            && person.NameParts is [{ Length: >= 2 } own, ..] && !s.Word(surname - 1).StartsWith(own.AsSpan(0, 2), StringComparison.Ordinal)
            && !NameSimilarity.SamePerson(person.NameParts, NameSimilarity.Parts(s.Surface(surname - 1, surname + 1))))
        || (IsHyphenatedGivenName(s, surname) && !NameSimilarity.SamePerson(person.NameParts, NameSimilarity.Parts(s.Surface(surname - 3, surname + 1))))
        || (surname >= 3 && s.Text(surname - 1) is "-" && s.Word(surname - 2) is "al" or "el" && s.MentionAt(surname - 3) is null
            && IsNameWord(s, surname - 3) && !NameSimilarity.SamePerson(person.NameParts, NameSimilarity.Parts(s.Surface(surname - 3, surname + 1))));

    /// <summary>
    /// "-ming" right after a name: the last name word's lower-case half, not a compound such as "-led" or "-era".
    /// </summary>
    private static bool HyphenatedHalfAfter(SentenceView s, int end) =>
        end + 1 < s.Tokens.Count && s.Text(end) is "-" && s.Tokens[end + 1] is { IsWord: true, IsCapitalized: false }
        && s.Word(end + 1) is not ("era" or "style" or "like" or "type") && !s.Word(end + 1).EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"The Albanese government": a leader's surname naming the government they lead names the government, not the person.</summary>
    private static bool NamesAGovernment(SentenceView s, int after) => s.Word(after) is "government";

    private void FindPeople(SentenceView s)
    {
        if (!s.Has(WordClass.Title | WordClass.SpeechVerb | WordClass.Possessive))
        {
            return; // none of the rules below has a word to start from
        }
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = s.Word(i);
            if (s.Is(i, WordClass.Title))
            {
                var start = s.Word(i + 1) is "," ? i + 2 : i + 1;
                var end = NameEnd(s, start);
                if (end - start >= 2)
                {
                    AddPerson(s, start, end);
                    i = end - 1;
                }
                else if (end - start == 1 && s.Text(start).Length >= 4
                    && gazetteer.PeopleIndex.Find(NameSimilarity.Parts(s.Surface(start, end))) is { } known)
                {
                    // "Foreign Secretary Cameron": a title before a table person's surname names that person.
                    s.AddMention(new Mention(start, end, Remember(known), FormRole.Name, s.Surface(start, end)));
                    i = end - 1;
                }
                else if (end - start == 1 && start == i + 1 && s.Word(i) is "patriarch" or "pope" or "king" or "queen" or "prince" or "princess" or "emperor" or "cardinal"
                    && s.Tokens[i].IsCapitalized && !(end < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: true }))
                {
                    AddPerson(s, i, end); // "Patriarch Kirill", "King Charles": a title that is part of a one-word name
                    i = end - 1;
                }
                else if (end - start == 1 && s.Text(start).Length >= 4 && s.Is(end, WordClass.SpeechVerb) && !GivenNames.GivenLookup.Contains(s.Text(start)))
                {
                    AddPerson(s, start, end); // "Defense Secretary Gates said": a title and a surname before a speech verb
                    i = end - 1;
                }
                else if (end == start && TitleOfFieldAppositive(s, i) is var named and > 0 && NameEnd(s, named) is var nameEnd && nameEnd - named is >= 2 and <= 4
                    && s.MentionAt(named) is null && s.Word(nameEnd) is "," or ";" or "." or "and")
                {
                    AddPerson(s, named, nameEnd); // "the minister of health, Jane Roe Diaz;": a title of a field, then its holder
                    i = nameEnd - 1;
                }
                else if (end == start && HolderAfterPortfolio(s, i) is var incumbent and > 0)
                {
                    var incumbentEnd = NameEnd(s, incumbent);
                    AddPerson(s, incumbent, incumbentEnd); // "Minister of Foreign Affairs Jane Roe says": a portfolio, then its holder
                    i = incumbentEnd - 1;
                }
                else if (end == start && HolderAfterTitlesBody(s, i) is var holder and > 0)
                {
                    var holderEnd = NameEnd(s, holder);
                    AddPerson(s, holder, holderEnd); // "head of the Andean Parliament Jane Roe said": a title of a body, then its holder
                    i = holderEnd - 1;
                }
            }
            else if (s.Is(i, WordClass.SpeechVerb))
            {
                var start = NameStartBefore(s, i);
                if (i - start >= 2 && (start == 0 || s.Text(start - 1) is "," or "\"" or "“" or "”" or "—" or "–" or "and"))
                {
                    AddPerson(s, start, i);
                }
                else if (i - start == 1 && SurnameAfterQuote(s, start))
                {
                    AddPerson(s, start, i); // "…,” Okada told a meeting": the speaker of a quote, named by surname
                }
            }
            else if (word is "'s" && i >= 1 && s.MentionAt(i - 1) is { Entity.Kind: ActorKind.Country })
            {
                // "Slovakia's Robert Fico": a state's own person. (Not the words of a longer title cut short, "America's Adversaries
                // Through Sanctions Act", nor a heading before its colon, "China's Warning Shot: …".)
                var end = NameEnd(s, i + 1);
                if (end - (i + 1) >= 2 && !(end < tokens.Count && (tokens[end] is { IsWord: true, IsCapitalized: true } || s.Text(end) is ":")))
                {
                    AddPerson(s, i + 1, end);
                    i = end - 1;
                }
            }
            else if (word is "," && i >= 2 && LooksLikeTitleAhead(s, i + 1))
            {
                var start = NameStartBefore(s, i);
                if (i - start is >= 2 and <= 4)
                {
                    AddPerson(s, start, i);
                }
            }
        }
    }

    /// <summary>
    /// A lone capitalised word between a closed quote and a speech verb ("…,” Okada told", "…,” Landsbergis said") is its
    /// speaker; common nouns there are written in lower case, and the plurals that speak ("Diplomats") are left out.
    /// </summary>
    private static bool SurnameAfterQuote(SentenceView s, int start) =>
        start >= 2 && s.Text(start - 1) is "”" or "\"" && s.Text(start - 2) is "," or "?" or "!" or "." && s.Text(start).Length >= 3
        && !OrganizationCues.SpeakerPluralLookup.Contains(s.Word(start)) && !GivenNames.GivenLookup.Contains(s.Text(start));

    /// <summary>"…, the/a/Japan's Prime Minister …": a role within four words after a comma.</summary>
    private static bool LooksLikeTitleAhead(SentenceView s, int from)
    {
        for (var k = from; k < Math.Min(from + 4, s.Tokens.Count); k++)
        {
            if (s.Is(k, WordClass.Title))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The end of a run of name words starting at <paramref name="start"/> (at most four, particles and hyphens allowed inside).</summary>
    /// <summary>
    /// "head of the European Parliament Jane Roe said", "Special Envoy for Peru and Chile Jane Roe": a title, its "of" or
    /// "for" and a field that ends in a state or a known body, then two or three name words closed by a word in lower case or
    /// a mark (not "of", "for" or "'s", which go on with the field); the name's first token, or -1. The field holds only "the", "and", capitalised words and mentions.
    /// </summary>
    private static int HolderAfterTitlesBody(SentenceView s, int title)
    {
        var tokens = s.Tokens;
        if (s.Word(title + 1) is not ("of" or "for"))
        {
            return -1;
        }
        var k = title + 2;
        while (k < tokens.Count && k - title < 12)
        {
            if (s.MentionAt(k) is { } m && m.First == k)
            {
                if (m.Entity.Kind is not (ActorKind.Country or ActorKind.Organization))
                {
                    return -1;
                }
                var e = m.End;
                if (IsClosedHolderName(s, e))
                {
                    return e;
                }
                k = e;
            }
            else if (s.Text(k) is "of" && s.Text(k + 1) is "Staff" && k > title + 2 && tokens[k - 1].IsCapitalized)
            {
                // "Chairman of the Joint Chiefs of Staff Jane Roe,": a field that ends in "of Staff" ends there
                return IsClosedHolderName(s, k + 2) ? k + 2 : -1;
            }
            else if (s.Word(k) is "the" or "and" || tokens[k] is { IsWord: true, IsCapitalized: true } && s.MentionAt(k) is null)
            {
                k++;
            }
            else
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>The capitalised words of a minister's portfolio ("Foreign Affairs", "Trade and Export Growth", "State").</summary>
    private static readonly FrozenSet<string> PortfolioWords = FrozenSet.Create(StringComparer.Ordinal,
        "Foreign", "Affairs", "Finance", "Trade", "Defence", "Defense", "Justice", "Health", "Economy", "Economic", "Development",
        "Commerce", "Industry", "Energy", "Interior", "Home", "Treasury", "Export", "Exports", "Growth", "Agriculture", "Immigration",
        "Education", "Transport", "Environment", "Labour", "Labor", "Security", "Internal", "External", "Relations", "Overseas",
        "Investment", "Resources", "State", "Europe", "European", "Cooperation", "Co-operation");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PortfolioLookup = PortfolioWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Minister of Foreign Affairs Jane Roe says", "Secretary for Trade and Industry, Jane Roe, said": a minister's or
    /// secretary's "of"/"for", portfolio words (with "and" between), then a name of two or three words closed by a speech verb,
    /// a comma or a full stop; the name's first token, or -1.
    /// </summary>
    private static int HolderAfterPortfolio(SentenceView s, int title)
    {
        if (s.Word(title) is not ("minister" or "secretary") || s.Word(title + 1) is not ("of" or "for"))
        {
            return -1;
        }
        var k = title + 2;
        var portfolio = 0;
        while (k < s.Tokens.Count && (PortfolioLookup.Contains(s.Text(k)) || (portfolio > 0 && s.Word(k) is "and" or "&")))
        {
            portfolio++;
            k++;
        }
        if (portfolio == 0 || s.Word(k - 1) is "and" or "&")
        {
            return -1;
        }
        var name = s.Word(k) is "," ? k + 1 : k;
        var end = NameEnd(s, name);
        return NameWords(s, name, end) is >= 2 and <= 3 && s.MentionAt(name) is null && (s.Is(end, WordClass.SpeechVerb) || s.Word(end) is "," or ".") ? name : -1;
    }

    /// <summary>Two or three name words from <paramref name="e"/>, none a body's word, closed by a word in lower case or a mark (not "of", "for" or "'s").</summary>
    private static bool IsClosedHolderName(SentenceView s, int e)
    {
        var tokens = s.Tokens;
        var nameEnd = NameEnd(s, e);
        return nameEnd - e is 2 or 3 && s.MentionAt(e) is null && !HasBodyWord(s, e, nameEnd)
            && (nameEnd >= tokens.Count || !tokens[nameEnd].IsCapitalized && s.Word(nameEnd) is not ("of" or "for" or "'s" or "’s")
                && !OrganizationCues.HeadLookup.Contains(s.Text(nameEnd)));
    }

    /// <summary>"Management Board": a word of a body's name among name words.</summary>
    private static bool HasBodyWord(SentenceView s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (OrganizationCues.HeadLookup.Contains(s.Text(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "the minister of health, …", "the chief of the state-run telecommunications agency, …": a title written in lower case
    /// after "the", its "of" and a field of lower-case words up to a comma; the token after the comma, or -1.
    /// </summary>
    private static int TitleOfFieldAppositive(SentenceView s, int title)
    {
        if (title < 1 || s.Word(title - 1) is not "the" || s.Tokens[title].IsCapitalized || s.Word(title + 1) is not "of")
        {
            return -1;
        }
        for (var k = title + 2; k < s.Tokens.Count - 1 && k - title < 10; k++)
        {
            if (s.Text(k) is ",")
            {
                return k > title + 2 ? k + 1 : -1;
            }
            if (s.Tokens[k].IsCapitalized || s.MentionAt(k) is not null || !(s.Tokens[k].IsWord || s.Text(k) is "-"))
            {
                return -1;
            }
        }
        return -1;
    }

    private static int NameEnd(SentenceView s, int start)
    {
        var tokens = s.Tokens;
        var end = start;
        var words = 0;
        while (end < tokens.Count && words < 4)
        {
            if (words > 0 && s.Text(end) is "De" or "Del" or "Da" or "Dos" or "Van" or "Von" && end + 1 < tokens.Count
                && IsNameWord(s, end + 1) && s.Text(end + 1) is not ("De" or "Del" or "Da" or "Dos" or "Van" or "Von"))
            {
                end++; // "Ana Guido De Romero": a capitalised particle inside a name is no name part of its own
            }
            else if (IsNameWord(s, end))
            {
                words++;
                end++;
            }
            else if (words > 0 && IsInitial(s, end) && end + 2 < tokens.Count && IsNameWord(s, end + 2))
            {
                end += 2; // "John K. Hurley": a middle initial and its dot
            }
            else if (words > 0 && (s.Is(end, WordClass.Particle) || s.Text(end) is "-") && end + 1 < tokens.Count && IsNameWord(s, end + 1))
            {
                end++;
            }
            else if (words > 0 && s.Text(end) is "al" or "el" or "ul" && s.Word(end + 1) is "-" && end + 2 < tokens.Count && IsNameWord(s, end + 2))
            {
                end += 2; // "Abd al-Razek": an Arabic article joined to the next part
            }
            else if (words > 0 && s.Text(end) is "-" && end + 1 < tokens.Count && tokens[end + 1].IsWord && !tokens[end].IsCapitalized && tokens[end - 1].IsCapitalized)
            {
                // "Cho Tae-yul", "Kim Jong-un": a hyphenated given name's lower-case half.
                end += 2;
                if (words == 1 && IsGivenFirstSurname(s, end))
                {
                    end++; // "Min-jun Park": a hyphenated given name first, then the one-word family name
                }
                break;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    /// <summary>
    /// After a hyphenated given name that opens a name ("Min-jun"), one capitalised name word not followed by another is the
    /// family name written last, as English copy often writes Korean names.
    /// </summary>
    private static bool IsGivenFirstSurname(SentenceView s, int k) =>
        k < s.Tokens.Count && IsNameWord(s, k) && !(k + 1 < s.Tokens.Count && s.Tokens[k + 1] is { IsWord: true, IsCapitalized: true });

    /// <summary>"Min-jun": a capitalised word, a hyphen and a lower-case word ending just before <paramref name="end"/>.</summary>
    private static bool IsHyphenatedGivenName(SentenceView s, int end) =>
        end >= 3 && s.Text(end - 2) is "-" && s.Tokens[end - 1] is { IsWord: true, IsCapitalized: false }
        && s.Tokens[end - 3] is { IsWord: true, IsCapitalized: true } && s.MentionAt(end - 3) is null;

    private static bool IsInitial(SentenceView s, int i) =>
        s.Tokens[i] is { IsWord: true, IsCapitalized: true, Length: 1 } && i + 1 < s.Tokens.Count && s.Text(i + 1) is ".";

    /// <summary>
    /// A run of capitalised words that a firm's or body's word ends ("Golden Triangle Bank") or opens
    /// ("Bank Rossiya", "Department 53 of the Ministry of …") is an organisation, even over the country or
    /// person names inside it ("Korea Mandal Credit Bank", "Kim Il Sung Military University").
    /// </summary>
    private void FindOrganizations(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (s.MentionAt(i) is { Entity.Kind: ActorKind.Organization } known && known.First == i && i >= 1 && s.Word(i - 1) is "his" or "her" && AllGeneric(s, known))
            {
                s.RemoveMentions(known.First, known.End); // "Putin and members of his Security Council": a leader's own council, not the UN's
                continue;
            }
            if (s.MentionAt(i) is { Entity.Kind: ActorKind.Organization } known2 && known2.First == i && (NationalBody(s, known2) || BodyOfAState(s, known2)))
            {
                continue;
            }
            if (i >= 1 && tokens[i].IsCapitalized && OrganizationCues.BranchLookup.Contains(s.Text(i)) && s.MentionAt(i) is null
                && s.MentionAt(i - 1) is { Entity.Kind: ActorKind.Organization } body && body.End == i)
            {
                AddOrganization(s, body.First, i + 1); // "the Revolutionary Guard Corps Navy": a known body's service
                continue;
            }
            if (!tokens[i].IsWord || !tokens[i].IsCapitalized || s.MentionAt(i) is { Entity.Kind: not ActorKind.Person })
            {
                continue; // a known body's own word: "Treasury Department", "World Bank"
            }
            var word = s.Text(i);
            if (OrganizationCues.FormBeforeLookup.Contains(word) && SingleName(s, i + 1))
            {
                AddOrganization(s, i, i + 2); // "OJSC Belaruskali": a firm's legal form before its name
                i++;
                continue;
            }
            if (word.Length >= 7 && word.EndsWith("bank", StringComparison.Ordinal) && s.MentionAt(i) is null)
            {
                AddOrganization(s, i, i + 1); // "Vnesheconombank", "Novikombank": a bank by its own word
                continue;
            }
            // "House of Commons", "House of Lords": a chamber opens its name with "of" (not "House Speaker").
            // "Turkey's Presidency of Defense Industries": a state's agency (not a state's turn chairing a council, "the
            // French Presidency of the EU Council", "the Swedish Presidency", whose "of" is followed by "the" or a bloc).
            var opener = OrganizationCues.OpenerLookup.Contains(word) || (word is "House" && s.Word(i + 1) is "of")
                || (word is "Presidency" && s.Word(i + 1) is "of" && s.Word(i + 2) is not "the" && s.MentionAt(i + 2) is null
                    && s.MentionAt(i - 1) is not { Role: FormRole.Demonym });
            if (!opener && !OrganizationCues.HeadLookup.Contains(word))
            {
                continue;
            }
            var start = OrganizationStart(s, i);
            var end = OrganizationEnd(s, i + 1, opener);
            if (end - start >= 2 && start >= 2 && s.Text(start - 1) is "'s" or "’s" && OrganizationCues.GovernmentLookup.Contains(word) && !IsForeignMinistry(s, start, end)
                && (start == i || !HasProperWord(s, start, end, i)) && s.MentionAt(start - 2) is { Entity.Kind: ActorKind.Country } state && gazetteer.DemonymOf(state.Entity.Name) is { } own)
            {
                // "China's Ministry of Commerce" is the Chinese Ministry of Commerce ("North Korea's Propaganda Department" keeps its name).
                AddOrganization(s, start, end, own + " " + s.Surface(start, end), state.Entity.Name);
                i = end - 1;
            }
            else if (end - start >= 2 && HasProperWord(s, start, end, i) && DefinedAcronymBefore(s, start) is var acronym and >= 0)
            {
                // "the Revolutionary Guard Corps ("IRGC") Cooperative Foundation" is the IRGC Cooperative Foundation.
                AddOrganization(s, acronym, end, string.Concat(s.Text(acronym), " ", s.Surface(start, end)));
                i = end - 1;
            }
            else if (end - start >= 2 && HasProperWord(s, start, end, i))
            {
                AddOrganization(s, DemonymStart(s, start), end, NameWithoutQuotes(s, start, end));
                i = end - 1;
            }
            else if ((end - start >= 2 || s.Text(i) is "Railways" or "Railway" or "Airlines" or "Airways") && DemonymStart(s, start) is var d && d < start
                && !IsForeignMinistry(s, start, end))
            {
                AddOrganization(s, d, end); // "the Belarusian Defense Ministry": a state's own body; "Russian Railways": its carrier
                i = end - 1;
            }
            else if (end - start >= 2 && start >= 2 && s.Text(start - 1) is "'s" or "’s" && !IsForeignMinistry(s, start, end) && s.MentionAt(start - 2) is { Entity.Kind: ActorKind.Country } owner
                && gazetteer.DemonymOf(owner.Entity.Name) is { } demonym)
            {
                // "Iran's Foreign Ministry" is the Iranian Foreign Ministry.
                AddOrganization(s, start, end, demonym + " " + s.Surface(start, end), owner.Entity.Name);
                i = end - 1;
            }
            else if (end - start >= 3 && start >= 3 && s.Word(start - 1) is "the" && s.Word(start - 2) is "of" && s.Is(start - 3, WordClass.Title)
                && !IsForeignMinistry(s, start, end))
            {
                // "the deputy chairman of the Defense Industry Committee": generic words, but a body someone holds office in.
                AddOrganization(s, start, end);
                i = end - 1;
            }
        }
    }

    /// <summary>
    /// The token of a known body's acronym defined in parentheses just before <paramref name="start"/>
    /// ("Corps (“IRGC”) Cooperative …"), or -1.
    /// </summary>
    private static int DefinedAcronymBefore(SentenceView s, int start)
    {
        var k = start - 1;
        if (k < 3 || s.Text(k) is not ")")
        {
            return -1;
        }
        k--;
        if (s.Text(k) is "”" or "\"" or "’")
        {
            k--;
        }
        return k >= 1 && s.MentionAt(k) is { Entity.Kind: ActorKind.Organization } m && m.First == k && m.End == k + 1 && IsAllCaps(s.Text(k))
            && s.Text(k - 1) is "(" or "“" or "\"" or "‘" ? k : -1;
    }

    /// <summary>
    /// An acronym no table holds, coordinated with a known state or body, is a body of its own: "controls affecting
    /// ASML and China", "Huawei or ZTE". Capitalised words of one letter or with digits are not acronyms of names.
    /// </summary>
    private void FindCoordinatedAcronyms(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is not { IsWord: true, Length: >= 3 and <= 5 } || s.MentionAt(i) is not null || !IsAllCaps(s.Text(i)) || s.Is(i, WordClass.NotName))
            {
                continue;
            }
            var partner = s.Word(i + 1) is "and" or "or" ? s.MentionAt(i + 2) : i >= 2 && s.Word(i - 1) is "and" or "or" ? s.MentionAt(i - 2) : null;
            if (partner is { Entity.Kind: ActorKind.Country or ActorKind.Organization } && (i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalized))
            {
                AddOrganization(s, i, i + 1);
            }
        }
    }

    /// <summary>
    /// A list of names after a plural noun for firms, opened by a colon or "including"/"such as": "three more
    /// institutions: Otkritie, Novikom, and Sovcom", "chip factories, including Huaxin". Each name of one to three
    /// unknown capitalised words is a firm; the list ends at the first item that is not one.
    /// </summary>
    private void FindListedFirms(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            // "The sanctioned entities include A, B …", "state-owned companies such as the C Plant, "D" and "E"".
            var opens = s.Text(i) is ":" ? OrganizationCues.FirmPluralLookup.Contains(s.Word(i - 1))
                : s.Word(i) is "including" or "notably" or "include" or "includes" or "included" ? FirmPluralWithin(s, i - 3, i)
                : s.Word(i) is "as" && s.Word(i - 1) is "such" && FirmPluralWithin(s, i - 4, i - 1);
            if (!opens)
            {
                continue;
            }
            var k = i + 1;
            while (k < tokens.Count)
            {
                k = PastArticleAndQuotes(s, k);
                // ("Boeing Defense", "General Dynamics": a generic capitalised word beside an unknown one is part of the firm's name.)
                var end = k;
                var unknown = false;
                while (end < tokens.Count && end - k < 3 && s.Tokens[end] is { IsWord: true, IsCapitalized: true } && s.MentionAt(end) is null
                       && !OrganizationCues.StopLookup.Contains(s.Text(end)))
                {
                    unknown |= IsUnknownName(s, end) && s.Tokens[end].Length >= 3;
                    end++;
                }
                if (!unknown)
                {
                    end = k;
                }
                if (s.MentionAt(k) is { Entity.Kind: ActorKind.Organization } known)
                {
                    end = known.End; // a known firm in the list: go on past it
                }
                else if (end == k || GivenNames.GivenLookup.Contains(s.Text(k)) || (end < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: true }))
                {
                    break;
                }
                else
                {
                    AddOrganization(s, k, end);
                }
                k = end;
                if (!PastSeparator(s, ref k))
                {
                    break;
                }
            }
            i = k;
        }
    }

    /// <summary>
    /// Past the separator after a listed name: commas and closing quotes ('"Display," Minsk …'), then "and", "or" or
    /// "as well as". False when there is none: the list ends.
    /// </summary>
    private static bool PastSeparator(SentenceView s, ref int k)
    {
        var found = false;
        while (k < s.Tokens.Count)
        {
            if (s.Word(k) is ",")
            {
                found = true;
            }
            else if (!IsQuote(s, k) || (k + 1 < s.Tokens.Count && s.Tokens[k].End == s.Tokens[k + 1].Start))
            {
                break; // an opening quote is written against the next name
            }
            k++;
        }
        if (s.Word(k) is "and" or "or")
        {
            k++;
            return true;
        }
        if (s.Word(k) is "as" && s.Word(k + 1) is "well" && s.Word(k + 2) is "as")
        {
            k += 3;
            return true;
        }
        return found;
    }

    /// <summary>Past an article and opening quotes before a listed name: "the Minsk Plant", "\"Planar\"".</summary>
    private static int PastArticleAndQuotes(SentenceView s, int k)
    {
        if (s.Word(k) is "the")
        {
            k++;
        }
        while (k < s.Tokens.Count && IsQuote(s, k))
        {
            k++;
        }
        return k;
    }

    /// <summary>
    /// A department named with its state's name last, speaking: "Global Affairs Canada said", "Public Safety Canada
    /// said". One to three unknown capitalised words stand before the state, with no name word before them.
    /// </summary>
    private void FindBodiesNamedForTheirState(SentenceView s)
    {
        if (!s.Has(WordClass.SpeechVerb))
        {
            return;
        }
        for (var j = 1; j < s.Tokens.Count; j++)
        {
            if (s.MentionAt(j) is not { Entity.Kind: ActorKind.Country, Role: FormRole.Name } state || state.First != j || !s.Is(state.End, WordClass.SpeechVerb))
            {
                continue;
            }
            var start = j;
            while (start > 0 && j - start < 3 && IsUnknownName(s, start - 1) && !GivenNames.GivenLookup.Contains(s.Text(start - 1)))
            {
                start--;
            }
            if (start < j && !(start > 0 && s.Tokens[start - 1] is { IsWord: true, IsCapitalized: true }))
            {
                AddOrganization(s, start, state.End, null, state.Entity.Name);
                j = state.End;
            }
        }
    }

    /// <summary>
    /// A relative named by given name after their kin word: "Lukashenko's youngest son, Nikolai," is Nikolai Lukashenko;
    /// "his wife, Galina," takes the surname of the person last named. Runs after surnames are resolved, in article order.
    /// </summary>
    private void FindRelatives(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (s.MentionAt(i) is { Entity.Kind: ActorKind.Person } named)
            {
                _lastPerson = named.Entity;
                continue;
            }
            var g = i + 2;
            if (g >= tokens.Count || s.Text(i + 1) is not "," || !OrganizationCues.KinLookup.Contains(s.Word(i))
                || tokens[g] is not { IsWord: true, IsCapitalized: true } || s.MentionAt(g) is not null || s.Is(g, WordClass.NotName)
                || OrganizationCues.StopLookup.Contains(s.Text(g)) || (g + 1 < tokens.Count && tokens[g + 1] is { IsWord: true, IsCapitalized: true }))
            {
                continue;
            }
            var k = i - 1;
            while (k >= Math.Max(0, i - 3) && tokens[k] is { IsWord: true, IsCapitalized: false } && s.Word(k) is not ("his" or "her"))
            {
                k--; // "youngest", "estranged"
            }
            var owner = k >= 1 && s.Is(k, WordClass.Possessive) && s.MentionAt(k - 1) is { Entity.Kind: ActorKind.Person } p ? p.Entity
                : k >= 0 && s.Word(k) is "his" or "her" ? _lastPerson : null;
            if (owner is not { NameParts.Length: >= 2 })
            {
                continue;
            }
            var name = string.Concat(s.Text(g), " ", owner.Name.AsSpan(owner.Name.LastIndexOf(' ') + 1));
            if (!_bySurface.TryGetValue(name, out var relative))
            {
                relative = KnownPerson(name) ?? Remember(new Entity(name, ActorKind.Person, owner.Country, canImpose: false));
                _bySurface[name] = relative;
            }
            s.AddMention(new Mention(g, g + 1, relative, FormRole.Name, s.Surface(g, g + 1)));
            _lastPerson = owner;
            i = g;
        }
    }

    private static bool FirmPluralWithin(SentenceView s, int from, int end)
    {
        for (var k = Math.Max(0, from); k < end; k++)
        {
            if (OrganizationCues.FirmPluralLookup.Contains(s.Word(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "The Russian Foreign Ministry said …": a foreign ministry speaks for its state, as a capital does, and
    /// is read as the state rather than as a body of its own.
    /// </summary>
    private static bool IsForeignMinistry(SentenceView s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (s.Text(k) is "Foreign")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A demonym just before a body's name belongs to it ("Russian Agricultural Bank", "Israeli Institute
    /// for …"): the first token of the demonym, or <paramref name="start"/> when there is none.
    /// </summary>
    private static int DemonymStart(SentenceView s, int start) =>
        start > 0 && s.MentionAt(start - 1) is { Role: FormRole.Demonym, Entity.Kind: ActorKind.Country } m && m.End == start ? m.First : start;

    /// <summary>
    /// A table's international body named with generic words after another state's demonym is that
    /// state's own body: "the Russian Security Council" is not the UN's.
    /// </summary>
    private bool NationalBody(SentenceView s, Mention known)
    {
        if (known.First >= 2 && s.Word(known.First - 1) is "'s" && s.MentionAt(known.First - 2) is { Entity.Kind: ActorKind.Country } owner
            && owner.Entity.Name != known.Entity.Country && AllGeneric(s, known) && gazetteer.DemonymOf(owner.Entity.Name) is { } own)
        {
            // "Russia's Security Council" is the Russian Security Council, as the demonym makes it.
            AddOrganization(s, known.First, known.End, own + " " + s.Surface(known.First, known.End), owner.Entity.Name);
            return true;
        }
        if (known.First == 0 || s.MentionAt(known.First - 1) is not { Role: FormRole.Demonym, Entity.Kind: ActorKind.Country } demonym
            || demonym.Entity.Name == known.Entity.Country)
        {
            return false;
        }
        for (var k = known.First; k < known.End; k++)
        {
            if (!s.Is(k, WordClass.NotName))
            {
                return false;
            }
        }
        AddOrganization(s, demonym.First, known.End);
        return true;
    }

    private static bool AllGeneric(SentenceView s, Mention known)
    {
        for (var k = known.First; k < known.End; k++)
        {
            if (!s.Is(k, WordClass.NotName))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A table's international body named with generic words and "of" a state is that state's own: "the Security
    /// Council of the Russian Federation" is the Russian Security Council, not the UN's.
    /// </summary>
    private bool BodyOfAState(SentenceView s, Mention known)
    {
        var k = known.End;
        if (s.Word(k) is not "of")
        {
            return false;
        }
        k += s.Word(k + 1) is "the" ? 2 : 1;
        if (s.MentionAt(k) is not { Entity.Kind: ActorKind.Country, Role: FormRole.Name } state || state.First != k
            || state.Entity.Name == known.Entity.Country || gazetteer.DemonymOf(state.Entity.Name) is not { } demonym)
        {
            return false;
        }
        for (var w = known.First; w < known.End; w++)
        {
            if (!s.Is(w, WordClass.NotName))
            {
                return false;
            }
        }
        AddOrganization(s, known.First, state.End, demonym + " " + s.Surface(known.First, known.End), state.Entity.Name);
        return true;
    }

    /// <summary>
    /// Ships are named in lists ("The ships include Andaman Skies, Mianzimu and Ocean Faye"): in a sentence
    /// about ships, three or more unknown capitalised names joined by commas and "and" are vessels.
    /// </summary>
    private static void FindVessels(SentenceView s)
    {
        if (!s.Has(WordClass.ShipNoun))
        {
            return;
        }
        var tokens = s.Tokens;
        var items = new List<(int Start, int End)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            items.Clear();
            var k = i;
            while (true)
            {
                var end = k;
                while (end < tokens.Count && end - k < 3 && IsUnknownName(s, end))
                {
                    end++;
                }
                if (end == k)
                {
                    break;
                }
                items.Add((k, end));
                if (end + 1 < tokens.Count && s.Text(end) is "," && s.Word(end + 1) is "and")
                {
                    k = end + 2;
                }
                else if (end < tokens.Count && s.Text(end) is "," || s.Word(end) is "and")
                {
                    k = end + 1;
                }
                else
                {
                    break;
                }
                if (s.Word(k - 1) is "and")
                {
                    var last = k;
                    while (last < tokens.Count && last - k < 3 && IsUnknownName(s, last))
                    {
                        last++;
                    }
                    if (last > k)
                    {
                        items.Add((k, last));
                    }
                    break;
                }
            }
            if (items.Count >= 3)
            {
                foreach (var (first, end) in items)
                {
                    var surface = s.Surface(first, end);
                    s.AddMention(new Mention(first, end, new Entity(surface, ActorKind.Organization, null, canImpose: false, fromText: true), FormRole.Name, surface));
                }
                i = items[^1].End;
            }
        }
    }

    /// <summary>A capitalised word that no table, rule or sentence start explains: part of a name the article gives.</summary>
    private static bool IsUnknownName(SentenceView s, int k) =>
        s.Tokens[k] is { IsWord: true, IsCapitalized: true } && s.MentionAt(k) is null && !s.Is(k, WordClass.NotName)
        && !OrganizationCues.StopLookup.Contains(s.Text(k));

    /// <summary>
    /// A firm named beside a common noun for a firm: "steelmaker, Severstal", "company — Chornomornaftogaz —",
    /// "the Severgroup investment company", "Belneftekhim, a state-controlled conglomerate".
    /// </summary>
    private void FindFirmsByNoun(SentenceView s)
    {
        if (!s.Has(WordClass.FirmNoun))
        {
            return;
        }
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsCapitalized || !s.Is(i, WordClass.FirmNoun))
            {
                continue;
            }
            // After the noun: "steelmaker, Severstal," / "company — Chornomornaftogaz —"
            var k = i + 1 < tokens.Count && s.Text(i + 1) is "," or "—" or "–" ? i + 2 : i + 1;
            if (SingleName(s, k))
            {
                AddOrganization(s, k, k + 1);
                continue;
            }
            if (PairName(s, k))
            {
                AddOrganization(s, k, k + 2); // "defense giant Lockheed Martin", "the main contractor, Northrop Grumman"
                continue;
            }
            // Before the noun: "the Severgroup investment company"
            for (var b = i - 1; b >= Math.Max(1, i - 3); b--)
            {
                if (s.Word(b - 1) is "the" && SingleName(s, b))
                {
                    if (b == i - 1 && gazetteer.Find(s.Surface(b, i + 1)) is { Kind: ActorKind.Organization } known)
                    {
                        s.AddMention(new Mention(b, i + 1, known, FormRole.Name, s.Surface(b, i + 1))); // "the Rossiya bank"
                    }
                    else
                    {
                        AddOrganization(s, b, b + 1);
                    }
                    break;
                }
                if (!tokens[b].IsWord || tokens[b].IsCapitalized)
                {
                    break;
                }
            }
            // Described after a comma: "Belneftekhim, a state-controlled … conglomerate, is …", "Belavia, the national
            // airline,", "Paravar Pars, an Iranian company that …", "…, the largest … conglomerate in Belarus".
            // ("Insitu, a subsidiary of Boeing," and the parent after "of": a part of a firm belongs to a firm.)
            var partOf = s.Word(i) is "subsidiary" or "subsidiaries" or "unit" or "affiliate" && s.Word(i + 1) is "of";
            if (partOf && ListedFirmName(s, i + 2) is var parentEnd and > 0)
            {
                AddOrganization(s, i + 2, parentEnd);
            }
            if (i + 1 >= tokens.Count || s.Word(i + 1) is "," or "." or "that" or "which" or "in" or "based" || partOf)
            {
                for (var a = i - 1; a >= Math.Max(2, i - 8); a--)
                {
                    if (s.Word(a) is "a" or "an" or "the" && s.Text(a - 1) is "," && ApposedName(s, a - 1) is var first and >= 0)
                    {
                        AddOrganization(s, first, a - 1);
                        break;
                    }
                }
            }
            // An acronym described after a comma: "equipment made by ASML, the leading maker of lithography systems".
            for (var a = i - 1; a >= Math.Max(2, i - 4) && tokens[a].IsWord && !tokens[a].IsCapitalized; a--)
            {
                if (s.Word(a) is "a" or "an" or "the" && s.Text(a - 1) is "," && SingleName(s, a - 2) && IsAllCaps(s.Text(a - 2)))
                {
                    AddOrganization(s, a - 2, a - 1);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "technology firms Zentrix and Polymer Works", "the banks Alpha, Beta and Gamma": a plural noun for firms, then unknown
    /// one-word names joined by commas and "and". A name is taken only when what follows it closes it (a comma, "and", a full
    /// stop or a word in lower case), so that a longer name ("Research and Production …") is not cut into words.
    /// </summary>
    private void FindFirmsAfterPluralNoun(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count - 2; i++)
        {
            if (tokens[i].IsCapitalized || s.Word(i) is not ("firms" or "companies" or "banks" or "lenders" or "giants" or "conglomerates" or "manufacturers" or "makers"))
            {
                continue;
            }
            var k = i + 1;
            var afterAnd = false;
            while (SingleName(s, k) && ClosesListedName(s, k + 1, afterAnd))
            {
                AddOrganization(s, k, k + 1);
                if (s.Word(k + 1) is not ("," or "and"))
                {
                    break;
                }
                afterAnd = s.Word(k + 1) is "and" || s.Word(k + 2) is "and";
                k += s.Word(k + 1) is "," && s.Word(k + 2) is "and" ? 3 : 2;
            }
            if (afterAnd && SingleName(s, k) && s.Word(k + 1) is "and" && SingleName(s, k + 2) && ClosesListedName(s, k + 3, afterAnd: true))
            {
                // "firms Zentrix and Research and Production": a list has one "and", so the second joins one name.
                AddOrganization(s, k, k + 3);
            }
        }
    }

    /// <summary>Whether token <paramref name="j"/> ends a listed name: a comma, "and" (not after the list's "and"), a stop or a word in lower case.</summary>
    private static bool ClosesListedName(SentenceView s, int j, bool afterAnd) =>
        j >= s.Tokens.Count || s.Word(j) is "," or "." or ";" || (s.Word(j) is "and" ? !afterAnd : s.Tokens[j] is { IsWord: true, IsCapitalized: false } && s.Word(j) is not "of");

    /// <summary>
    /// "FSB chief Jane Roe", "NDRC head Jane Roe": an acronym no table knows, just before the title of a person who is then
    /// named, is the body they lead. (Titles written as acronyms, "PM", "MP", "CEO", are not bodies.)
    /// </summary>
    private void FindAcronymBeforeTitle(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 1; i < tokens.Count - 2; i++)
        {
            if (s.Word(i) is not ("chief" or "head" or "director" or "boss" or "chairman" or "commander" or "spokesman" or "spokeswoman" or "spokesperson"))
            {
                continue;
            }
            var a = i - 1;
            if (s.MentionAt(a) is null && tokens[a].IsWord && tokens[a].Length is >= 2 and <= 5 && IsAllCaps(s.Text(a))
                && s.Text(a) is not ("PM" or "MP" or "MEP" or "CEO" or "CFO" or "COO" or "VP" or "TV")
                && tokens[i + 1] is { IsWord: true, IsCapitalized: true } && tokens[i + 2] is { IsWord: true, IsCapitalized: true })
            {
                AddOrganization(s, a, a + 1);
            }
        }
    }

    /// <summary>
    /// The first token of one to three unknown capitalised words just before <paramref name="comma"/>, with no name word
    /// before them and no given name opening them ("Ivan Petrov, a steel trader" is a person), or -1.
    /// </summary>
    private static int ApposedName(SentenceView s, int comma)
    {
        var first = comma;
        while (first > 0 && comma - first < 3 && IsUnknownName(s, first - 1) && s.Tokens[first - 1].Length >= 2)
        {
            first--;
        }
        if (first == comma || s.Tokens[comma - 1].Length < 3 || GivenNames.GivenLookup.Contains(s.Text(first))
            || (first > 0 && s.Tokens[first - 1] is { IsWord: true, IsCapitalized: true }) || (first > 0 && s.Word(first - 1) is "by"))
        {
            return -1;
        }
        return first;
    }

    /// <summary>One unknown capitalised word standing alone (not a person's given name, not part of a longer name).</summary>
    /// <summary>Two unknown capitalised words, the first no given name, closing the name: "Lockheed Martin", "Northrop Grumman".</summary>
    private static bool PairName(SentenceView s, int k) =>
        k >= 0 && k + 1 < s.Tokens.Count && IsUnknownName(s, k) && IsUnknownName(s, k + 1) && s.Tokens[k].Length >= 3 && s.Tokens[k + 1].Length >= 3
        && !GivenNames.GivenLookup.Contains(s.Text(k)) && !(k + 2 < s.Tokens.Count && s.Tokens[k + 2] is { IsWord: true, IsCapitalized: true });

    private static bool SingleName(SentenceView s, int k) =>
        k >= 0 && k < s.Tokens.Count && IsUnknownName(s, k) && s.Tokens[k].Length >= 3 && !GivenNames.GivenLookup.Contains(s.Text(k))
        && !(k + 1 < s.Tokens.Count && s.Tokens[k + 1] is { IsWord: true, IsCapitalized: true });

    private static int OrganizationStart(SentenceView s, int head)
    {
        var start = head;
        while (start > 0 && head - start < 6)
        {
            var k = start - 1;
            var t = s.Tokens[k];
            if (s.MentionAt(k) is { } m)
            {
                // A demonym or a bare "UK" stands before a name, not in it: "British Foreign Office".
                if (m.Entity.Kind is ActorKind.Organization && m.End == start && start < head && m.End - m.First == 1 && IsAllCaps(s.Text(m.First)))
                {
                    start = m.First; // "the IRGC Cooperative Foundation": a known body's acronym opens a name of its own
                    break;
                }
                if (m.Entity.Kind is ActorKind.Organization or ActorKind.Media || m.Role == FormRole.Demonym || IsAllCaps(s.Text(m.First)))
                {
                    break;
                }
                start = m.First;
            }
            else if (t.IsWord && t.IsCapitalized && !OrganizationCues.StopLookup.Contains(s.Text(k)))
            {
                start = k;
            }
            else if (s.Text(k) is "th" or "st" or "nd" or "rd" && k > 0 && s.Tokens[k - 1].IsNumber)
            {
                start = k - 1; // "the 110th Research Center", tokenized as a number and its suffix
                break;
            }
            else if (char.IsAsciiDigit(s.Text(k)[0]))
            {
                start = k; // "the 110th Research Center"
                break;
            }
            else if (s.Text(k) is "-" && k >= 2 && s.Text(k - 1) is "al" or "el" or "ul" && s.Tokens[k - 2] is { IsWord: true, IsCapitalized: true })
            {
                start = k - 2; // "Khatam al-Anbiya Construction Headquarters": an Arabic article inside the name
            }
            else if (s.Text(k) is "-" && k >= 1 && s.Tokens[k - 1] is { IsWord: true, IsCapitalized: true } && s.MentionAt(k - 1) is null
                && s.Tokens[k - 1].End == t.Start && t.End == s.Tokens[start].Start)
            {
                start = k - 1; // "Korea Trade-Investment Promotion Agency": capitalised words joined by a hyphen
            }
            else if (s.Text(k) is "and" && k > 0 && s.Tokens[k - 1] is { IsWord: true, IsCapitalized: true } && s.MentionAt(k - 1) is null
                && !OrganizationCues.StopLookup.Contains(s.Text(k - 1)) && head - start <= 1)
            {
                // "Propaganda and Agitation Department": one word joins the head; "Korean Air and Hyundai Motor Company" are two firms.
                start = k;
            }
            else if (s.Text(k) is "," && k > 0 && s.Tokens[k - 1] is { IsWord: true, IsCapitalized: true } && s.MentionAt(k - 1) is null
                && !OrganizationCues.StopLookup.Contains(s.Text(k - 1)) && HasAnd(s, start, head))
            {
                start = k - 1; // "Foreign, Commonwealth and Development Office": a list of words ending in "and" before the head
            }
            else
            {
                break;
            }
        }
        return s.Text(start) is "and" ? start + 1 : start;
    }

    private static bool HasAnd(SentenceView s, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (s.Word(k) is "and")
            {
                return true;
            }
        }
        return false;
    }

    private static int OrganizationEnd(SentenceView s, int end, bool opener)
    {
        var tokens = s.Tokens;
        if (opener && end < tokens.Count && tokens[end].IsNumber)
        {
            end++; // "Department 53"
        }
        else if (opener && end < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: true } && s.MentionAt(end) is null
            && !OrganizationCues.StopLookup.Contains(s.Text(end)) && !s.Is(end, WordClass.NotName))
        {
            end++; // "Bank Rossiya"
        }
        else if (opener && QuotedNameAt(s, end))
        {
            return end + 2; // 'Design Bureau "Display"': the name in quotes after the body's words
        }
        while (end < tokens.Count && tokens[end].IsCapitalized && OrganizationCues.HeadLookup.Contains(s.Text(end)))
        {
            end++; // "Korea Sinjin Trading Corporation"
        }
        // "Chinyong Information Technology Cooperation Company": one more word, then a head, is the same name.
        if (end + 1 < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: true } && s.MentionAt(end) is null
            && !OrganizationCues.StopLookup.Contains(s.Text(end)) && tokens[end + 1].IsCapitalized && OrganizationCues.HeadLookup.Contains(s.Text(end + 1)))
        {
            end += 2;
        }
        // "Department 53 of the Ministry of …" names two bodies: the second is read on its own.
        var next = end + (end + 1 < tokens.Count && s.Text(end + 1) is "the" ? 2 : 1);
        if (end + 1 < tokens.Count && s.Text(end) is "of" or "for" && !(next < tokens.Count && OrganizationCues.OpenerLookup.Contains(s.Text(next))))
        {
            // "University of Automation", "Ministry of the People's Armed Forces"
            var k = end + 1;
            if (s.Text(k) is "the")
            {
                k++;
            }
            var last = -1;
            var joined = false;
            var listable = OrganizationCues.GovernmentLookup.Contains(s.Text(end - 1)); // a ministry's list of fields, not a bank's of firms
            while (k < tokens.Count && k - end < 8)
            {
                if (s.MentionAt(k) is { Entity.Kind: ActorKind.Country, Role: FormRole.Name } state && state.First == k && state.End > k + 1
                    && !OwnsWhatFollows(s, state.End))
                {
                    last = k = state.End; // "Bank of the Islamic Republic of Iran": a state's name with its own "of" is read whole
                }
                else if (last == k && s.Word(k) is "of" && s.Word(k - 1) is "republic" && s.MentionAt(k + 1) is { Entity.Kind: ActorKind.Country, Role: FormRole.Name } named
                    && named.First == k + 1 && !OwnsWhatFollows(s, named.End))
                {
                    // "Development Bank of the Republic of Belarus": the state's long name closes the body's (not "Council of
                    // the Republic of Belarus' National Assembly", where the state owns what follows).
                    last = k = named.End;
                }
                else if (tokens[k] is { IsWord: true, IsCapitalized: true } && !OrganizationCues.StopLookup.Contains(s.Text(k)))
                {
                    last = ++k;
                }
                else if (last == k && s.Is(k, WordClass.Possessive) && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized)
                {
                    k++;
                }
                else if (last == k && listable && s.Text(k) is "," && CommaListAhead(s, k))
                {
                    k++; // "Ministry of Economy, Trade and Industry": single words listed up to an "and"
                    joined = true;
                }
                else if (last == k && s.Text(k) is "and" or "&" && k + 1 < tokens.Count && tokens[k + 1] is { IsWord: true, IsCapitalized: true }
                    && s.MentionAt(k + 1) is null && !OrganizationCues.StopLookup.Contains(s.Text(k + 1)) && !EndsInHead(s, k + 1)
                    && !OrganizationCues.OpenerLookup.Contains(s.Text(k + 1)))
                {
                    // "Bank for Development and Reconstruction", "Department of Foreign Affairs and International Trade"
                    // (not "Ministry of National Defense and Ministry of Energy …": a word that opens a name opens a second body)
                    k++;
                    joined = true;
                }
                else if (last == k && joined && s.Word(k) is "in" && k + 1 < tokens.Count && tokens[k + 1] is { IsWord: true, IsCapitalized: true })
                {
                    k++; // "Organisation for Security and Cooperation in Europe": the place closes a name of joined parts
                }
                else
                {
                    break;
                }
            }
            // "the Esfahan Nuclear Technology Center of the Atomic Energy Organization of Iran": a body after the "of" of
            // a head that opens no name is a body of its own, read on its own.
            // A body "for" a field names the field as its own ("State Authority for Military Industry"), head or not.
            if (last > 0 && (OrganizationCues.OpenerLookup.Contains(s.Text(end - 1)) || (opener && s.Text(end - 1) is "Presidency") || s.Text(end) is "for"
                || !HeadWithin(s, end + 1, last)))
            {
                end = last;
            }
        }
        // "… Technology Co., Ltd": the company form after a comma.
        var at = end < tokens.Count && s.Text(end) is "." ? end + 1 : end;
        if (at + 1 < tokens.Count && s.Text(at) is "," && s.Text(at + 1) is "Ltd" or "LLC" or "Inc" or "Limited" or "JSC")
        {
            end = at + 2;
        }
        return end;
    }

    /// <summary>A quote mark, then one unknown capitalised word, then a closing quote (after a comma or a full stop, as US copy puts them).</summary>
    private static bool QuotedNameAt(SentenceView s, int k) =>
        IsQuote(s, k) && k + 2 < s.Tokens.Count && IsUnknownName(s, k + 1)
        && (IsQuote(s, k + 2) || (s.Word(k + 2) is "," or "." && IsQuote(s, k + 3)));

    private static bool IsQuote(SentenceView s, int k) => s.Word(k) is "\"" or "“" or "”" or "«" or "»";

    /// <summary>The words of tokens [start, end) without quote marks: 'Design Bureau "Display' is Design Bureau Display.</summary>
    private static string? NameWithoutQuotes(SentenceView s, int start, int end)
    {
        var quoted = false;
        for (var k = start; k < end && !quoted; k++)
        {
            quoted = IsQuote(s, k);
        }
        if (!quoted)
        {
            return null;
        }
        var words = new List<string>();
        for (var k = start; k < end; k++)
        {
            if (!IsQuote(s, k))
            {
                words.Add(s.Text(k).ToString());
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>"… Fund of Iran and Etemad Tejarate Pars Co": a run after "and" that ends in a company's form is a second name.</summary>
    private static bool EndsInHead(SentenceView s, int from)
    {
        for (var k = from; k < s.Tokens.Count && s.Tokens[k] is { IsWord: true, IsCapitalized: true }; k++)
        {
            if (s.Text(k) is "Co" or "Company" or "Corp" or "Corporation" or "Ltd" or "LLC" or "JSC" or "PJSC" or "Inc" or "Limited" or "Group" or "Holding" or "Holdings")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>From a comma: single unknown capitalised words separated by commas, then "and" and one more ("…, Trade and Industry").</summary>
    private static bool CommaListAhead(SentenceView s, int comma)
    {
        for (var k = comma + 1; k + 1 < s.Tokens.Count && k - comma < 8; k += 2)
        {
            if (!FieldWord(s, k))
            {
                return false;
            }
            if (s.Word(k + 1) is "and")
            {
                return k + 2 < s.Tokens.Count && FieldWord(s, k + 2) && !(k + 3 < s.Tokens.Count && s.Tokens[k + 3] is { IsWord: true, IsCapitalized: true });
            }
            if (s.Text(k + 1) is not ",")
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A capitalised word no table or rule has taken, generic or not ("Trade", "Energy").</summary>
    private static bool FieldWord(SentenceView s, int k) =>
        s.Tokens[k] is { IsWord: true, IsCapitalized: true } && s.MentionAt(k) is null && !OrganizationCues.StopLookup.Contains(s.Text(k));

    /// <summary>A possessive at <paramref name="k"/>, "'s" or a bare apostrophe ("Belarus’ National Assembly").</summary>
    private static bool OwnsWhatFollows(SentenceView s, int k) => s.Is(k, WordClass.Possessive) || s.Text(k) is "'" or "’";

    private static bool HeadWithin(SentenceView s, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (s.Tokens[k].IsCapitalized && OrganizationCues.HeadLookup.Contains(s.Text(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Some word of the run that is the name's own, not a generic one: "Foreign Ministry" and "Central Bank" name no one.</summary>
    private static bool HasProperWord(SentenceView s, int start, int end, int head)
    {
        for (var k = start; k < end; k++)
        {
            if (k == head)
            {
                continue;
            }
            var t = s.Tokens[k];
            if (t.IsNumber || (t.IsWord && t.IsCapitalized && !s.Is(k, WordClass.NotName) && s.MentionAt(k) is null
                && !OrganizationCues.HeadLookup.Contains(s.Text(k)) && !OrganizationCues.LegalFormLookup.Contains(s.Text(k))))
            {
                return true;
            }
        }
        return false;
    }

    private void AddOrganization(SentenceView s, int start, int end, string? name = null, string? state = null)
    {
        var surface = s.Surface(start, end);
        if (!_organizations.TryGetValue(name ?? surface, out var entity))
        {
            string? country = state;
            for (var k = start; k < end && country is null; k++)
            {
                if (s.MentionAt(k) is { Entity.Kind: ActorKind.Country } inside)
                {
                    country = inside.Entity.Name;
                }
            }
            entity = new Entity(name ?? surface, ActorKind.Organization, country ?? CountryBefore(s, start), canImpose: false, fromText: true);
            _organizations[name ?? surface] = entity;
        }
        // A body named with its state's demonym stands for that state as the demonym did ("the Russian Agricultural Bank").
        var role = s.MentionAt(start) is { Role: FormRole.Demonym, Entity.Kind: ActorKind.Country } ? FormRole.Demonym : FormRole.Name;
        s.RemoveMentions(start, end);
        s.AddMention(new Mention(start, end, entity, role, surface));
    }

    /// <summary>"Oleg Deripaska", "Kim Sang Man": a run of name words opened by a given name (or a Korean family name and two more parts).</summary>
    private void FindNamedPeople(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (!tokens[i].IsWord || !tokens[i].IsCapitalized || s.MentionAt(i) is not null)
            {
                continue;
            }
            if (i > 0 && s.Word(i - 1) is "by" && IsCreditBy(s, i - 1) || IsSecondCredit(s, i) || (i > 0 && s.Text(i - 1) is "/"))
            {
                continue; // "Reporting by John Smith", "Sputnik/Pavel Orlov/Pool": a credit, not an actor ("led by Jane Doe" is one)
            }
            var word = s.Text(i);
            if (GivenNames.ChineseLookup.Contains(word) && i + 1 < tokens.Count && IsNameWord(s, i + 1)
                && !(i + 2 < tokens.Count && tokens[i + 2] is { IsWord: true, IsCapitalized: true }))
            {
                // "Zhang Yesui": a Chinese family name and a given name; "Wang Yi-ming": its halves joined by a hyphen.
                var given = i + 4 <= tokens.Count && IsHyphenatedGivenName(s, i + 4) ? i + 4 : i + 2;
                AddPerson(s, i, given);
                i = given - 1;
                continue;
            }
            var korean = GivenNames.KoreanLookup.Contains(word);
            if (!korean && !GivenNames.GivenLookup.Contains(word))
            {
                continue;
            }
            var end = NameEnd(s, i);
            if (korean && i + 3 < tokens.Count && tokens[i + 1].IsCapitalized && s.Text(i + 2) is "-" && !tokens[i + 3].IsCapitalized && tokens[i + 3].IsWord)
            {
                end = i + 4; // "Jong In-chol": the given name's halves joined by a hyphen
            }
            if (end - i >= (korean ? 3 : 2) && (end >= tokens.Count || (!OrganizationCues.HeadLookup.Contains(s.Text(end)) && s.Text(end) is not "/")))
            {
                // "(…, Tarek William Saab Halabi and …)": in a list, a name word no table knows before the given name opens the name.
                var first = !korean && end - i <= 3 && i >= 2 && s.Text(i - 2) is "(" or "," or "and" && IsUnknownName(s, i - 1) && IsNameWord(s, i - 1)
                    && !GivenNames.GivenLookup.Contains(s.Text(i - 1)) && !(s.Text(i - 2) is "and" && InTitlesPortfolio(s, i - 3)) ? i - 1 : i;
                AddPerson(s, first, end);
                i = end - 1;
            }
        }
    }

    /// <summary>
    /// "Minister of Culture and Sport Jane Roe": the capitalised words back from <paramref name="k"/> are the fields of a
    /// title's "of", so the word after their "and" is one more field, not the name's first word.
    /// </summary>
    private static bool InTitlesPortfolio(SentenceView s, int k)
    {
        var from = k;
        while (k >= 0 && from - k < 4 && s.Tokens[k] is { IsWord: true, IsCapitalized: true } && s.MentionAt(k) is null)
        {
            k--;
        }
        return k < from && k >= 1 && s.Word(k) is "of" && s.Is(k - 1, WordClass.Title);
    }

    /// <summary>
    /// A person named with no cue beside one already found: "Bidzina Ivanishvili and Arkady Rotenberg", "Rotenberg,
    /// Tofig Aliyev and …". Two or three name words no table or rule has taken, joined to the person by "and" or a comma.
    /// </summary>
    private void FindCoordinatedPeople(SentenceView s)
    {
        // A list read backwards ("A, B and C" found from C) needs a second pass for the names before the one just added.
        for (var pass = 0; pass < 3 && FindCoordinatedPeopleOnce(s); pass++)
        {
        }
    }

    /// <summary>One pass of <see cref="FindCoordinatedPeople"/>; whether a person was added.</summary>
    private bool FindCoordinatedPeopleOnce(SentenceView s)
    {
        var added = false;
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (s.MentionAt(i) is not { Entity.Kind: ActorKind.Person } person || person.First != i)
            {
                continue;
            }
            // After the person: "… and Arkady Rotenberg".
            var start = person.End + (s.Word(person.End) is "," && s.Word(person.End + 1) is "and" ? 2 : 1);
            // (Four name words when the list goes on after them: "…, Jesus Rafael Suarez Chourio and …".)
            if (s.Word(person.End) is "and" or "," && start < tokens.Count && NameEnd(s, start) is var end
                && (end - start is 2 or 3 || (end - start is 4 && s.Word(end) is "," or "and" or ")"))
                && s.MentionAt(start) is null && !IsSecondCredit(s, start) && (end >= tokens.Count || !tokens[end].IsCapitalized))
            {
                AddPerson(s, start, end);
                added = true;
            }
            // Before the person: "Bidzina Ivanishvili and …".
            var close = i >= 2 && s.Word(i - 1) is "and" && s.Word(i - 2) is "," ? i - 2 : i - 1;
            if (close >= 2 && s.Word(i - 1) is "and" or "," && NameStartBefore(s, close) is var first
                && (close - first is 2 or 3 || (close - first is 4 && first > 0 && s.Word(first - 1) is "," or "("))
                && s.MentionAt(close - 1) is null && !(first > 0 && (s.Tokens[first - 1].IsCapitalized || s.Word(first - 1) is "by")))
            {
                AddPerson(s, first, close);
                added = true;
            }
        }
        return added;
    }

    /// <summary>
    /// "(Reporting by Jane Doe in Vilnius; Editing by John Smith)": a place in a credit is where the reporter was,
    /// not an actor of the story.
    /// </summary>
    private static void DropCreditPlaces(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (s.Word(i) is not "by" || !OrganizationCues.CreditLookup.Contains(s.Word(i - 1)))
            {
                continue;
            }
            var end = i + 1;
            while (end < tokens.Count && (tokens[end] is { IsWord: true, IsCapitalized: true } || s.Word(end) is "," or ";" or "and" or "in" or "by" or "additional"
                || OrganizationCues.CreditLookup.Contains(s.Word(end))))
            {
                if (s.MentionAt(end) is { Entity.Kind: ActorKind.Country } place)
                {
                    s.RemoveMentions(place.First, place.End);
                }
                end++;
            }
            i = end;
        }
    }

    /// <summary>"Reporting by Jane Doe and John Smith": the name after "and" in a credit line.</summary>
    private static bool IsSecondCredit(SentenceView s, int i)
    {
        if (i < 3 || s.Word(i - 1) is not "and")
        {
            return false;
        }
        for (var k = i - 2; k >= Math.Max(0, i - 6); k--)
        {
            if (s.Word(k) is "by")
            {
                return IsCreditBy(s, k);
            }
            if (!s.Tokens[k].IsCapitalized)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"By Jane Doe", "Reporting by", "(Photo by": a credit's "by", not an agent's ("led by", "owned by").</summary>
    private static bool IsCreditBy(SentenceView s, int by) =>
        by == 0 || s.Text(by - 1) is "(" or "[" or "|" or "—" or "–" or "-" or ":" or "." || OrganizationCues.CreditLookup.Contains(s.Word(by - 1));

    private static int NameStartBefore(SentenceView s, int end)
    {
        var start = end;
        var words = 0;
        while (start > 0 && words < 4)
        {
            if (IsNameWord(s, start - 1))
            {
                words++;
                start--;
                if (words >= 2 && GivenNames.GivenLookup.Contains(s.Text(start)))
                {
                    break; // "… Financial Intelligence Bradley Smith said": the name opens at its given name
                }
            }
            else if (words > 0 && start >= 2 && (s.Is(start - 1, WordClass.Particle) || s.Text(start - 1) is "-") && IsNameWord(s, start - 2))
            {
                start--;
            }
            else if (words > 0 && start >= 3 && s.Text(start - 1) is "-" && s.Text(start - 2) is "al" or "el" or "ul" && IsNameWord(s, start - 3))
            {
                start -= 2; // "Maher al-Assad, the president's brother": an Arabic article joined to the surname, read backwards
            }
            else
            {
                break;
            }
        }
        return start;
    }

    /// <summary>
    /// The name words between <paramref name="start"/> and <paramref name="end"/>, not counting particles, hyphens and initials'
    /// dots: "Fahd Jassem al-Freij" is three words in five tokens.
    /// </summary>
    private static int NameWords(SentenceView s, int start, int end)
    {
        var words = 0;
        for (var k = start; k < end; k++)
        {
            // "Abdel-Salam", "Al-Sukhni": two capitalised halves joined by a hyphen are one word.
            if (IsNameWord(s, k) && !(k - 2 >= start && s.Text(k - 1) is "-" && IsNameWord(s, k - 2)))
            {
                words++;
            }
        }
        return words;
    }

    private static bool IsNameWord(SentenceView s, int i)
    {
        var t = s.Tokens[i];
        if (!t.IsWord || !t.IsCapitalized || t.Length < 2 || s.Is(i, WordClass.NotName) || IsAllCaps(s.Text(i)))
        {
            return false;
        }
        var m = s.MentionAt(i);
        return m is null || m.Entity.Kind == ActorKind.Person;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }
        return word.Length > 1;
    }

    private void AddPerson(SentenceView s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (s.MentionAt(k) is not null)
            {
                return; // already a known person ("President Vladimir Putin")
            }
            if (s.Text(k) is "Act" && k > start)
            {
                return; // "… Asma Caesar Act": the name of a law, not a person
            }
        }
        var surface = s.Surface(start, end);
        // The same words name the same person all through the article: compare names once per spelling.
        if (!_bySurface.TryGetValue(surface, out var entity))
        {
            entity = KnownPerson(surface) ?? Remember(new Entity(surface, ActorKind.Person, CountryBefore(s, start), canImpose: false));
            _bySurface[surface] = entity;
        }
        s.AddMention(new Mention(start, end, entity, FormRole.Name, surface));
    }

    private Entity? KnownPerson(string surface)
    {
        var parts = NameSimilarity.Parts(surface);
        foreach (var person in _people)
        {
            if (NameSimilarity.SamePerson(person.NameParts, parts))
            {
                return person;
            }
        }
        return parts.Length > 1 && gazetteer.PeopleIndex.Find(parts) is { } known ? Remember(known) : null;
    }

    private Entity Remember(Entity person)
    {
        if (!_people.Contains(person))
        {
            _people.Add(person);
        }
        return person;
    }

    /// <summary>"Russian President …", "Japan's Foreign Minister …": the country a new person speaks for.</summary>
    private static string? CountryBefore(SentenceView s, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 5); k--)
        {
            if (s.MentionAt(k) is { Entity.Kind: ActorKind.Country } m)
            {
                return m.Entity.Name;
            }
        }
        return null;
    }

    /// <summary>
    /// "the North's textile exports", "the South": once an article names North or South Korea, "the North" and
    /// "the South" (not "the North Atlantic") are that state, as Korea reporting writes them.
    /// </summary>
    private static void KoreanShortForms(List<SentenceView> sentences)
    {
        Entity? north = null, south = null;
        foreach (var s in sentences)
        {
            foreach (var m in s.Mentions)
            {
                if (m.Entity.Kind == ActorKind.Country)
                {
                    north ??= m.Entity.Name is "North Korea" ? m.Entity : null;
                    south ??= m.Entity.Name is "South Korea" ? m.Entity : null;
                }
            }
        }
        if (north is null && south is null)
        {
            return;
        }
        foreach (var s in sentences)
        {
            var tokens = s.Tokens;
            for (var i = 1; i < tokens.Count; i++)
            {
                var state = s.Text(i) switch { "North" => north, "South" => south, _ => null };
                if (state is null || s.Word(i - 1) is not "the" || s.MentionAt(i) is not null
                    || (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized))
                {
                    continue;
                }
                s.AddMention(new Mention(i, i + 1, state, FormRole.Name, s.Surface(i, i + 1)));
            }
        }
    }

    /// <summary>A lone capitalised word equal or close to a part of a person's name found in the article.</summary>
    private void ResolveSurnames(SentenceView s)
    {
        if (_people.Count == 0)
        {
            return;
        }
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !t.IsCapitalized || t.Length < 3 || s.Is(i, WordClass.NotName) || s.MentionAt(i) is not null)
            {
                continue;
            }
            if ((i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].IsWord && !s.Is(i + 1, WordClass.NotName)) || NamesAGovernment(s, i + 1))
            {
                continue; // part of a longer name we do not know, or the government a person leads
            }
            var text = s.Surface(i, i + 1);
            var folded = NameSimilarity.Fold(text);
            foreach (var person in _people)
            {
                var parts = person.NameParts;
                if (parts.Length >= 2 && (NameSimilarity.Close(folded, parts[^1]) || NameSimilarity.Close(folded, parts[0])))
                {
                    s.AddMention(new Mention(i, i + 1, person, FormRole.Name, text));
                    break;
                }
            }
        }
    }
}
