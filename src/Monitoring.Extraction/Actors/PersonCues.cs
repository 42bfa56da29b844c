using System.Collections.Frozen;
using Monitoring.Extraction.Text;

namespace Monitoring.Extraction.Actors;

/// <summary>Words that introduce or follow a person's name in news copy.</summary>
internal static class PersonCues
{
    /// <summary>
    /// <see cref="WordClass.Title"/>: the last word of a title or role before a name ("Foreign Minister
    /// Takeshi Iwaya", "leader Fumio Kishida"). <see cref="WordClass.SpeechVerb"/>: verbs of saying that
    /// follow a speaker's name ("…, Sybiha said"). <see cref="WordClass.NotName"/>, as written: capitalised
    /// words that start sentences or name months and days, never a person. <see cref="WordClass.Particle"/>,
    /// as written: lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman").
    /// </summary>
    public static (WordClass Class, string Words)[] Vocabulary() =>
    [
        (WordClass.Title,
            "minister president chancellor secretary ambassador envoy spokesperson spokesman spokeswoman leader premier king " +
            "queen senator governor commissioner representative chairman chairwoman chair ceo director general ayatollah mr " +
            "mrs ms dr prince sheikh emir lawmaker official diplomat chief head mayor speaker adviser advisor counterpart " +
            "tycoon oligarch businessman businesswoman billionaire dictator colonel lieutenant admiral marshal commander " +
            "judge prosecutor mp congressman congresswoman expert analyst economist professor researcher lecturer fellow " +
            "aide lady mep scholar academic activist advocate dissident blogger journalist lawyer whistleblower patriarch pope emperor cardinal princess " +
            "gen lt col maj brig capt adm"),
        (WordClass.SpeechVerb,
            "said says told stated remarked added noted warned wrote announced tweeted declared insisted stressed explained " +
            "argued claimed urged emphasised emphasized underlined asserted cautioned posted replied responded confirmed " +
            "acknowledged"),
        (WordClass.NotName,
            "The A An This That These Those He She It They We I You His Her Its Their Our In On At By For From To Of And But " +
            "Or As After Before While When If Meanwhile However According Last Next Earlier Later Also Then January February " +
            "March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday " +
            "Saturday Sunday Minister Prime Foreign Deputy Vice President Secretary General State Chief Cabinet Defence " +
            "Defense Finance Trade Economy Government Ministry Council Party Parliament Congress Senate House Office " +
            "Department Bank Agency News Times Press Post Radio Television TV Photo Image Reuters Illustrative Updated " +
            "Published Read More Share Comment Mr Mrs Ms Dr Sir Lord Group Union Nations Federal National Central Supreme " +
            "Leader Kremlin Treasury West Western Eastern Northern Southern Sanctions War World International Security " +
            "Committee Commission Court Spokesperson Spokesman Spokeswoman Ambassador Envoy Chancellor Premier King Queen " +
            "Crown Prince Sheikh Emir Lady Governor Senator Representative Chairman Director Commissioner Japanese Russian " +
            "Ukrainian New Gen Lt Col Maj Brig Capt Adm Staff Board"),
        (WordClass.Particle,
            "von der van de da bin al el di le la"),
        (WordClass.FirmNoun, string.Join(' ', OrganizationCues.FirmNouns)),
        (WordClass.ShipNoun, string.Join(' ', OrganizationCues.ShipNouns)),
    ];

    private static readonly FrozenSet<string> Titles =
        Vocabulary().First(v => v.Class == WordClass.Title).Words.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NotNames =
        Vocabulary().First(v => v.Class == WordClass.NotName).Words.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A title word in any case ("Secretary", "adviser"), for readers outside the tokenizer (the cleaner).</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    /// <summary>A capitalised word that never names a person ("The", "Office", "Monday"), as written.</summary>
    public static bool IsNotName(ReadOnlySpan<char> word) => NotNameLookup.Contains(word);
}
