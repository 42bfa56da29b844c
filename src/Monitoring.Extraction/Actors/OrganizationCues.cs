using System.Collections.Frozen;

namespace Monitoring.Extraction.Actors;

/// <summary>
/// Words that end (or, for "Bank", may start) the name of a firm or body no table holds: "Golden
/// Triangle Bank", "Technical Reconnaissance Bureau", "Bank Zarya", "Department 53 of the Ministry of …".
/// </summary>
internal static class OrganizationCues
{
    public static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
        ("Bank Company Corporation Corp Co Ltd LLC JSC PJSC Inc Limited Center Centre University Bureau Group Department " +
         "Ministry Trading Shipping Industry Industries Agency Fund Institute Academy Holding Holdings Airlines Airline " +
         "Club FC Exchange Shipyard Enterprise Enterprises Refinery Directorate " +
         "Lines Logistics Petroleum Motors Systems Technology Technologies Electronics Foundation Council Commission Committee " +
         "Headquarters Party Corps Authority Service Organization Organisation Association Force Forces Navy Church Railways " +
         "Railway Plant Factory Army Division OAO ZAO OJSC CJSC PAO OOO Secretariat Concern GmbH PLC Plc plc SpA Srl BV Pte Bhd").Split(' '),
        StringComparer.Ordinal);

    /// <summary>Heads that may open a name: "Bank Rossiya", "Ministry of Defence", "Department 53".</summary>
    public static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        "Bank Ministry Department Bureau Office Academy University Institute Directorate Secretariat".Split(' '), StringComparer.Ordinal);

    /// <summary>Capitalised words that start sentences or clauses, never a name's first word.</summary>
    public static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet(
        ("The A An This That These Those He She It They We I You His Her Its Their Our In On At By For From To Of And But Or " +
         "As After Before While When If Meanwhile However According Also Then Both Each All Other Another Among Under Since " +
         "Three Two One Four Five Six Seven Eight Nine Ten Some Many Several Such Today Tuesday Monday Wednesday Thursday " +
         "Friday Saturday Sunday Who What Which Why How Where Those").Split(' '),
        StringComparer.Ordinal);

    /// <summary>
    /// Common nouns for a firm that stand beside its name: "Russia's largest steelmaker, Severstal", "the
    /// Severgroup investment company", "Belneftekhim, a state-controlled conglomerate".
    /// </summary>
    public static readonly FrozenSet<string> FirmNouns = FrozenSet.ToFrozenSet(
        ("company firm conglomerate steelmaker carmaker automaker lender insurer airline carrier producer manufacturer " +
         "maker exporter shipper refiner miner operator giant subsidiary supplier trader bank holding shipbuilder concern contractor").Split(' '),
        StringComparer.Ordinal);

    /// <summary>Words for ships, so that a list of names in their sentence is read as vessels.</summary>
    public static readonly FrozenSet<string> ShipNouns = FrozenSet.ToFrozenSet(
        "ships ship vessels vessel tankers tanker carriers".Split(' '), StringComparer.Ordinal);

    /// <summary>Heads of a government's bodies, which reporters name after their state ("China's Ministry of Commerce").</summary>
    public static readonly FrozenSet<string> Government = FrozenSet.ToFrozenSet(
        "Ministry Council Commission Committee Directorate Service Department Agency".Split(' '), StringComparer.Ordinal);

    /// <summary>A service of a body named before it: "the Revolutionary Guard Corps Navy", "the IRGC Ground Force".</summary>
    public static readonly FrozenSet<string> Branches = FrozenSet.ToFrozenSet("Navy Force Forces".Split(' '), StringComparer.Ordinal);

    /// <summary>A firm's legal form, not its name: "Public Joint Stock Company" names no one.</summary>
    public static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(
        "Public Joint Stock Joint-Stock Open Closed Limited Liability Private Unitary Federal State".Split(' '), StringComparer.Ordinal);

    /// <summary>Plural nouns for firms that head a list of them: "three more institutions: A, B and C", "factories, including D".</summary>
    public static readonly FrozenSet<string> FirmPlurals = FrozenSet.ToFrozenSet(
        ("banks lenders companies firms institutions entities conglomerates producers manufacturers makers factories " +
         "subsidiaries insurers carriers airlines refiners exporters suppliers chipmakers enterprises plants").Split(' '), StringComparer.Ordinal);

    /// <summary>A legal form written before a firm's name: "OJSC Belaruskali", "PJSC Rosneft".</summary>
    public static readonly FrozenSet<string> FormsBefore = FrozenSet.ToFrozenSet(
        "OJSC PJSC CJSC JSC OAO ZAO PAO LLC OOO".Split(' '), StringComparer.Ordinal);

    /// <summary>Words for a person's relatives: "Lukashenko's youngest son, Nikolai", "his wife, Galina".</summary>
    public static readonly FrozenSet<string> Kin = FrozenSet.ToFrozenSet(
        "son daughter wife husband brother sister father mother nephew niece grandson granddaughter cousin sons daughters".Split(' '),
        StringComparer.Ordinal);

    /// <summary>Words before "by" that make what follows a credit, not an actor: "Reporting by …", "Photo by …".</summary>
    public static readonly FrozenSet<string> CreditWords = FrozenSet.ToFrozenSet(
        ("reporting editing writing written edited compiled produced reported photo photos photograph photography picture " +
         "image images video illustration graphic graphics translation translated posted").Split(' '),
        StringComparer.Ordinal);

    /// <summary>Plural nouns that speak as a group, never a surname: "…,” officials said".</summary>
    public static readonly FrozenSet<string> SpeakerPlurals = FrozenSet.ToFrozenSet(
        ("officials diplomats analysts critics sources authorities observers experts lawmakers ministers leaders residents " +
         "activists officers investigators prosecutors economists traders witnesses others people police protesters " +
         "reporters journalists politicians legislators senators executives").Split(' '),
        StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerPluralLookup = SpeakerPlurals.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KinLookup = Kin.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CreditLookup = CreditWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirmPluralLookup = FirmPlurals.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FormBeforeLookup = FormsBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BranchLookup = Branches.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalFormLookup = LegalForms.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GovernmentLookup = Government.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stops.GetAlternateLookup<ReadOnlySpan<char>>();
}
