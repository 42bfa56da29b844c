using Monitoring.Extraction.Actors;
using Monitoring.Extraction.Text;
using static Monitoring.Extraction.Measures.MeasureTypes;

namespace Monitoring.Extraction.Measures;

/// <summary>
/// Finds the words that name a sanction measure, one rule per type, in the manner of dictionary
/// event coders: a head word ("exports", "assets", "visa", "talks") counts only with a restricting
/// word near it in the same clause ("ban", "froze", "suspended"), so that "exports rose" is not a ban.
/// </summary>
internal static class CueFinder
{
    private const int Reach = 5;

    /// <summary>
    /// The words of each class the rules below ask for. A rule starts only from a head: a word of
    /// <see cref="WordClass.CueHead"/>, <see cref="WordClass.Freezing"/>, <see cref="WordClass.Financial"/> or
    /// <see cref="WordClass.DiplomaticHead"/> or <see cref="WordClass.Sanction"/>; any other word is passed over with one test.
    /// </summary>
    public static (WordClass Class, string Words)[] Vocabulary() =>
    [
        (WordClass.CueHead,
            "blacklist blacklisted blacklisting penalties measures steps actions embargo embargoes export exports exporting entity " +
            "exported dual import imports importing imported purchases buying ban bans banned banning prohibition swift " +
            "financial capital investment investments invest investing most mfn tariff tariffs duties trade price cap travel " +
            "entry visa visas entering unfriendly persona expulsion expulsions expel expels expelled expelling arms weapons " +
            "designate designates designated designating business dealings dealing access goods transfers transfer supplies list those moves " +
            "supply deliveries selling visits sale sales restrictions curbs constraints holding having owning engaging engage revoked revoke revokes revoking revocation bar bars barred barring " +
            "enter traveling travelling funds resources resolution providing offering listed ability"),
        (WordClass.Restricting,
            "ban bans banned banning restrict restricts restricted restricting restriction restrictions control controls " +
            "curb curbs curbed curbing prohibit prohibits prohibited prohibiting prohibition prohibitions embargo embargoes " +
            "limit limits limited limiting halt halts halted halting block blocks blocked blocking bar bars barred barring " +
            "suspend suspends suspended suspending stop stops stopped cut cuts license licence licensing licences licenses " +
            "blacklist blacklisted freeze froze frozen cap caps deny denied denying refuse refused outlawed phase phasing " +
            "forbid forbids forbade forbidden forbidding squeeze squeezes squeezed"),
        (WordClass.Asset,
            "asset assets account accounts funds reserves property properties holdings wealth deposits yachts francs euros dollars pounds yen rubles roubles"),
        (WordClass.Freezing,
            "freeze freezes freezing froze frozen unfreeze unfreezes unfreezing unfroze unfrozen immobilise immobilised " +
            "immobilize immobilized seize seized seizing seizure confiscate confiscated block blocks blocked blocking"),
        (WordClass.Commodity,
            "oil crude coal gas lng gold diamonds steel iron timber wood vodka seafood petroleum aluminium aluminum copper " +
            "nickel uranium fertiliser fertilizer cement caviar"),
        (WordClass.Financial,
            "transaction transactions lending loans loan bonds bond debt correspondent financing payments payment securities " +
            "borrowing credit remittance remittances"),
        (WordClass.Listing,
            "added adding adds add addition placed placing put putting"),
        (WordClass.DiplomaticHead,
            "talks treaty negotiations relations ties dialogue consultations embassy embassies consulate consulates ambassador " +
            "ambassadors diplomats diplomat envoy"),
        (WordClass.DiplomaticAction,
            "suspend suspends suspended suspending withdraw withdraws withdrew withdrawn withdrawing halt halts halted halting " +
            "cancel cancels cancelled canceled cancelling canceling break breaks broke breaking sever severs severed severing " +
            "cut cuts downgrade downgraded downgrading recall recalls recalled recalling close closes closed closing abandon " +
            "abandons abandoned abandoning terminate terminated terminating scrap scrapped quit exit exited expel expels " +
            "expelled expelling freeze froze frozen end ended ending"),
        (WordClass.ExpelledPerson,
            "diplomats diplomat ambassador ambassadors staff envoy envoys officials consul consuls attache attaché"),
        (WordClass.Arms,
            "arms weapons military armaments armament weaponry munitions"),
        (WordClass.TariffRaising,
            "punitive higher raise raised impose imposed"),
        (WordClass.Price,
            "price prices oil"),
        (WordClass.CueClauseMark,
            ", ; : while but whereas although"),
    ];

    /// <summary>The words a rule starts from: a sentence without any names no measure.</summary>
    public const WordClass Heads = WordClass.CueHead | WordClass.Freezing | WordClass.Financial | WordClass.DiplomaticHead | WordClass.Sanction;

    /// <summary>Adds the cues of <paramref name="s"/> to <paramref name="cues"/>, in token order.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="cues">Where the cues go.</param>
    /// <param name="entityListNamed">Whether the article named the Entity List before: "placed on this list" then means it.</param>
    public static void Find(SentenceView s, List<Cue> cues, bool entityListNamed = false)
    {
        var n = s.Tokens.Count;
        for (var i = 0; i < n; i++)
        {
            if (!s.Is(i, Heads))
            {
                continue;
            }
            var w = s.Word(i);
            if (s.Is(i, WordClass.Sanction) && IsSuperlative(s, i))
            {
                // "Britain's most-sanctioned nation": a comparison, not a measure.
                continue;
            }
            if (IsTradeWord(w) && s.MentionAt(i) is { Entity.Kind: ActorKind.Organization })
            {
                continue; // "the Export-Import Bank": a trade word in a body's name is no trade barred
            }
            switch (w)
            {
                case "sanctions" or "sanction" when s.Word(i - 1) is "blocking":
                    // "full blocking sanctions on two banks": blocking is the US word for freezing what they hold.
                    cues.Add(new Cue(AssetFreeze, i - 1, i + 1));
                    break;
                case "sanctions" or "sanction" when AddSectors(s, i, cues):
                    break;
                // "a series of constraints on financial institutions and exports", "curbs on banks and investment": the sectors
                // held back name the measures, as after "sanctions on".
                // ("restrictions on exports" is read from the exports themselves; only the word no rule knows is read here.)
                case "restrictions" or "curbs" or "constraints" when s.Word(i + 1) is "on" && AddSectors(s, i, cues, onlyUnrestricted: w is not "constraints"):
                    break;
                case var _ when w.StartsWith("sanction", StringComparison.Ordinal) || w is "blacklist" or "blacklisted" or "blacklisting" or "penalties":
                    cues.Add(new Cue(SanctionsGeneral, i, i + 1));
                    AddStateSectors(s, i, cues);
                    break;
                // "Norway listed three generals of the Peru Armed Forces": a state listing people or firms sanctions them.
                case "listed" when StateListsPeople(s, i):
                    cues.Add(new Cue(SanctionsGeneral, i, i + 1));
                    break;
                case "designate" or "designates" or "designated" or "designating" when DesignatesForSanctions(s, i):
                    // "OFAC designated 22 entities tied to Iran": listing under a sanctions programme.
                    cues.Add(new Cue(SanctionsGeneral, i, i + 1));
                    break;
                // "are to launch similar measures", "will take similar steps": the same kind of measure, by the subject.
                case "measures" or "steps" when s.Word(i - 1) is "similar" && s.Word(i - 2) is "launch" or "take" or "adopt" or "impose" or "introduce" or "implement":
                // "imposed its own restrictions against Belarus": restrictions aimed at a state, no kind named.
                case "restrictions" when s.Word(i + 1) is "against" && s.MentionAt(i + 2 + (s.Word(i + 2) is "the" ? 1 : 0)) is { Entity.Kind: ActorKind.Country }:
                case "measures" or "steps" or "actions" when s.Word(i - 1) is "restrictive" or "punitive" or "economic" or "retaliatory" or "coercive":
                    cues.Add(new Cue(SanctionsGeneral, i - 1, i + 1));
                    break;
                case "resolution" when IsCouncilResolutionOnState(s, i):
                    cues.Add(new Cue(SanctionsGeneral, i, i + 1));
                    break;
                case "those" or "moves" or "measures" or "steps" or "actions" when NamedAsOthers(s, i):
                    // "align with those imposed by the United States", "moves made by the EU": others' measures, as background.
                    cues.Add(new Cue(SanctionsGeneral, i, i + 1));
                    break;
                case "embargo" or "embargoes":
                    var armed = s.Word(i - 1) is "arms" or "weapons" or "military" or "arms-" || Near(s, i, WordClass.Arms);
                    // "a food embargo", "an embargo on EU agricultural produce": farm goods kept out, an import ban.
                    cues.Add(new Cue(armed ? ArmsEmbargo : Near(s, i, WordClass.Commodity) || NamesFood(s, i) ? ImportBan : SanctionsGeneral, i, i + 1));
                    break;
                // ("an arms export ban": the arms rule names it, an embargo, not a second ban on exports.)
                // ("implemented that embargo based on existing dual-use goods legislation": the goods name the law, not a ban.)
                case "export" or "exports" or "exporting" or "exported" or "dual" when (w is not "dual" || (s.Word(i + 2) is "use" && !NamesGoodsLaw(s, i + 3)))
                    && s.Word(i - 1) is not ("arms" or "weapons") && !HeadsNews(s, i):
                    if (Near(s, i, WordClass.Restricting) || Tightened(s, i) || GovernedFromList(s, i) || NoLonger(s, i) || SanctionedBefore(s, i) || RequiresLicence(s, i)
                        || GoodsListBefore(s, i) || RestrictedAfter(s, i) || RestrictedWithPartner(s, i, cues))
                    {
                        // "banning exports from the regime's main sectors": what the target sells is kept out, an import ban.
                        cues.Add(new Cue(w is "exports" && s.Word(i + 1) is "from" ? ImportBan : ExportBan, i, i + 1));
                    }
                    break;
                case "entity" when s.Text(i) is "Entity" && s.Text(i + 1) is "List" && Near(s, i, WordClass.Listing, reach: 10):
                case "list" when entityListNamed && s.Word(i - 1) is "this" or "that" or "the" && Near(s, i, WordClass.Listing, reach: 4):
                    // "added to the Entity List": exports to a listed firm need a licence that is presumed denied.
                    cues.Add(new Cue(ExportBan, i, w is "list" ? i + 1 : i + 2));
                    i += w is "list" ? 0 : 1;
                    break;
                case "import" or "imports" or "importing" or "imported" or "purchases" or "buying":
                    if ((Near(s, i, WordClass.Restricting) || GovernedFromList(s, i) || GoodsListBefore(s, i) || RestrictedAfter(s, i) || CoveredByBan(s, i)
                            || RestrictedWithPartner(s, i, cues) || TackledBefore(s, i))
                        && (w.StartsWith("import", StringComparison.Ordinal) || Near(s, i, WordClass.Commodity) || NamesGoods(s, i + 1)))
                    {
                        cues.Add(new Cue(ImportBan, i, i + 1));
                    }
                    break;
                // "bar him from the US", "banned them from Canada": people kept out of the state named after "from".
                case "bar" or "bars" or "barred" or "barring" or "ban" or "bans" or "banned" or "banning" when KeptOutOf(s, i) >= 0:
                    cues.Add(new Cue(TravelBan, i, i + 1));
                    break;
                // "are banned from holding assets in Canada": kept from owning property there, a freeze.
                case "holding" when s.Word(i - 1) is "from" && s.Is(i + 1, WordClass.Asset) && Near(s, i, WordClass.Restricting):
                    cues.Add(new Cue(AssetFreeze, i, i + 2));
                    break;
                // "banned from travelling there or having assets in the country", "banning it from owning property in Peru".
                case "holding" or "having" or "owning" when s.Is(i + 1, WordClass.Asset) && BarredFromBefore(s, i):
                    cues.Add(new Cue(AssetFreeze, i, i + 2));
                    break;
                // "banning it from having assets in Norway or providing services to its citizens": a bank (or anyone kept from
                // financial services) barred from serving is kept from the financial system.
                case "providing" or "offering" when ((s.Word(i + 1) is "services" && BankBefore(s, i)) || (s.Word(i + 1) is "financial" or "banking" && s.Word(i + 2) is "services"))
                    && (BarredFromBefore(s, i) || BarredObjectFrom(s, i)):
                    cues.Add(new Cue(FinancialRestriction, i, s.Word(i + 1) is "services" ? i + 2 : i + 3));
                    break;
                // "prohibit Canadians from engaging with these individuals": dealings with the listed barred.
                case "engaging" or "engage" when s.Word(i + 1) is "with" && Near(s, i, WordClass.Restricting, reach: s.Word(i - 1) is "from" ? Reach + 3 : Reach):
                    cues.Add(new Cue(FinancialRestriction, i, i + 1));
                    break;
                // "revoked the general license that authorized Americans to engage in transactions with …": what it allowed is
                // barred again; the cue runs to the dealing, so that whom it was with is read as the target.
                case "revoked" or "revoke" or "revokes" or "revoking" or "revocation" when RevokedDealing(s, i) is > 0 and var dealing:
                    cues.Add(new Cue(FinancialRestriction, i, dealing + 1));
                    i = dealing;
                    break;
                // "prohibit EU citizens and entities from making funds available to the listed": no money may reach them.
                case "funds" or "resources" when s.Word(i - 1) is "making" or "make" or "made" && s.Word(i + 1) is "available"
                    && Near(s, i, WordClass.Restricting, reach: Reach + 4):
                    cues.Add(new Cue(FinancialRestriction, i, i + 2));
                    i++;
                    break;
                // "will prohibit funds being made available to its subsidiaries": the same bar in the passive.
                case "funds" or "resources" when s.Word(i + 1) is "being" or "be" && s.Word(i + 2) is "made" && s.Word(i + 3) is "available"
                    && Near(s, i, WordClass.Restricting):
                    cues.Add(new Cue(FinancialRestriction, i, i + 4));
                    i += 3;
                    break;
                // "asset freezes, which will prevent citizens and businesses from dealing with them": dealings barred by another verb.
                case "dealing" when s.Word(i - 1) is "from" && s.Word(i + 1) is "with" && Prevented(s, i):
                    cues.Add(new Cue(FinancialRestriction, i, i + 1));
                    break;
                // "blocks their access to the U.S. financial system": the listed kept from the imposer's banks.
                case "access" when s.Word(i + 1) is "to" && FinancialSystemAhead(s, i + 2) && BlockedBefore(s, i):
                    cues.Add(new Cue(FinancialRestriction, i, i + 1));
                    break;
                // "prohibited access to the country", "denied access to Canada": people kept out, unless goods follow.
                case "access" when s.Word(i + 1) is "to" && s.Is(i - 1, WordClass.Restricting) && EntersState(s, i + 2) && !NamesGoods(s, i + 2):
                    cues.Add(new Cue(TravelBan, i, i + 1));
                    break;
                case "ban" or "bans" or "banned" or "banning" or "prohibition" when s.Word(i + 1) is "on" && s.Is(After(s, i + 2), WordClass.Commodity):
                    cues.Add(new Cue(ImportBan, i, i + 2));
                    break;
                // An amount may stand between: "froze £2.6bn worth of Russian assets".
                case var _ when s.Is(i, WordClass.Freezing) && (Near(s, i, WordClass.Asset, reach: Reach + 3) || AssetAfterAmount(s, i) || AssetsAreSubject(s, i)):
                    cues.Add(new Cue(AssetFreeze, i, i + 1));
                    break;
                case "swift" when s.Text(i) is "SWIFT":
                    cues.Add(new Cue(SwiftExclusion, i, i + 1));
                    break;
                case "financial" when s.Word(i + 1) is "and" or "or" && s.Word(i + 2) is "travel":
                    // "financial and travel sanctions", "financial or travel bans": coordinated with a ban only people can suffer,
                    // the financial half is the freeze of what those people hold.
                    cues.Add(new Cue(AssetFreeze, i, i + 1));
                    break;
                case "financial" when s.Word(i + 1) is "restrictions" or "sanctions" or "measures" or "curbs" or "penalties":
                    // "financial sanctions against Putin and Lavrov": on named people they freeze what those people hold.
                    // "Targeted financial sanctions" are the freezes of a listing, whoever is named.
                    cues.Add(new Cue(s.Word(i + 1) is "sanctions" or "penalties" && (s.Word(i - 1) is "targeted" || AimsAtPeople(s, i + 2) || JoinedToPeoplesBan(s, i + 2)) ? AssetFreeze : FinancialRestriction, i, i + 2));
                    i++;
                    break;
                // "barred Iran from the global financial system".
                case "financial" when s.Word(i + 1) is "system" && Near(s, i, WordClass.Restricting):
                // "limited access to finance for Russian banks", "restricting their access to credit": money kept from them.
                case "access" when s.Word(i + 1) is "to" && s.Word(i + 2) is "finance" or "financing" or "credit" or "funding" or "loans" && s.Is(i - 1, WordClass.Restricting):
                case "financial" when s.Word(i + 1) is "assistance" or "support" or "services" && NotPermittedToProvide(s, i):
                case "capital" when s.Word(i + 1) is "markets" && Near(s, i, WordClass.Restricting, extra: "access"):
                case var _ when s.Is(i, WordClass.Financial) && (Near(s, i, WordClass.Restricting) || GovernedFromList(s, i) || BarredFrom(s, i) || RestrictedAfter(s, i) || ClosedOrRejected(s, i)):
                // "remittances of money", "cash transfers", "transfers of financial assets": money sent to the target.
                case "transfers" or "transfer" when MoneySent(s, i) && (Near(s, i, WordClass.Restricting) || GovernedFromList(s, i)):
                // "a prohibition on anyone dealing directly or indirectly in its sovereign debt".
                case "dealing" when s.Word(i + 1) is "in" or "with" or "directly" && Near(s, i, WordClass.Restricting):
                    cues.Add(new Cue(FinancialRestriction, i, i + 1));
                    break;
                case "investment" or "investments" or "invest" or "investing" when (Near(s, i, WordClass.Restricting) || GovernedFromList(s, i)) && !FinancedPurpose(s, i):
                    cues.Add(new Cue(InvestmentBan, i, i + 1));
                    break;
                case "most" when s.Word(i + 2) is "favored" or "favoured" || s.Word(i + 1) is "favored" or "favoured":
                case "mfn":
                case "tariff" or "tariffs" or "duties" when s.Word(i - 1) is not "customs" || Near(s, i, WordClass.TariffRaising):
                case "trade" when s.Word(i + 1) is "status" || (s.Word(i + 1) is "relations" && s.Word(i - 1) is "normal"):
                    cues.Add(new Cue(TradeStatus, i, i + 1));
                    break;
                case "price" when s.Word(i + 1) is "cap" or "caps" or "ceiling":
                    cues.Add(new Cue(PriceCap, i, i + 2));
                    i++;
                    break;
                case "cap" when s.Word(i + 1) is "on" && Near(s, i, WordClass.Price):
                    cues.Add(new Cue(PriceCap, i, i + 1));
                    break;
                case "trade" when s.Word(i + 1) is "ban" or "bans" or "embargo":
                    cues.Add(new Cue(ImportBan, i, i + 2));
                    cues.Add(new Cue(ExportBan, i, i + 2));
                    i++;
                    break;
                // "travel and asset bans", "travel or account freezes": two measures sharing one head noun.
                case "travel" when SharedBanHead(s, i):
                    cues.Add(new Cue(TravelBan, i, i + 1));
                    if (s.Is(i + 2, WordClass.Asset))
                    {
                        cues.Add(new Cue(AssetFreeze, i + 2, i + 4));
                    }
                    i += 3;
                    break;
                case "travel" when s.Word(i + 1) is "sanctions" or "penalties":
                    // "financial and travel sanctions": the noun is the ban's own, no general sanction beside it.
                    cues.Add(new Cue(TravelBan, i, i + 2));
                    i++;
                    break;
                case "travel" when s.Word(i + 1) is "ban" or "bans" or "restrictions" || (s.Word(i - 1) is "on" && s.Is(i - 2, WordClass.Restricting)):
                // "visits by its diplomats have been banned": people kept out (not ships, which stay a listing).
                case "visits" or "visit" when s.Word(i + 1) is "by" && VisitorsArePeople(s, i + 2) && Near(s, i, WordClass.Restricting, reach: 8):
                case "entry" when !(s.Word(i + 1) is "in" || (s.Word(i + 1) is "into" && s.Word(i + 2) is "force")) && Near(s, i, WordClass.Restricting):
                case "visa" or "visas" when Near(s, i, WordClass.Restricting) || s.Word(i + 2) is "free":
                case "entering" when s.Word(i - 1) is "from" && (Near(s, i, WordClass.Restricting) || PreventedFrom(s, i - 1)):
                // "a ban on them traveling in the bloc", "barred from travelling"; "are not allowed to enter Canada";
                // "will prevent those officials from traveling to the bloc".
                case "traveling" or "travelling" when Near(s, i, WordClass.Restricting, reach: 4) || (s.Word(i - 1) is "from" && PreventedFrom(s, i - 1)):
                case "enter" or "travel" when s.Word(i - 1) is "to" && s.Word(i - 2) is "allowed" or "permitted"
                    && (s.Word(i - 3) is "not" || (s.Word(i - 3) is "longer" && s.Word(i - 4) is "no")):
                    cues.Add(new Cue(TravelBan, i, i + 1));
                    break;
                // "are prevented from having trade relations with the U.S.", "kept from doing business with them": the
                // listed barred from dealing with the imposer's people, whatever verb bars them.
                case "relations" or "business" or "dealings" when BarredFromDealing(s, i):
                    cues.Add(new Cue(FinancialRestriction, i, i + 1));
                    break;
                case "unfriendly" or "persona" or "expulsion" or "expulsions":
                case "expel" or "expels" or "expelled" or "expelling" when Near(s, i, WordClass.ExpelledPerson):
                // "close ties" is a bond, not a closing; "froze assets after talks": talks named as a time are not what is acted on.
                case var _ when s.Is(i, WordClass.DiplomaticHead) && (ActedOnTalks(s, i) || StoppedBefore(s, i) || EndedAfter(s, i))
                    && !(s.Word(i - 1) is "close" or "closer" && w is "ties" or "relations")
                    && s.Word(i - 1) is not ("after" or "before" or "during" or "following"):
                    cues.Add(new Cue(Diplomatic, i, i + 1));
                    break;
                // ("would blacklist anyone doing business with the regime": who would be listed, a threat of listings, not a bar.)
                case "business" when (s.Word(i - 1) is "doing" or "do" or "conducting" or "conduct" || s.Word(i + 1) is "with") && Near(s, i, WordClass.Restricting)
                    && !(s.Word(i - 1) is "doing" or "conducting" && DealersDescribed.Contains(s.Word(i - 2))):
                case "dealings" when Near(s, i, WordClass.Restricting):
                    // "prohibits Americans from doing business with them", "a prohibition on dealings".
                    cues.Add(new Cue(FinancialRestriction, i, i + 1));
                    break;
                case "goods" when s.Word(i - 1) is "prohibited" or "banned" or "controlled" or "restricted":
                    // "the list of prohibited goods": goods that may not be sold to the target.
                    cues.Add(new Cue(ExportBan, i - 1, i + 1));
                    break;
                // "deny China access to chipmaking equipment", "limit China's access to advanced chips": the state between.
                case "access" when s.Word(i + 1) is "to" && NamesGoods(s, i + 2) && (s.Is(i - 1, WordClass.Restricting) || RestrictedState(s, i - 1)):
                // "restrict China's ability to obtain advanced chips", "curb Beijing's ability to buy and make chipmaking tools": the
                // state kept from getting goods is the one they are not sold to.
                case "ability" when s.Word(i + 1) is "to" && ObtainsGoods(s, i + 2) && RestrictedOwner(s, i - 1):
                    cues.Add(new Cue(ExportBan, i, i + 1));
                    break;
                // "restrict the sale of lithography machines", "chip sale restrictions": selling goods held back.
                case "sale" or "sales" when s.Word(i - 1) is not ("arms" or "weapons") && Near(s, i, WordClass.Restricting, reach: 3)
                    && (NamesGoods(s, i + 1) || s.Word(i - 1) is "chip" or "chips" or "technology" or "equipment"):
                // "restrict access to uranium, helicopters and other materials": goods kept from the target.
                case "selling" when NamesGoods(s, i + 1) && (Near(s, i, WordClass.Restricting) || GovernedFromList(s, i)):
                // "cap its fuel supplies": what the target receives is held back.
                case "supplies" or "supply" or "deliveries" when Supplied(s, i) && Near(s, i, WordClass.Restricting):
                    cues.Add(new Cue(ExportBan, i, i + 1));
                    break;
                // "halting most of the country's arms trade": the trade noun lets the restricting verb stand further off.
                // ("urged the United States to stop selling weapons to Taiwan": the buyer's rival protesting a sale asks, it imposes nothing.)
                case "arms" or "weapons" when Near(s, i, WordClass.Restricting, reach: s.Word(i + 1) is "trade" or "sales" ? Reach + 3 : Reach)
                    && !AskedToStopSelling(s, i):
                    cues.Add(new Cue(ArmsEmbargo, i, i + 1));
                    break;
            }
        }
    }

    /// <summary>
    /// "designated 22 entities", "designated three Iranian banks": the verb takes people, firms or banks
    /// as its object (a count noun within four words after it), not a role ("designated as a terrorist group").
    /// </summary>
    private static bool DesignatesForSanctions(SentenceView s, int i)
    {
        for (var k = i + 1; k <= Math.Min(s.Tokens.Count - 1, i + 4) && !s.Is(k, WordClass.CueClauseMark); k++)
        {
            if (s.Word(k) is "as")
            {
                return false;
            }
            if (s.Is(k, WordClass.Quantified) && s.Tokens[k].IsWord)
            {
                return true;
            }
            // "designated Chinese front company Shenyang …": a firm or person named as the object.
            if (s.MentionAt(k) is { Entity.Kind: not ActorKind.Country } or { Role: FormRole.Demonym })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "sanctions targeting banks and chip exports", "sanctions on the banking sector": sanctions whose object
    /// is a sector name its measures, one cue each, in place of a general one. A counted "two Russian banks"
    /// is a listing of named banks and stays general.
    /// </summary>
    private static bool AddSectors(SentenceView s, int i, List<Cue> cues, bool onlyUnrestricted = false)
    {
        var k = i + 1;
        if (s.Word(k) is "that" or "which")
        {
            k++;
        }
        // "the sanctions will also target financial institutions".
        // ("sanctions would be placed on the country's securities".)
        while (k < i + 6 && s.Word(k) is "will" or "would" or "also" or "now" or "further" or "be" or "placed" or "imposed")
        {
            k++;
        }
        if (s.Word(k) is not ("targeting" or "target" or "targets" or "on" or "against" or "hitting"))
        {
            return false;
        }
        var added = false;
        // ("sanctions against Peru by banning exports": the means has a cue of its own, and the sanctions named stay general.)
        for (k++; k < Math.Min(s.Tokens.Count, i + 14) && !s.Is(k, WordClass.CueClauseMark) && s.Word(k) is not ("over" or "for" or "after" or "because" or "to" or "in" or "by"); k++)
        {
            var type = s.Word(k) switch
            {
                "banks" or "banking" or "lenders" when !s.Tokens[k - 1].IsNumber && !s.Is(k - 1, WordClass.Quantified) && !IsCounted(s, k) => FinancialRestriction,
                "financial" when s.Word(k + 1) is "sector" or "institutions" or "system" => FinancialRestriction,
                // "sanctions on the country's securities, debt financing": what it raises money with.
                "securities" or "bonds" or "debt" or "financing" => FinancialRestriction,
                "exports" or "export" => ExportBan,
                "imports" or "import" => ImportBan,
                "investment" or "investments" => InvestmentBan,
                _ => null,
            };
            if (onlyUnrestricted && type is not null && type != FinancialRestriction)
            {
                continue; // the trade and investment words find the restricting word near them
            }
            if (type is not null && !Has(cues, type, i))
            {
                cues.Add(new Cue(type, i, i + 1));
                added = true;
            }
        }
        return added;
    }

    /// <summary>"frozen 7.5 billion Swiss francs ($8 billion) in funds": an amount, its conversion in brackets, then the assets.</summary>
    private static bool AssetAfterAmount(SentenceView s, int i)
    {
        var depth = 0;
        for (var k = i + 1; k < Math.Min(s.Tokens.Count, i + 16); k++)
        {
            var w = s.Word(k);
            if (w is "(")
            {
                depth++;
            }
            else if (w is ")")
            {
                depth--;
            }
            else if (depth == 0 && s.Is(k, WordClass.CueClauseMark))
            {
                return false;
            }
            else if (depth == 0 && s.Is(k, WordClass.Asset))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "financial sanctions and a ban on entry", "… and visa bans": joined at <paramref name="k"/> to a ban only people can
    /// suffer, as in "financial and travel sanctions".
    /// </summary>
    private static bool JoinedToPeoplesBan(SentenceView s, int k)
    {
        if (s.Word(k) is not "and")
        {
            return false;
        }
        k += s.Word(k + 1) is "a" or "an" ? 2 : 1;
        return s.Word(k) is "travel" or "visa" or "entry" ? s.Word(k + 1) is "ban" or "bans"
            : s.Word(k) is "ban" or "bans" && s.Word(k + 1) is "on" && s.Word(k + 2) is "entry" or "travel" or "entering" or "visas";
    }

    /// <summary>
    /// "public financing for trade with or investment in Peru is prohibited": the investment is what the barred money was for,
    /// so the financing is the measure (read from its own word), not a ban on investing.
    /// </summary>
    private static bool FinancedPurpose(SentenceView s, int i)
    {
        for (var k = i - 1; k >= Math.Max(1, i - 4); k--)
        {
            if (s.Word(k) is "for")
            {
                return s.Word(k - 1) is "financing" or "assistance" or "funding" or "support" or "loans" or "credit" or "credits" or "aid";
            }
        }
        return false;
    }

    /// <summary>
    /// "tightening exports and financial services to the country": the verb right before the trade word takes it as its object
    /// (not "exports rose after Lima tightened its budget", where it takes another).
    /// </summary>
    private static bool Tightened(SentenceView s, int i) =>
        s.Word(i - 1) is "tighten" or "tightens" or "tightened" or "tightening";

    /// <summary>"travel and asset bans": "travel", a conjunction, an asset or entry word, then a plural ban noun both share.</summary>
    private static bool SharedBanHead(SentenceView s, int i) =>
        s.Word(i + 1) is "and" or "or" && s.Word(i + 3) is "bans" or "freezes" or "restrictions"
        && (s.Is(i + 2, WordClass.Asset) || s.Word(i + 2) is "visa" or "entry");

    /// <summary>"against Russian President Vladimir Putin", "on eight members": people named or counted after the preposition.</summary>
    private static bool AimsAtPeople(SentenceView s, int k)
    {
        // "financial sanctions and travel bans on eight officials": past a measure joined to them.
        for (var skipped = 0; skipped < 4 && s.Word(k) is "and" or "travel" or "visa" or "entry" or "ban" or "bans" or "restrictions"; skipped++)
        {
            k++;
        }
        k = AfterPassiveImposing(s, k);
        if (s.Word(k) is not ("against" or "on" or "targeting"))
        {
            return false;
        }
        for (var j = k + 1; j < Math.Min(s.Tokens.Count, k + 6) && !s.Is(j, WordClass.CueClauseMark); j++)
        {
            if (s.MentionAt(j) is { Entity.Kind: ActorKind.Person } || s.Word(j) is "individuals" or "officials" or "members" or "oligarchs" or "people" or "persons"
                or "generals" or "commanders" or "figures" or "businessmen" or "businesspeople" or "executives" or "citizens" or "nationals")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "financial sanctions were imposed on eight officials", "have been placed on": past a passive verb of imposing, so that
    /// whom the measure is put on is read as after "on"; else <paramref name="k"/> itself.
    /// </summary>
    private static int AfterPassiveImposing(SentenceView s, int k)
    {
        var j = k;
        while (j < k + 3 && s.Word(j) is "were" or "was" or "have" or "has" or "had" or "been" or "are" or "is" or "be" or "will" or "being")
        {
            j++;
        }
        return j > k && s.Word(j) is "imposed" or "placed" or "levied" or "slapped" ? j + 1 : k;
    }

    /// <summary>"deny China access", "limit China's access": a state (or its possessive) ending at <paramref name="k"/> right after a restricting verb.</summary>
    private static bool RestrictedState(SentenceView s, int k)
    {
        if (s.Word(k) is "'s" or "’s")
        {
            k--;
        }
        return s.MentionAt(k) is { Entity.Kind: ActorKind.Country } m && m.Role != FormRole.Demonym && s.Is(m.First - 1, WordClass.Restricting);
    }

    /// <summary>"obtain advanced chips", "both purchase and manufacture high-end chips": a verb of getting goods, then the goods.</summary>
    private static bool ObtainsGoods(SentenceView s, int k)
    {
        if (s.Word(k) is "both" or "either")
        {
            k++;
        }
        return s.Word(k) is "obtain" or "purchase" or "buy" or "acquire" or "import" or "access" or "procure" or "get" && NamesGoods(s, k + 1);
    }

    /// <summary>
    /// "restrict China's", "limit the People's Republic of China's (PRC's)": a state's possessive after a restricting verb (and "the"),
    /// a bracketed short form after it passed over.
    /// </summary>
    private static bool RestrictedOwner(SentenceView s, int k)
    {
        if (s.Word(k) is ")")
        {
            var open = k - 1;
            while (open > k - 5 && s.Word(open) is not "(")
            {
                open--;
            }
            if (s.Word(open) is not "(")
            {
                return false;
            }
            k = open - 1;
        }
        if (s.Word(k) is not ("'s" or "’s") || s.MentionAt(k - 1) is not { Entity.Kind: ActorKind.Country } m || m.Role == FormRole.Demonym)
        {
            return false;
        }
        var v = m.First - 1;
        if (s.Word(v) is "the")
        {
            v--;
        }
        return s.Is(v, WordClass.Restricting);
    }

    /// <summary>Whether goods, materials or technology are named within eight words of <paramref name="from"/>.</summary>
    private static bool NamesGoods(SentenceView s, int from)
    {
        for (var k = from; k < Math.Min(s.Tokens.Count, from + 8) && s.Word(k) is not (";" or "."); k++)
        {
            if (s.Word(k) is "goods" or "materials" or "material" or "technology" or "technologies" or "equipment" or "items" or "components" or "parts" or "products" or "software"
                or "chips" or "semiconductors" or "machines" or "machinery" or "tools")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the cue is a measure referred to by "those" or a general noun (<see cref="NamedAsOthers"/>).</summary>
    public static bool IsBackground(SentenceView s, Cue cue) =>
        // (A Council resolution, or "a UN sanctions resolution", is named as what a state's own measures follow or list from:
        // the sentences after stay with that state.)
        cue.End == cue.First + 1 && (s.Word(cue.First) is "those" or "moves" or "measures" or "steps" or "actions" or "resolution"
            || ListedByResolution(s, cue.First));

    private static readonly WordSet ListedPeople = WordSet.Of(
        "individuals entities people persons officials generals commanders officers companies firms banks businessmen oligarchs ministers " +
        "lawmakers vessels ships tankers organisations organizations");

    /// <summary>
    /// "Norway listed three generals …", "the EU has listed 20 Peruvian officials": "listed" as the verb of a state or bloc named
    /// right before it (or before "has"), whose object is counted people, firms or ships (not "listed three reasons", "listed on").
    /// </summary>
    private static bool StateListsPeople(SentenceView s, int i)
    {
        var subject = s.Word(i - 1) is "has" or "have" or "also" ? i - 2 : i - 1;
        if (subject < 0 || s.MentionAt(subject) is not { } m || m.End != subject + 1 || m.Role == FormRole.Demonym
            || m.Entity.Kind is not (ActorKind.Country or ActorKind.Organization) || (m.Entity.Kind == ActorKind.Organization && !m.Entity.CanImpose))
        {
            return false;
        }
        for (var k = i + 1; k < Math.Min(s.Tokens.Count, i + 6); k++)
        {
            if (ListedPeople.Contains(s.Word(k)))
            {
                return true;
            }
            if (!(s.Tokens[k].IsNumber || s.MentionAt(k) is { Role: FormRole.Demonym }
                || s.Word(k) is "a" or "an" or "the" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
                    or "more" or "new" or "additional" or "further" or "senior" or "top" or "military" or "several" or "dozens" or "of"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"people designated by a UN sanctions resolution": the listing a state's measure draws on, named in passing.</summary>
    private static bool ListedByResolution(SentenceView s, int i)
    {
        if (s.Word(i) is not ("designated" or "listed" or "named") || s.Word(i + 1) is not "by")
        {
            return false;
        }
        for (var k = i + 2; k < Math.Min(s.Tokens.Count, i + 8); k++)
        {
            if (s.Word(k) is "resolution" or "resolutions")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "those imposed by the US and UK", "those applied to Russia", "similar measures taken by allies such as the EU":
    /// measures named by a pronoun or a general noun with a participle and its agent or target.
    /// </summary>
    private static bool NamedAsOthers(SentenceView s, int i)
    {
        // "steps similar to those by the United States": the participle may be left out after "those".
        var bare = s.Word(i) is "those" && s.Word(i + 1) is "by" && s.MentionAt(i + 2 + (s.Word(i + 2) is "the" ? 1 : 0)) is not null;
        // "those already imposed by the EU": an adverb of time may stand before the participle.
        var p = s.Word(i + 1) is "already" or "previously" ? i + 2 : i + 1;
        if (!bare && s.Word(p) is not ("imposed" or "applied" or "taken" or "made" or "adopted" or "introduced"))
        {
            return false;
        }
        var next = bare ? "by" : s.Word(p + 1);
        if (!(s.Word(i) is "those" ? next is "by" or "to" or "on" or "against" : next is "by" && (s.MentionAt(p + 2) is not null || s.Word(p + 2) is "the" or "allies" or "partners")))
        {
            return false;
        }
        // Named in a comparison: "in line with moves", "aligned with similar measures", "mirrors those".
        var k = i - 1;
        while (k > 0 && s.Word(k) is "similar" or "the" or "recent" or "earlier" or "comparable")
        {
            k--;
        }
        return s.Word(k) is "with" or "to" or "like" or "as" or "than" or "mirror" or "mirrors" or "mirrored" or "match" or "matches" or "matched"
            or "follow" or "follows" or "followed";
    }

    /// <summary>
    /// "a UN Security Council resolution against Peru", "the measures follow a Security Council resolution adopted in May after
    /// Peru refused …": the Council's resolution on a state is its sanctions. A resolution that demands, condemns or calls
    /// for something, or one a state violated, is not read: only one aimed at a state, or adopted over one beside measures.
    /// </summary>
    private static bool IsCouncilResolutionOnState(SentenceView s, int i)
    {
        if (s.MentionAt(i - 1) is not { Entity.Name: "UN Security Council" })
        {
            return false;
        }
        if (s.Word(i + 1) is "against" or "on")
        {
            return s.MentionAt(i + 2 + (s.Word(i + 2) is "the" ? 1 : 0)) is { Entity.Kind: ActorKind.Country };
        }
        return s.Word(i + 1) is "adopted" or "passed" or "approved" && StateAfter(s, i + 2, reach: 8) && MeasuresBefore(s, i);
    }

    private static bool StateAfter(SentenceView s, int from, int reach)
    {
        for (var k = from; k < Math.Min(s.Tokens.Count, from + reach); k++)
        {
            if (s.MentionAt(k) is { Entity.Kind: ActorKind.Country })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"The new measures follow a … resolution": the sentence speaks of measures before the resolution.</summary>
    private static bool MeasuresBefore(SentenceView s, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (s.Word(k) is "measures" or "sanctions" or "steps")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"the most-sanctioned nation", "most sanctioned": a superlative compares, it reports no measure.</summary>
    private static bool IsSuperlative(SentenceView s, int i)
    {
        var k = s.Word(i - 1) is "-" ? i - 2 : i - 1;
        return s.Word(k) is "most" or "least" or "more" && s.Word(i).EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// "bans new joint ventures with the country, and any new investment": a head coordinated at the end of
    /// a list whose restricting verb stands further back, in the same clause.
    /// </summary>
    private static bool GovernedFromList(SentenceView s, int i)
    {
        var k = i - 1;
        while (k >= 0 && (s.Is(k, WordClass.Skippable) || s.Word(k) is "any"))
        {
            k--;
        }
        // "bans on the import of coal, wood and on all transactions with …": a second object of the same "on".
        // Only dealings with a party ("transactions with four banks"), not the items a control names ("on transactions for chips").
        var secondOn = s.Word(k) is "on" && s.Word(i + 1) is "with";
        if (secondOn)
        {
            k--;
        }
        if (s.Word(k) is not ("and" or "or"))
        {
            return false;
        }
        for (var j = k - 1; j >= Math.Max(0, k - 14); j--)
        {
            if (s.Word(j) is ";" or ":" || s.Is(j, WordClass.ClauseBreak))
            {
                return false;
            }
            if (s.Is(j, WordClass.Restricting))
            {
                // "export restrictions on chips, and transactions …": a restriction of another head governs its own list.
                return !s.Is(j - 1, WordClass.CueHead) && (!secondOn || s.Word(j + 1) is "on");
            }
        }
        return false;
    }

    /// <summary>
    /// "bans the country's copper, nickel, silver and zinc exports": a list of goods before the head, with the
    /// restricting verb before the list's owner.
    /// </summary>
    private static bool GoodsListBefore(SentenceView s, int i)
    {
        var k = i - 1;
        var listed = false;
        while (k > 0 && i - k < 14 && (s.Word(k) is "," or "and" or "or" || s.Is(k, WordClass.Commodity)
            || (s.Tokens[k].IsWord && !s.Tokens[k].IsCapitalized && s.Classes(k) == WordClass.None)))
        {
            listed |= s.Word(k) is "," or "and";
            k--;
        }
        // A list, or an owner: "the North's profitable textile exports".
        if (s.Is(k, WordClass.Possessive))
        {
            k -= s.MentionAt(k - 1) is { } owner ? k - owner.First + 1 : 2;
            listed = true;
        }
        if (!listed)
        {
            return false;
        }
        while (k >= 0 && s.Is(k, WordClass.Skippable))
        {
            k--;
        }
        return s.Is(k, WordClass.Restricting);
    }

    /// <summary>
    /// "barred them from engaging in import and export activities", "banning imports and exports": the second of two
    /// coordinated trade heads is restricted by what restricts the first, however far that stands from it.
    /// </summary>
    private static bool RestrictedWithPartner(SentenceView s, int i, List<Cue> cues)
    {
        if (s.Word(i - 1) is "and" or "or" && cues.Count > 0 && cues[^1] is { Type: ImportBan or ExportBan } before && before.First == i - 2
            && IsTradeWord(s.Word(i - 2)))
        {
            return true;
        }
        // The first of the two: "import and export activities", restricted as the second is.
        var after = i + 2;
        return s.Word(i + 1) is "and" or "or" && IsTradeWord(s.Word(after)) && !s.Word(after).StartsWith(s.Word(i)[..6], StringComparison.Ordinal)
            && (Near(s, after, WordClass.Restricting) || GovernedFromList(s, after) || RestrictedAfter(s, after) || Near(s, i, WordClass.Restricting, reach: Reach + 3));
    }

    private static bool IsTradeWord(ReadOnlySpan<char> w) =>
        w.StartsWith("import", StringComparison.Ordinal) || w.StartsWith("export", StringComparison.Ordinal);

    /// <summary>
    /// "The ban, announced by the prime minister on television, covers all imports of meat …": what a ban that opens the
    /// sentence covers, however far its verb stands from it.
    /// </summary>
    private static bool CoveredByBan(SentenceView s, int i)
    {
        var k = i - 1;
        while (k > 0 && s.Word(k) is "all" or "most" or "the" or "any" or "food" or "farm" or "agricultural")
        {
            k--;
        }
        if (s.Word(k) is not ("covers" or "cover" or "covered" or "includes" or "include" or "included" or "targets" or "affects"))
        {
            return false;
        }
        var subject = s.Word(0) is "the" or "this" or "that" or "its" ? 1 : 0;
        var head = subject;
        while (head < k && (s.MentionAt(head) is not null || s.Word(head) is "new" or "import" or "food" or "retaliatory"))
        {
            head++;
        }
        return s.Word(head) is "ban" or "embargo" or "prohibition";
    }

    /// <summary>Food or farm goods named within a few words of <paramref name="i"/>, in its clause: "food embargo", "embargo on EU agricultural produce".</summary>
    private static bool NamesFood(SentenceView s, int i)
    {
        for (var k = Math.Max(0, i - 2); k < Math.Min(s.Tokens.Count, i + 6); k++)
        {
            if (k > i && s.Is(k, WordClass.CueClauseMark))
            {
                break;
            }
            if (s.Word(k) is "food" or "foods" or "foodstuffs" or "agricultural" or "farm" or "produce" or "meat" or "dairy" or "fruit" or "vegetables")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"will stop negotiations", "stopped all talks": stopping right before the talks (not "talks to stop the war").</summary>
    private static bool StoppedBefore(SentenceView s, int i)
    {
        var k = i - 1;
        while (k > 0 && s.Word(k) is "the" or "all" or "any" or "its" or "their" or "further" or "ongoing")
        {
            k--;
        }
        return s.Word(k) is "stop" or "stops" or "stopped" or "stopping";
    }

    /// <summary>
    /// "talks on a $100 billion trade deal with Turkey will be terminated", "negotiations … will be stopped": the talks as
    /// the subject of a passive that ends them, however long the subject runs.
    /// </summary>
    private static bool EndedAfter(SentenceView s, int i)
    {
        for (var k = i + 1; k < Math.Min(s.Tokens.Count - 1, i + 16); k++)
        {
            if (s.Is(k, WordClass.CueClauseMark) || s.Is(k, WordClass.ClauseBreak))
            {
                return false;
            }
            if (s.Word(k) is "be" or "been" or "is" or "are" or "was" or "were"
                && (s.Is(k + 1, WordClass.DiplomaticAction) || s.Word(k + 1) is "stopped") && s.Word(k + 1).EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"remittances of money to the country would be forbidden": the head as the subject of a restricting passive.</summary>
    private static bool RestrictedAfter(SentenceView s, int i)
    {
        // A head that opens the sentence ("All transactions by … that involve … are prohibited") is the subject of the
        // predicate however long the subject runs, whatever other measure words it holds.
        var opens = i <= 2;
        for (var k = i + 1; k < Math.Min(s.Tokens.Count - 1, i + (opens ? 48 : 16)); k++)
        {
            if (s.Word(k) is "," && s.Word(k + 1) is "except" or "excluding")
            {
                // "All money transfers, except for those below 100,000 yen, will be banned".
                while (k + 1 < s.Tokens.Count - 1 && s.Word(k + 1) is not ("," or ";"))
                {
                    k++;
                }
                k++;
                continue;
            }
            if (s.Is(k, WordClass.CueClauseMark))
            {
                return false;
            }
            if (s.Word(k) is "be" or "been" or "is" or "are" or "was" or "were" && s.Is(k + 1, WordClass.Restricting) && s.Word(k + 1).EndsWith("ed", StringComparison.Ordinal)
                || s.Word(k) is "be" or "been" or "is" or "are" or "was" or "were" && s.Word(k + 1) is "forbidden" or "frozen")
            {
                return true;
            }
            if (s.Is(k, WordClass.Sanction | WordClass.CueHead) && k > i + 1 && !opens)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "All property and interests in property of these firms … are blocked": a freezing passive whose subject,
    /// however long, opens with the assets.
    /// </summary>
    private static bool AssetsAreSubject(SentenceView s, int i)
    {
        if (s.Word(i - 1) is not ("are" or "is" or "were" or "was" or "been" or "be"))
        {
            return false;
        }
        // The subject opens the sentence, or its main clause after a fronted phrase ("As a result of the designations, all property …").
        var start = 0;
        for (var k = 0; k < Math.Min(i, 16); k++)
        {
            if (s.Word(k) is ",")
            {
                start = k + 1;
                break;
            }
        }
        return OpensWithAssets(s, 0, i) || (start > 0 && OpensWithAssets(s, start, i));
    }

    private static bool OpensWithAssets(SentenceView s, int first, int i)
    {
        for (var k = first; k <= Math.Min(first + 3, i - 2); k++)
        {
            if (s.Is(k, WordClass.Asset))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"no longer issuing new export permits": to stop granting what trade needs is to restrict it.</summary>
    private static bool NoLonger(SentenceView s, int i)
    {
        for (var k = i - 1; k >= Math.Max(1, i - 5); k--)
        {
            if (s.Word(k) is "longer" && s.Word(k - 1) is "no")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"has sanctioned 95% of Russian exports": exports named as what a sanction covers.</summary>
    private static bool SanctionedBefore(SentenceView s, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 6); k--)
        {
            if (s.Is(k, WordClass.Sanction))
            {
                return s.Word(k).EndsWith("ed", StringComparison.Ordinal) || s.Word(k).EndsWith("ing", StringComparison.Ordinal);
            }
            if (!(s.Tokens[k].IsNumber || s.MentionAt(k) is not null || s.Is(k, WordClass.Skippable) || s.Word(k) is "%" or "percent" or "of" or "per" or "cent"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"the export of any listed items will require a license": a licence requirement controls exports.</summary>
    private static bool RequiresLicence(SentenceView s, int i)
    {
        for (var k = i + 1; k < Math.Min(s.Tokens.Count - 2, i + 12) && !s.Is(k, WordClass.CueClauseMark); k++)
        {
            if (s.Word(k) is "require" or "requires" or "required" or "requiring" && (IsLicence(s.Word(k + 1)) || IsLicence(s.Word(k + 2))))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLicence(ReadOnlySpan<char> w) => w is "license" or "licence" or "licenses" or "licences" or "permit" or "permits";

    /// <summary>"barring the central bank from cashing in its bonds": a restricting verb, its object, then "from" and what is kept from it.</summary>
    private static bool BarredFrom(SentenceView s, int i)
    {
        for (var k = i - 1; k >= Math.Max(1, i - 8) && !s.Is(k, WordClass.CueClauseMark); k--)
        {
            if (s.Word(k) is "from" && s.Word(k + 1).EndsWith("ing", StringComparison.Ordinal))
            {
                for (var j = k - 1; j >= Math.Max(0, k - 8) && !s.Is(j, WordClass.CueClauseMark); j--)
                {
                    if (s.Is(j, WordClass.Restricting))
                    {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /// <summary>"money transfers", "cash transfers", "transfers of financial assets": money moved, not goods or technology.</summary>
    private static bool MoneySent(SentenceView s, int i) =>
        s.Word(i - 1) is "money" or "cash" or "fund" or "funds" or "wire" or "financial" or "capital"
        || (s.Word(i + 1) is "of" && s.Word(i + 2) is "money" or "funds" or "financial" or "cash" or "capital" or "assets");

    /// <summary>"visits by its diplomats", "visits by officials": people, named or counted, after "by".</summary>
    private static bool VisitorsArePeople(SentenceView s, int from)
    {
        for (var k = from; k < Math.Min(s.Tokens.Count, from + 4) && !s.Is(k, WordClass.CueClauseMark); k++)
        {
            if (s.Is(k, WordClass.ExpelledPerson) || s.Word(k) is "nationals" or "citizens" or "people" or "lawmakers" or "delegations"
                || s.MentionAt(k) is { Entity.Kind: ActorKind.Person })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"fuel supplies", "supplies of oil": the supply of a fuel or commodity.</summary>
    private static bool Supplied(SentenceView s, int i) =>
        s.Word(i - 1) is "fuel" or "energy" or "petroleum" || s.Is(i - 1, WordClass.Commodity)
        || (s.Word(i + 1) is "of" && (s.Word(i + 2) is "fuel" or "energy" || s.Is(i + 2, WordClass.Commodity)));

    /// <summary>
    /// "ordered banks to close the correspondent accounts of …", "to reject any transactions involving …": what
    /// banks are told to close or refuse is cut off. Only for a financial head: "rejected" alone restricts nothing.
    /// </summary>
    private static bool ClosedOrRejected(SentenceView s, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - Reach) && !s.Is(k, WordClass.CueClauseMark); k--)
        {
            if (s.Word(k) is "close" or "closes" or "closed" or "closing" or "reject" or "rejects" or "rejected" or "rejecting"
                or "terminate" or "terminates" or "terminated" or "terminating" or "refuse" or "refuses")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "bar him from the US", "barred them from entering Canada": the restricting verb, its object (a pronoun, a person or
    /// nothing), then "from" and a state (or "entering" one) closing the phrase. The index of that state's first token, else -1.
    /// </summary>
    public static int KeptOutOf(SentenceView s, int i)
    {
        var k = i + 1;
        if (s.Word(k) is "him" or "her" or "them")
        {
            k++;
        }
        else if (s.MentionAt(k) is { Entity.Kind: ActorKind.Person } person && person.First == k)
        {
            k = person.End;
        }
        if (s.Word(k) is not "from")
        {
            return -1;
        }
        k++;
        if (s.Word(k) is "entering" or "visiting" or "travelling" or "traveling")
        {
            k++;
            k += s.Word(k) is "to" ? 1 : 0;
        }
        k += s.Word(k) is "the" ? 1 : 0;
        // ("banned Russian ships from EU ports": a place within the state is not the state kept closed.)
        return s.MentionAt(k) is { Entity.Kind: ActorKind.Country, Role: not FormRole.Demonym } m && m.First == k
            && (m.End >= s.Tokens.Count || !s.Tokens[m.End].IsWord || s.Word(m.End) is "and" or "or" or "for" or "over" or "until" or "on" or "in" or "after")
            ? k : -1;
    }

    /// <summary>
    /// "prevent those officials from", "prevents sanctioned individuals from": a preventing verb, then its object, then the
    /// "from" at <paramref name="from"/>, within one clause.
    /// </summary>
    private static bool PreventedFrom(SentenceView s, int from)
    {
        for (var k = from - 1; k >= Math.Max(0, from - 9) && !s.Is(k, WordClass.CueClauseMark); k--)
        {
            if (s.Word(k) is "prevent" or "prevents" or "prevented" or "preventing")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"to the country", "to Canada", "to the U.S.": a state (or the country referred back to) named as a destination.</summary>
    private static bool EntersState(SentenceView s, int k)
    {
        k += s.Word(k) is "the" ? 1 : 0;
        return s.Word(k) is "country" or "territory" || s.MentionAt(k) is { Entity.Kind: ActorKind.Country, Role: not FormRole.Demonym };
    }

    /// <summary>
    /// "revoked the general license that authorized Americans to engage in transactions with two firms": a licence revoked
    /// whose grant allowed dealings (not an export licence, which the export rule reads). The index of the dealing word, else -1.
    /// </summary>
    private static int RevokedDealing(SentenceView s, int i)
    {
        var licence = -1;
        for (var k = i + 1; k < Math.Min(s.Tokens.Count, i + 5); k++)
        {
            if (IsLicence(s.Word(k)) || s.Word(k) is "authorization" or "authorisation")
            {
                licence = k;
                break;
            }
            if (s.Word(k) is "export" or "exports")
            {
                return -1;
            }
        }
        if (licence < 0)
        {
            return -1;
        }
        for (var k = licence + 1; k < Math.Min(s.Tokens.Count, licence + 14) && s.Word(k) is not (";" or "."); k++)
        {
            if (s.Word(k) is "transactions" or "transact" or "business" or "dealings" or "deal" or "work" or "trade")
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>"two Russian banks", "three banks": a number a few words before the noun.</summary>
    private static bool IsCounted(SentenceView s, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - 3); j--)
        {
            if (s.Tokens[j].IsNumber || s.Word(j) is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "several" or "dozens")
            {
                return true;
            }
            // ("Sberbank along with two other Russian banks": still counted.)
            if (s.MentionAt(j) is null && s.Word(j) is not ("more" or "major" or "top" or "state-owned" or "big" or "largest" or "other"))
            {
                return false;
            }
        }
        return false;
    }

    private static bool Has(List<Cue> cues, string type, int first)
    {
        foreach (var c in cues)
        {
            if (c.First == first && c.Type == type)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word of <paramref name="set"/> stands within <paramref name="reach"/> words of <paramref name="i"/>, in the same clause.</summary>
    /// <summary>"are not permitted to provide them with financial assistance": a provision of money forbidden.</summary>
    private static bool NotPermittedToProvide(SentenceView s, int i)
    {
        for (var k = i - 1; k >= Math.Max(3, i - 6); k--)
        {
            if (s.Word(k) is "provide" or "make" && s.Word(k - 1) is "to" && s.Word(k - 2) is "permitted" or "allowed" && s.Word(k - 3) is "not")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "blacklist anyone doing business with the regime", "penalise foreign firms conducting business with them": the dealers a
    /// threat of listings describes (no "from" before the dealing), not dealings barred.
    /// </summary>
    private static readonly WordSet DealersDescribed = WordSet.Of(
        "anyone anybody someone whoever those companies firms entities banks businesses individuals people persons foreigners");

    /// <summary>
    /// "prevented from having trade relations with", "barred from doing business with": a barring word, "from", a verb of
    /// dealing and the dealings, then "with" whom; relations of states ("diplomatic relations") are left to their own rule.
    /// </summary>
    private static bool BarredFromDealing(SentenceView s, int i)
    {
        if (s.Word(i + 1) is not "with")
        {
            return false;
        }
        var k = i - 1;
        if (s.Word(i) is "relations")
        {
            if (s.Word(k) is not ("trade" or "business" or "commercial" or "financial"))
            {
                return false;
            }
            k--;
        }
        else if (s.Word(k) is "any" or "further")
        {
            k--;
        }
        if (s.Word(k) is "in" or "into" && s.Word(k - 1) is "engaging" or "entering")
        {
            k--;
        }
        if (s.Word(k) is not ("having" or "doing" or "conducting" or "engaging" or "entering" or "maintaining") || s.Word(k - 1) is not "from")
        {
            return false;
        }
        // "prevents US citizens from doing business with them": the imposer's people may stand between the verb and "from".
        for (var v = k - 2; v >= Math.Max(0, k - 5) && !s.Is(v, WordClass.CueClauseMark); v--)
        {
            if (s.Is(v, WordClass.Restricting) || s.Word(v) is "prevented" or "prevent" or "prevents" or "preventing" or "kept" or "keeps" or "banned" or "barred")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Export Compliance Daily combines U.S. export control news …": the measure's words name what a publication covers.
    /// </summary>
    private static bool HeadsNews(SentenceView s, int i) =>
        s.Word(i + 1) is "news" or "newsletter" || (s.Word(i + 1) is "control" or "controls" && s.Word(i + 2) is "news" or "newsletter");

    /// <summary>"the U.S. financial system", "the global financial system" within four words.</summary>
    private static bool FinancialSystemAhead(SentenceView s, int k)
    {
        for (var j = k; j <= Math.Min(s.Tokens.Count - 2, k + 4); j++)
        {
            if (s.Word(j) is "financial" or "banking" && s.Word(j + 1) is "system")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"blocks their access", "cut off Iran's access", "denied them access": a verb that takes the access away.</summary>
    private static bool BlockedBefore(SentenceView s, int i)
    {
        for (var v = i - 1; v >= Math.Max(0, i - 4) && !s.Is(v, WordClass.CueClauseMark); v--)
        {
            if (s.Is(v, WordClass.Restricting) || s.Word(v) is "block" or "blocks" or "blocked" or "blocking" or "cut" or "cuts" or "cutting"
                or "deny" or "denies" or "denied" or "denying")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "banned from …", "barring them from …": a word of barring, with at most one object between, before a "from" that
    /// opens the run of gerunds <paramref name="i"/> is in (joined by "or"/"and"; no clause mark between).
    /// </summary>
    /// <summary>"sanctioned a Peruvian bank, banning it from …": a bank or lender named in the fifteen words before <paramref name="i"/>.</summary>
    private static bool BankBefore(SentenceView s, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 15); k--)
        {
            if (s.Word(k) is "bank" or "banks" or "lender" or "lenders" || (s.Word(k) is "institution" or "institutions" && s.Word(k - 1) is "financial"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"banned Peruvian banks from providing services": a barring verb, its object (a few words, no clause mark), then "from" right before <paramref name="i"/>.</summary>
    private static bool BarredObjectFrom(SentenceView s, int i)
    {
        if (s.Word(i - 1) is not "from")
        {
            return false;
        }
        for (var k = i - 2; k >= Math.Max(0, i - 7) && !s.Is(k, WordClass.CueClauseMark); k--)
        {
            if (s.Word(k) is "banned" or "banning" or "bans" or "ban" or "barred" or "barring" or "bars" or "bar" or "prohibited" or "prohibiting"
                or "prohibits" or "prohibit" or "forbade" or "forbidden" or "forbids" or "forbid" or "blocked" or "blocking" or "blocks" or "block")
            {
                return true;
            }
        }
        return false;
    }

    private static bool BarredFromBefore(SentenceView s, int i)
    {
        for (var k = i - 1; k >= Math.Max(1, i - 12) && !s.Is(k, WordClass.CueClauseMark); k--)
        {
            if (s.Word(k) is "from")
            {
                return s.Is(k - 1, WordClass.Restricting) || (k >= 2 && s.Is(k - 2, WordClass.Restricting) && !s.Tokens[k - 1].IsCapitalized);
            }
        }
        return false;
    }

    /// <summary>"prevent UK citizens and businesses from dealing": a verb of preventing within a few words before "from" at <paramref name="i"/> - 1.</summary>
    private static bool Prevented(SentenceView s, int i)
    {
        for (var k = i - 2; k >= Math.Max(0, i - 8) && !s.Is(k, WordClass.CueClauseMark); k--)
        {
            if (s.Word(k) is "prevent" or "prevents" or "prevented" or "preventing")
            {
                return true;
            }
        }
        return false;
    }

    private static bool Near(SentenceView s, int i, WordClass set, string? extra = null, int reach = Reach)
    {
        for (var k = i - 1; k >= Math.Max(0, i - reach) && !s.Is(k, WordClass.CueClauseMark); k--)
        {
            if (s.Is(k, set) || (extra is not null && s.Word(k).SequenceEqual(extra)))
            {
                return true;
            }
        }
        for (var k = i + 1; k <= Math.Min(s.Tokens.Count - 1, i + reach) && !s.Is(k, WordClass.CueClauseMark); k++)
        {
            if (s.Is(k, set) || (extra is not null && s.Word(k).SequenceEqual(extra)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A word that ends or cuts the talks or ties near them; not "an end to" something after them ("push the government back
    /// to negotiations and broker an end to the war": the end is the war's, the talks are sought).
    /// </summary>
    private static bool ActedOnTalks(SentenceView s, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - Reach) && !s.Is(k, WordClass.CueClauseMark); k--)
        {
            if (s.Is(k, WordClass.DiplomaticAction))
            {
                return true;
            }
        }
        for (var k = i + 1; k <= Math.Min(s.Tokens.Count - 1, i + Reach) && !s.Is(k, WordClass.CueClauseMark); k++)
        {
            if (s.Is(k, WordClass.DiplomaticAction) && !(s.Word(k) is "end" && s.Word(k - 1) is "an" or "the" && s.Word(k + 1) is "to"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "called on the United States to stop selling weapons to Taiwan", "urged Washington to halt arms sales": a seller asked to
    /// stop its own sales. The stock protest of the buyer's rival, who cannot impose the stop; the seller is not weighing one.
    /// </summary>
    private static bool AskedToStopSelling(SentenceView s, int i)
    {
        var k = i - 1;
        while (k > i - 4 && s.Word(k) is "selling" or "supplying" or "its" or "the" or "all" or "further")
        {
            k--;
        }
        var sold = s.Word(i - 1) is "selling" or "supplying" || s.Word(i + 1) is "sales" or "sale";
        if (!sold || s.Word(k) is not ("stop" or "halt" or "cease" or "end"))
        {
            return false;
        }
        // "demanded that Norway stop selling arms": the seller named after "that", the stop in the bare form of a demand.
        if (s.Word(k - 1) is not "to")
        {
            if (s.MentionAt(k - 1) is not { } seller || seller.End != k || s.Word(seller.First - 1) is not "that")
            {
                return false;
            }
            k = seller.First;
        }
        for (var v = k - 2; v >= Math.Max(0, k - 9) && !s.Is(v, WordClass.CueClauseMark); v--)
        {
            if (s.Word(v) is "called" or "calls" or "call" or "calling" or "urged" or "urges" or "urge" or "urging" or "asked" or "asks"
                or "demanded" or "demands" or "pressed" or "presses")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "a package of sanctions which aims to … tackle oil imports": a package's aim to tackle the imports (of one good or more) is to
    /// curb them, in a sentence that names sanctions.
    /// </summary>
    private static bool TackledBefore(SentenceView s, int i)
    {
        var k = i - 1;
        while (k > i - 3 && (s.Is(k, WordClass.Commodity) || s.MentionAt(k) is { Role: FormRole.Demonym } || s.Word(k) is "the" or "its" or "their"))
        {
            k--;
        }
        if (s.Word(k) is not ("tackle" or "tackles" or "tackling" or "tackled"))
        {
            return false;
        }
        for (var j = 0; j < s.Tokens.Count; j++)
        {
            if (s.Is(j, WordClass.Sanction))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"dual-use goods legislation", "dual-use items law": the goods word at <paramref name="k"/> qualifies a law.</summary>
    private static bool NamesGoodsLaw(SentenceView s, int k) =>
        s.Word(k) is "goods" or "items" or "products" && s.Word(k + 1) is "legislation" or "law" or "laws" or "act" or "ordinance";

    /// <summary>
    /// "economic sanctions on Belarus, targeting its main export industries and access to finance": sanctions on a state, then the
    /// sectors they target after a comma, name measures beside the general one. What the state's export industries sell is kept
    /// out (an import ban); its access to finance is cut (a financial restriction).
    /// </summary>
    private static void AddStateSectors(SentenceView s, int i, List<Cue> cues)
    {
        if (s.Word(i + 1) is not ("on" or "against") || s.MentionAt(i + 2) is not { Entity.Kind: ActorKind.Country } state || state.Role == FormRole.Demonym
            || s.Word(state.End) is not "," || s.Word(state.End + 1) is not ("targeting" or "hitting"))
        {
            return;
        }
        for (var k = state.End + 2; k < Math.Min(s.Tokens.Count, state.End + 12) && !s.Is(k, WordClass.CueClauseMark); k++)
        {
            var type = s.Word(k) switch
            {
                "export" or "exporting" when s.Word(k + 1) is "industries" or "industry" or "sectors" or "sector" => ImportBan,
                "access" when s.Word(k + 1) is "to" && s.Word(k + 2) is "finance" or "financing" or "capital" or "credit" => FinancialRestriction,
                "banks" or "banking" when !IsCounted(s, k) => FinancialRestriction,
                _ => null,
            };
            if (type is not null && !Has(cues, type, i))
            {
                cues.Add(new Cue(type, i, i + 1));
            }
        }
    }

    /// <summary>The index of the next word after optional demonyms and determiners ("ban on Russian oil").</summary>
    private static int After(SentenceView s, int i)
    {
        while (i < s.Tokens.Count && (s.MentionAt(i) is not null || s.Word(i) is "the" or "all" or "its" or "their"))
        {
            i++;
        }
        return i;
    }
}
