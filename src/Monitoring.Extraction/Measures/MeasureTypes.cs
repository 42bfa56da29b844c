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

/// <summary>Statuses from weakest to strongest.</summary>
public static class MeasureStatus
{
    public const string Considered = "considered";
    public const string Announced = "announced";
    public const string Enacted = "enacted";
    public const string Lifted = "lifted";

    public static readonly IReadOnlyList<string> Order = [Considered, Announced, Enacted, Lifted];

    public static int Rank(string status) => Order.IndexOf(status) is var i and >= 0 ? i : -1;

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }
        return -1;
    }
}
