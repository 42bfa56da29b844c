namespace Monitoring.Extraction.Measures;

/// <summary>The twelve measure types and four statuses of the evaluation vocabulary.</summary>
public static class MeasureTypes
{
    public const string AssetFreeze = "asset_freeze";
    public const string ExportBan = "export_ban";
    public const string ImportBan = "import_ban";
    public const string SwiftExclusion = "swift_exclusion";
    public const string FinancialRestriction = "financial_restriction";
    public const string InvestmentBan = "investment_ban";
    public const string TradeStatus = "trade_status";
    public const string PriceCap = "price_cap";
    public const string TravelBan = "travel_ban";
    public const string Diplomatic = "diplomatic";
    public const string ArmsEmbargo = "arms_embargo";
    public const string SanctionsGeneral = "sanctions_general";

    public static readonly IReadOnlyList<string> All =
    [
        AssetFreeze, ExportBan, ImportBan, SwiftExclusion, FinancialRestriction, InvestmentBan, TradeStatus, PriceCap,
        TravelBan, Diplomatic, ArmsEmbargo, SanctionsGeneral,
    ];
}

/// <summary>
/// The statuses of a measure with their one rank, used by the reader, the story, the API and the
/// delivery filters alike: considered, announced and enacted grow stronger; <c>lifted</c> ends a
/// measure whatever came before.
/// </summary>
public static class MeasureStatus
{
    public const string Considered = "considered";
    public const string Announced = "announced";
    public const string Enacted = "enacted";
    public const string Lifted = "lifted";

    /// <summary>Every status, weakest first.</summary>
    public static readonly IReadOnlyList<string> Order = [Considered, Announced, Enacted, Lifted];

    /// <summary>The statuses a measure grows through before it may be lifted; a minimum is one of these.</summary>
    public static readonly IReadOnlyList<string> Growing = [Considered, Announced, Enacted];

    /// <summary>1 for considered up to 4 for lifted; 0 for anything else.</summary>
    public static int Rank(string? status) => status switch
    {
        Considered => 1,
        Announced => 2,
        Enacted => 3,
        Lifted => 4,
        _ => 0,
    };

    public static bool IsKnown(string? status) => Rank(status) > 0;

    /// <summary>Whether moving from <paramref name="from"/> to <paramref name="to"/> is news: stronger, or lifted.</summary>
    public static bool IsStronger(string from, string to) =>
        to == Lifted ? from != Lifted : from != Lifted && Rank(to) > Rank(from);

    /// <summary>Whether a status passes a minimum; a lift ranks highest, so it passes any minimum it ends.</summary>
    public static bool Reaches(string status, string minimum) => Rank(status) >= Rank(minimum);
}
